import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  activate,
  addListItem,
  button,
  DEFAULT_TITLE,
  download,
  expectPage,
  heading,
  isFocused,
  item,
  LANGS,
  link,
  SECTION_TITLES,
  tabTo,
  textbox,
  typeInto,
  useApp,
  words,
  type Lang,
  type Session,
} from './app';

/**
 * A whole policy from a blank start, with the keyboard only (Tab, Shift+Tab, Space, Enter and
 * typing), through every part of the task list, to the Word and Markdown files.
 */

const { open } = useApp();

interface Typed {
  organisation: string;
  ownerFunction: string;
  ownerName: string;
  ownerEmail: string;
  revision: { version: string; changes: string };
  spokespeople: string;
  account: { handle: string; purpose: string; owner: string };
  reportTo: { name: string; email: string };
  crisisContact: { name: string; phone: string };
  confidential: string;
  consulted: string;
  related: string;
  /** Who approved the policy, as a job title or body (the cover says so). */
  approver: string;
}

const TYPED: Record<Lang, Typed> = {
  da: {
    organisation: 'Fjordlys Bryggeri ApS',
    ownerFunction: 'kommunikationschefen',
    ownerName: 'Mette Holm',
    ownerEmail: 'politik@fjordlys.dk',
    revision: { version: '0.9', changes: 'Første udkast fra ledermødet' },
    spokespeople: 'kommunikationschefen og direktøren',
    account: { handle: '@fjordlysbryg', purpose: 'nyheder og dialog med kunder', owner: 'Sofie Lund' },
    reportTo: { name: 'IT-afdelingen', email: 'it@fjordlys.dk' },
    crisisContact: { name: 'Jonas Bech', phone: '+45 12 34 56 78' },
    confidential: 'opskrifter, der ikke er lanceret',
    consulted: 'tillidsrepræsentanten Anne Krog',
    related: 'Fjordlys’ it-sikkerhedspolitik',
    approver: 'Bestyrelsen',
  },
  en: {
    organisation: 'Harbour Lane Bakery Ltd',
    ownerFunction: 'the Head of People',
    ownerName: 'Priya Shah',
    ownerEmail: 'policy@harbourlane.example',
    revision: { version: '0.9', changes: 'First draft from the management meeting' },
    spokespeople: 'the communications lead and the managing director',
    account: { handle: '@harbourlanebakes', purpose: 'news and talking with customers', owner: 'Tom Reed' },
    reportTo: { name: 'the IT service desk', email: 'it@harbourlane.example' },
    crisisContact: { name: 'Owen Price', phone: '+44 20 7946 0000' },
    confidential: 'recipes that have not been launched',
    consulted: 'the staff forum chaired by Ruth Ellis',
    related: 'Harbour Lane Dignity at Work Policy',
    approver: 'Board of Trustees',
  },
};

async function completeWithKeyboard(session: Session, typed: Typed): Promise<void> {
  const { page, t } = session;
  const w = (key: string, values?: Record<string, string | number>) => t(`wizard:${key}`, values);
  const continueButton = button(page, t('nav.continue'));

  /** Continue, by keyboard, onto the page with this heading; focus lands on that heading. */
  const continueTo = async (title: string) => {
    await tabTo(page, continueButton);
    await page.keyboard.press('Enter');
    await expectPage(page, title);
    expect(await isFocused(heading(page, title)), `focus on the heading "${title}"`).toBe(true);
  };
  const titleOf = (id: string) => w(`pages.${id}.title`);
  /** Adds an item of a list of records on its own page, back to the list page `pageId`. */
  const addRecord = (list: string, pageId: string, fill: () => Promise<void>) =>
    addListItem(session, list, 1, titleOf(pageId), fill);
  const addItem = async (list: string, itemName: string) => {
    // The first item is added by "Add a …" where later ones are "Add another …".
    const first = (() => {
      try {
        return w(`fields.${list}.addFirst`);
      } catch {
        return undefined; // this list's button says "Add a …" from the start
      }
    })();
    const adding = first && (await button(page, first).count()) > 0 ? first : w(`fields.${list}.add`);
    await activate(page, button(page, adding));
    // "Add" moves focus into the new item, so the user can type straight away.
    const added = item(page, itemName);
    await added.waitFor();
    expect(
      await added.evaluate((group) => group.contains(document.activeElement)),
      `focus in ${itemName}`,
    ).toBe(true);
    return added;
  };
  /**
   * The part's check page: "Mark as completed and continue" goes straight on to the next part's
   * first page (`next`), or after the last part to checking the whole policy.
   */
  const completePart = async (part: string, next?: string) => {
    await continueTo(t('check.partTitle', { part: w(`parts.${part}.title`) }));
    await tabTo(page, button(page, t('check.completeAndContinue')));
    await page.keyboard.press('Enter');
    await expectPage(page, next ? titleOf(next) : t('check.allTitle'));
  };
  const openPart = async (part: string, firstPage: string) => {
    await activate(page, link(page, w(`parts.${part}.title`)));
    await expectPage(page, titleOf(firstPage));
  };

  await expectPage(page, t('start.title'));
  await activate(page, button(page, t('start.new')));
  await expectPage(page, t('tasks.title'));
  expect(await page.getByText(t('tasks.progress', { done: 0, total: 8 })).count()).toBe(1);

  // 0. The organisation
  await openPart('organisation', 'about');
  await typeInto(page, textbox(page, w('fields.organisation.name.label')), typed.organisation);
  await continueTo(titleOf('people'));
  await continueTo(titleOf('networks'));
  const linkedIn = page.getByRole('checkbox', { name: w('options.network.linkedin'), exact: true });
  await tabTo(page, linkedIn);
  await page.keyboard.press('Space');
  expect(await linkedIn.isChecked()).toBe(true);
  await continueTo(titleOf('document'));
  // The organisation's other policies are asked here, with the document's details.
  const related = 'policy.relatedPolicies';
  await addItem(related, w(`fields.${related}.itemLabel`, { number: 1 }));
  await typeInto(page, textbox(page, w(`fields.${related}.itemLabel`, { number: 1 })), typed.related);
  await continueTo(titleOf('owner'));
  await typeInto(page, textbox(page, w('fields.policy.owner.function.label')), typed.ownerFunction);
  // The first name now, the surname after the email: back with Shift+Tab, to the end, and type on.
  const [firstName, ...surname] = typed.ownerName.split(' ');
  const ownerName = textbox(page, w('fields.policy.owner.name.label'));
  await typeInto(page, ownerName, firstName!);
  await typeInto(page, textbox(page, w('fields.policy.owner.email.label')), typed.ownerEmail);
  await tabTo(page, ownerName, { back: true });
  await page.keyboard.press('End');
  await page.keyboard.type(` ${surname.join(' ')}`);
  expect(await ownerName.inputValue()).toBe(typed.ownerName);
  await continueTo(titleOf('history'));
  await addRecord('policy.revisions', 'history', async () => {
    await typeInto(page, textbox(page, w('fields.policy.revisions.version.label')), typed.revision.version);
    await typeInto(page, textbox(page, w('fields.policy.revisions.changes.label')), typed.revision.changes);
  });
  expect(
    await link(
      page,
      `${t('check.change')} ${w('fields.policy.revisions.itemTitle', { number: 1 }).toLowerCase()}: ${typed.revision.version}`,
    ).count(),
  ).toBe(1);
  await continueTo(titleOf('approval'));
  await typeInto(page, textbox(page, w('fields.policy.approval.role.label')), typed.approver);
  await completePart('organisation', 'spokespeople');

  // 1. Roles and responsibilities
  await typeInto(page, textbox(page, w('fields.roles.spokespeople.label')), typed.spokespeople);
  await continueTo(titleOf('accounts'));
  await addRecord('roles.accounts', 'accounts', async () => {
    await typeInto(page, textbox(page, w('fields.roles.accounts.handle.label')), typed.account.handle);
    await typeInto(page, textbox(page, w('fields.roles.accounts.purpose.label')), typed.account.purpose);
    await typeInto(page, textbox(page, w('fields.roles.accounts.owner.label')), typed.account.owner);
  });
  await continueTo(titleOf('responsibilities'));
  await continueTo(titleOf('approvals'));
  await completePart('roles', 'passwords');

  // 2. Security
  await continueTo(titleOf('devices'));
  await continueTo(titleOf('reporting'));
  await typeInto(page, textbox(page, w('fields.security.reportTo.name.label')), typed.reportTo.name);
  await typeInto(page, textbox(page, w('fields.security.reportTo.email.label')), typed.reportTo.email);
  await completePart('security', 'plan');

  // 3. Crisis plan
  await continueTo(titleOf('contacts'));
  await addRecord('crisis.contacts', 'contacts', async () => {
    await typeInto(page, textbox(page, w('fields.crisis.contacts.name.label')), typed.crisisContact.name);
    await typeInto(page, textbox(page, w('fields.crisis.contacts.phone.label')), typed.crisisContact.phone);
  });
  await completePart('crisis', 'data');

  // 4. The law
  await continueTo(titleOf('confidential'));
  const examples = 'legal.confidentialExamples';
  await addItem(examples, w(`fields.${examples}.itemLabel`, { number: 1 }));
  await typeInto(page, textbox(page, w(`fields.${examples}.itemLabel`, { number: 1 })), typed.confidential);
  await completePart('legal', 'workplace');

  // 5. Personal accounts
  await continueTo(titleOf('profiles'));
  await completePart('personal', 'sharing');

  // 6. Advocacy: one page
  await completePart('advocacy', 'consultation');

  // 7. Roll-out and upkeep
  await addRecord('rollout.stakeholders', 'consultation', () =>
    typeInto(page, textbox(page, w('fields.rollout.stakeholders.name.label')), typed.consulted),
  );
  await continueTo(titleOf('launch'));
  await continueTo(titleOf('review'));
  await completePart('rollout');

  // Every part completed, and the task list one click back.
  await activate(page, link(page, t('nav.back')));
  await expectPage(page, t('tasks.title'));
  expect(await page.getByText(t('tasks.progress', { done: 8, total: 8 })).count()).toBe(1);
}

describe('a policy from a blank start, by keyboard only', () => {
  it.each(LANGS)(
    '%s: every part, check answers, create, then the Word and Markdown files hold the answers',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const typed = TYPED[lang];
      await completeWithKeyboard(session, typed);

      await activate(page, link(page, t('tasks.check')));
      await expectPage(page, t('check.allTitle'));
      // Every required answer was given, so nothing is listed as missing.
      expect(await page.getByRole('heading', { name: t('check.missingHeading') }).count()).toBe(0);
      for (const answer of [
        typed.organisation,
        typed.spokespeople,
        typed.ownerEmail,
        typed.crisisContact.name,
      ])
        expect(await page.getByRole('main').getByText(answer, { exact: false }).count()).toBeGreaterThan(0);
      await activate(page, button(page, t('check.create')));
      await expectPage(page, t('result.title'));

      const word = await download(page, () => activate(page, button(page, t('result.downloadWord'))));
      expect(word.name).toMatch(/\.docx$/);
      const paragraphs = paragraphTexts(unzipDocx(word.bytes)['word/document.xml'] ?? '');
      expect(paragraphs).toContain(DEFAULT_TITLE[lang]);
      expect(paragraphs).toContain(typed.organisation);
      for (const title of SECTION_TITLES[lang]) expect(paragraphs).toContain(title);
      const wordText = paragraphs.join('\n');
      for (const answer of [
        typed.spokespeople,
        typed.ownerEmail,
        typed.account.handle,
        typed.crisisContact.name,
        typed.revision.changes,
        typed.confidential,
        typed.consulted,
        typed.related,
        typed.approver,
      ])
        expect(wordText).toContain(answer);

      const markdown = await download(page, () => activate(page, button(page, t('result.downloadMarkdown'))));
      expect(markdown.name).toMatch(/\.md$/);
      const text = markdown.bytes.toString('utf8');
      expect(text.startsWith(`# ${DEFAULT_TITLE[lang]}\n`)).toBe(true);
      expect(text).toContain(`**${typed.organisation}**`);
      for (const title of SECTION_TITLES[lang]) expect(text).toContain(`\n## ${title}\n`);
      for (const answer of [typed.spokespeople, typed.crisisContact.name, typed.revision.changes])
        expect(text).toContain(answer);
      await expect
        .poll(() => page.getByText(t('result.downloaded', { file: markdown.name })).count())
        .toBe(1);
    },
    240_000,
  );
});

describe('the language', () => {
  it('follows the browser, and one button switches it (with <html lang>)', async () => {
    const { page, t } = await open('da');
    await expectPage(page, t('start.title'));
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await button(page, t('app.languageSwitch')).click();
    const en = words('en');
    await expectPage(page, en('start.title'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
