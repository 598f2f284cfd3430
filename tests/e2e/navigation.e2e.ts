import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  button,
  continueOn,
  expectPage,
  heading,
  isFocused,
  LANGS,
  link,
  ORIGIN,
  savedDraftContains,
  startNewPolicy,
  statusOf,
  textbox,
  useApp,
  type Session,
} from './app';

/** Reloads, the browser's Back and Forward, deep links, and "Start again". */

const { open } = useApp();

const ORGANISATION = { da: 'Fjordlys Bryggeri ApS', en: 'Harbour Lane Bakery Ltd' } as const;
const TITLE = {
  da: 'Retningslinjer for sociale medier hos Fjordlys',
  en: 'Social media guidelines at Harbour Lane',
};
const HANDLE = '@fjordlys-og-harbour';

const wizard =
  ({ t }: Session) =>
  (key: string, values?: Record<string, string | number>) =>
    t(`wizard:${key}`, values);
const pageTitle = (session: Session, id: string) => wizard(session)(`pages.${id}.title`);
const path = (page: Page) => new URL(page.url()).pathname;

/**
 * Start a new policy and answer the first pages of "Your organisation": the name, one extra
 * audience (managers), one network (LinkedIn). Ends on the "About the document and your other policies" page.
 */
async function firstPagesAnswered(session: Session): Promise<void> {
  const { page } = session;
  const w = wizard(session);
  await startNewPolicy(session);
  await link(page, w('parts.organisation.title')).click();
  await expectPage(page, pageTitle(session, 'about'));
  await textbox(page, w('fields.organisation.name.label')).fill(ORGANISATION[session.lang]);
  await continueOn(session);
  await expectPage(page, pageTitle(session, 'people'));
  await page.getByRole('checkbox', { name: w('options.audience.managers'), exact: true }).check();
  await continueOn(session);
  await expectPage(page, pageTitle(session, 'networks'));
  await page.getByRole('checkbox', { name: w('options.network.linkedin'), exact: true }).check();
  await continueOn(session);
  await expectPage(page, pageTitle(session, 'document'));
}

describe('a reload in the middle', () => {
  it.each(LANGS)('%s: keeps the page, every answer, and what was typed but not yet sent', async (lang) => {
    const session = await open(lang);
    const { page, t } = session;
    const w = wizard(session);
    await firstPagesAnswered(session);

    // Typed, not sent with Continue, and the page reloaded straight away.
    await textbox(page, w('fields.policy.title.label')).pressSequentially(TITLE[lang]);
    await page.reload();
    await expectPage(page, pageTitle(session, 'document'));
    expect(path(page)).toBe('/organisation/document');
    expect(await textbox(page, w('fields.policy.title.label')).inputValue()).toBe(TITLE[lang]);

    // Each earlier page still holds its answer.
    await link(page, t('nav.back')).click();
    await expectPage(page, pageTitle(session, 'networks'));
    expect(
      await page.getByRole('checkbox', { name: w('options.network.linkedin'), exact: true }).isChecked(),
    ).toBe(true);
    await link(page, t('nav.back')).click();
    await expectPage(page, pageTitle(session, 'people'));
    expect(
      await page.getByRole('checkbox', { name: w('options.audience.managers'), exact: true }).isChecked(),
    ).toBe(true);
    await page.reload();
    await link(page, t('nav.back')).click();
    await expectPage(page, pageTitle(session, 'about'));
    expect(await textbox(page, w('fields.organisation.name.label')).inputValue()).toBe(ORGANISATION[lang]);

    // The task list remembers the part was started.
    await link(page, t('nav.back')).click();
    await expectPage(page, t('tasks.title'));
    await page.reload();
    await expectPage(page, t('tasks.title'));
    expect(await statusOf(page, w('parts.organisation.title'))).toBe(t('tasks.status.inProgress'));
  });

  it.each(LANGS)('%s: keeps a list item typed on its page but not yet saved', async (lang) => {
    const session = await open(lang, { path: '/roles/accounts' });
    const { page, t } = session;
    const w = wizard(session);
    await expectPage(page, pageTitle(session, 'accounts'));
    await button(page, w('fields.roles.accounts.add')).click();
    const first = w('fields.roles.accounts.itemTitle', { number: 1 });
    await expectPage(page, first);
    await textbox(page, w('fields.roles.accounts.handle.label')).pressSequentially(HANDLE);
    await page.reload();
    await expectPage(page, first);
    expect(await textbox(page, w('fields.roles.accounts.handle.label')).inputValue()).toBe(HANDLE);

    // Saved, then reloaded on the next page: the account is an answer now.
    await button(page, t('list.save')).click();
    await expectPage(page, pageTitle(session, 'accounts'));
    await continueOn(session);
    await expectPage(page, pageTitle(session, 'responsibilities'));
    await page.reload();
    await link(page, t('nav.back')).click();
    await expectPage(page, pageTitle(session, 'accounts'));
    expect(await page.getByRole('term').filter({ hasText: HANDLE }).count()).toBe(1);
  });
});

describe("the browser's Back and Forward", () => {
  it.each(LANGS)('%s: move between pages and show each page as it was', async (lang) => {
    const session = await open(lang);
    const { page, t } = session;
    const w = wizard(session);
    await firstPagesAnswered(session);
    const name = textbox(page, w('fields.organisation.name.label'));
    const managers = page.getByRole('checkbox', { name: w('options.audience.managers'), exact: true });

    await page.goBack();
    await expectPage(page, pageTitle(session, 'networks'));
    await page.goBack();
    await expectPage(page, pageTitle(session, 'people'));
    // Focus starts on the new page's heading, as after any move between pages.
    expect(await isFocused(heading(page, pageTitle(session, 'people')))).toBe(true);
    expect(await managers.isChecked()).toBe(true);
    await page.goBack();
    await expectPage(page, pageTitle(session, 'about'));
    expect(await name.inputValue()).toBe(ORGANISATION[lang]);

    // Type here, and leave at once with Forward: the typing is still there on coming back.
    await name.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Nord');
    await page.goForward();
    await expectPage(page, pageTitle(session, 'people'));
    expect(await managers.isChecked()).toBe(true);
    await page.goBack();
    await expectPage(page, pageTitle(session, 'about'));
    expect(await name.inputValue()).toBe(`${ORGANISATION[lang]} Nord`);

    await page.goForward();
    await page.goForward();
    await expectPage(page, pageTitle(session, 'networks'));
    await page.goForward();
    await expectPage(page, pageTitle(session, 'document'));

    // Back past the first page: the task list, then the start page, which offers the draft.
    for (const id of ['networks', 'people', 'about']) {
      await page.goBack();
      await expectPage(page, pageTitle(session, id));
    }
    await page.goBack();
    await expectPage(page, t('tasks.title'));
    await page.goBack();
    await expectPage(page, t('start.title'));
    expect(await button(page, t('start.continue')).count()).toBe(1);
  });
});

describe('deep links', () => {
  it.each(LANGS)('%s: a question page, a check page and an unknown address open directly', async (lang) => {
    const session = await open(lang, { path: '/roles/accounts' });
    const { page, t } = session;
    const w = wizard(session);
    await expectPage(page, pageTitle(session, 'accounts'));
    expect(await page.title()).toBe(`${pageTitle(session, 'accounts')} – ${t('app.name')}`);
    await button(page, w('fields.roles.accounts.add')).click();
    await expectPage(page, w('fields.roles.accounts.itemTitle', { number: 1 }));
    await textbox(page, w('fields.roles.accounts.handle.label')).fill(HANDLE);
    await button(page, t('list.save')).click();
    await expectPage(page, pageTitle(session, 'accounts'));
    await continueOn(session);
    await expectPage(page, pageTitle(session, 'responsibilities'));

    await page.goto(`${ORIGIN}/roles/check`);
    await expectPage(page, t('check.partTitle', { part: w('parts.roles.title') }));
    expect(await page.getByRole('main').getByText(HANDLE).count()).toBe(1);

    // A Change link's address: the question, and Continue comes back to the check page.
    await page.goto(`${ORIGIN}/roles/spokespeople?return=%2Froles%2Fcheck`);
    await expectPage(page, pageTitle(session, 'spokespeople'));
    await textbox(page, w('fields.roles.spokespeople.label')).fill('Anna Berg');
    await continueOn(session);
    await expectPage(page, t('check.partTitle', { part: w('parts.roles.title') }));
    expect(path(page)).toBe('/roles/check');
    expect(await page.getByRole('main').getByText('Anna Berg').count()).toBe(1);

    for (const unknown of ['/roles/nothing-here', '/nothing-here', '/tasks/extra']) {
      await page.goto(ORIGIN + unknown);
      await expectPage(page, t('notFound.title'));
      expect(await link(page.getByRole('main'), t('app.name')).getAttribute('href')).toBe('/');
    }
  });
});

describe('Start again', () => {
  it.each(LANGS)('%s: asks first; "no" keeps everything, "yes" clears everything', async (lang) => {
    const session = await open(lang);
    const { page, t } = session;
    const w = wizard(session);
    await firstPagesAnswered(session);
    await page.goto(`${ORIGIN}/tasks`);
    await expectPage(page, t('tasks.title'));

    await link(page, t('tasks.startAgain')).click();
    await expectPage(page, t('startAgain.title'));
    await button(page, t('startAgain.cancel')).click();
    await expectPage(page, t('tasks.title'));
    expect(await statusOf(page, w('parts.organisation.title'))).toBe(t('tasks.status.inProgress'));
    await link(page, t('tasks.check')).click();
    await expectPage(page, t('check.allTitle'));
    expect(await page.getByRole('main').getByText(ORGANISATION[lang]).count()).toBe(1);

    // "Start a new policy" on the start page, with a draft, asks first too: "no" keeps it.
    await page.goto(ORIGIN);
    await expectPage(page, t('start.title'));
    await button(page, t('start.new')).click();
    await expectPage(page, t('replace.title'));
    await button(page, t('replace.cancel')).click();
    await expectPage(page, t('start.title'));
    expect(await savedDraftContains(page, ORGANISATION[lang])).toBe(true);

    // "Yes" replaces it with a new, empty policy.
    await button(page, t('start.new')).click();
    await expectPage(page, t('replace.title'));
    await button(page, t('replace.confirm')).click();
    await expectPage(page, t('tasks.title'));
    expect(await savedDraftContains(page, ORGANISATION[lang])).toBe(false);

    // Gone for good: after a reload too, the new policy is empty.
    await page.reload();
    await expectPage(page, t('tasks.title'));
    expect(await statusOf(page, w('parts.organisation.title'))).toBe(t('tasks.status.notStarted'));
    await link(page, w('parts.organisation.title')).click();
    await expectPage(page, pageTitle(session, 'about'));
    expect(await textbox(page, w('fields.organisation.name.label')).inputValue()).toBe('');
    await page.goto(`${ORIGIN}/organisation/document`);
    await expectPage(page, pageTitle(session, 'document'));
    expect(await textbox(page, w('fields.policy.title.label')).inputValue()).toBe('');

    // "Start again" on the task list, confirmed, leaves no draft at all.
    await page.goto(`${ORIGIN}/tasks`);
    await link(page, t('tasks.startAgain')).click();
    await expectPage(page, t('startAgain.title'));
    await button(page, t('startAgain.confirm')).click();
    await expectPage(page, t('start.title'));
    expect(await button(page, t('start.continue')).count()).toBe(0);
  });
});
