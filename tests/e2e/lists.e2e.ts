import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  activate,
  addListItem,
  axeViolations,
  button,
  continueOn,
  describeFocus,
  description,
  expectPage,
  isFocused,
  LANGS,
  link,
  ORIGIN,
  screenshot,
  textbox,
  typeInto,
  useApp,
  VIEWPORTS,
  type Lang,
  type Session,
} from './app';

/**
 * Lists the GOV.UK way ("add another") in a real browser, in both languages: the list page names
 * each account with Change and Remove; an account is added and changed on a page of its own;
 * Remove says what it removed and leaves focus on the next account; an account saved without its
 * name (here: from an answers file) is named in the error summary, whose link opens its page at
 * the field; and every one of these pages reads at a desktop and a phone width without sideways
 * scrolling and with nothing for axe to find.
 */

const { open } = useApp();

const HANDLES: Record<Lang, { first: string; second: string; changed: string; fixed: string }> = {
  da: { first: '@fjordlys', second: '@fjordlys.dk', changed: '@fjordlys.bryg', fixed: '@fjordlys.tiktok' },
  en: {
    first: '@harbourlane',
    second: '@harbourlane.uk',
    changed: '@harbourlane.bakes',
    fixed: '@harbour.tiktok',
  },
};

/** axe and reflow at each width, with a screenshot at each for review. */
async function checkAtEachWidth(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    found.push(...(await axeViolations(page)).map((violation) => `${name} ${size.width} px: ${violation}`));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > size.width) found.push(`${name} ${size.width} px: reflow: the page is ${width} px wide`);
    await screenshot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return found;
}

/** A new draft from an answers file holding one account saved without its name. */
async function startWithNamelessAccount(session: Session): Promise<void> {
  const { page, t } = session;
  await expectPage(page, t('start.title'));
  await page.locator('#f-answers-file').setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        answers: { roles: { accounts: [{ network: 'tiktok', handle: '', owner: 'Anna Berg' }] } },
      }),
    ),
  });
  await expectPage(page, t('tasks.title'));
}

describe('a list of accounts, an account a page', () => {
  it.each(LANGS)(
    '%s: add two, change one, remove one, an error named by its account, then continue',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const w = (key: string, values?: Record<string, string | number>) => t(`wizard:${key}`, values);
      const handles = HANDLES[lang];
      const listTitle = w('pages.accounts.title');
      const accountTitle = (number: number) => w('fields.roles.accounts.itemTitle', { number });
      /** "Ret konto 2: Instagram – @fjordlys.dk": a Change or Remove link's full name. */
      const named = (word: string, number: number, name: string) =>
        `${word} ${accountTitle(number).toLowerCase()}: ${name}`;
      const handleField = () => textbox(page, w('fields.roles.accounts.handle.label'));
      const found: string[] = [];

      await startWithNamelessAccount(session);
      await page.goto(`${ORIGIN}/roles/accounts`);
      await expectPage(page, listTitle);
      const network = (id: string) => w(`options.network.${id}`);

      // Two accounts added, each on its own page, by keyboard.
      await addListItem(session, 'roles.accounts', 2, listTitle, () =>
        typeInto(page, handleField(), handles.first),
      );
      await addListItem(session, 'roles.accounts', 3, listTitle, async () => {
        await page.getByRole('radio', { name: network('instagram'), exact: true }).check();
        await typeInto(page, handleField(), handles.second);
      });
      const terms = () => page.getByRole('main').getByRole('term').allInnerTexts();
      expect(await terms()).toEqual([
        network('tiktok'),
        `${network('linkedin')} – ${handles.first}`,
        `${network('instagram')} – ${handles.second}`,
      ]);

      // Changed on its page, reached by its Change link.
      await activate(
        page,
        link(page, named(t('check.change'), 2, `${network('linkedin')} – ${handles.first}`)),
      );
      await expectPage(page, accountTitle(2));
      expect(await handleField().inputValue()).toBe(handles.first);
      found.push(...(await checkAtEachWidth(page, `lists-item-page-${lang}`)));
      await handleField().fill(handles.changed);
      await activate(page, button(page, t('list.save')));
      await expectPage(page, listTitle);
      expect((await terms())[1]).toBe(`${network('linkedin')} – ${handles.changed}`);

      // Removed: said in a status message, and focus on the account that took its place.
      await activate(
        page,
        button(
          page,
          named(w('fields.roles.accounts.remove'), 2, `${network('linkedin')} – ${handles.changed}`),
        ),
      );
      await page
        .getByRole('status')
        .filter({ hasText: t('list.removed', { item: accountTitle(2) }) })
        .waitFor();
      const next = link(page, named(t('check.change'), 2, `${network('instagram')} – ${handles.second}`));
      expect(await isFocused(next), `focus after Remove is on ${await describeFocus(page)}`).toBe(true);
      expect(await terms()).toEqual([network('tiktok'), `${network('instagram')} – ${handles.second}`]);
      found.push(...(await checkAtEachWidth(page, `lists-two-items-${lang}`)));

      // The account from the file has no name: Continue names it in the error summary.
      await continueOn(session);
      const message = `${accountTitle(1)}: ${w('fields.roles.accounts.handle.required')}`;
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: message, exact: true }).waitFor();
      expect(await isFocused(summary)).toBe(true);
      expect(await page.title()).toMatch(new RegExp(`^${t('question.titlePrefix')}`));
      const change = link(page, named(t('check.change'), 1, network('tiktok')));
      expect(await description(change)).toContain(w('fields.roles.accounts.handle.required'));
      found.push(...(await checkAtEachWidth(page, `lists-error-summary-${lang}`)));

      // Its link opens the account's page at the field, saying what is wrong there too.
      await activate(page, summary.getByRole('link', { name: message, exact: true }));
      await expectPage(page, accountTitle(1));
      expect(await isFocused(handleField()), `focus is on ${await describeFocus(page)}`).toBe(true);
      expect(await description(handleField())).toContain(w('fields.roles.accounts.handle.required'));
      found.push(...(await checkAtEachWidth(page, `lists-item-error-${lang}`)));
      await page.keyboard.type(handles.fixed);
      await activate(page, button(page, t('list.save')));
      await expectPage(page, listTitle);

      await continueOn(session);
      await expectPage(page, w('pages.responsibilities.title'));
      expect(found).toEqual([]);
      const saved = await page.evaluate(() => localStorage.getItem('policy-builder-draft') ?? '');
      const accounts = (
        JSON.parse(saved) as { state: { answers: { roles: { accounts: { handle: string }[] } } } }
      ).state.answers.roles.accounts;
      expect(accounts.map((account) => account.handle)).toEqual([handles.fixed, handles.second]);
    },
    120_000,
  );
});
