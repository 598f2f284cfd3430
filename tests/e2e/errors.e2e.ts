import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  description,
  button,
  continueOn,
  describeFocus,
  expectPage,
  isFocused,
  LANGS,
  link,
  ORIGIN,
  startNewPolicy,
  textbox,
  useApp,
  type Session,
} from './app';

/** The error summary after Continue, after the GOV.UK pattern, in both languages. */

const { open } = useApp();

const wizard =
  ({ t }: Session) =>
  (key: string) =>
    t(`wizard:${key}`);

/** The error summary: an alert headed "There is a problem". */
const errorSummary = ({ page, t }: Session) =>
  page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: t('question.errorSummaryTitle') }) });

async function expectFocus(page: Page, target: Locator, what: string): Promise<void> {
  expect(await isFocused(target), `focus on ${what}, not ${await describeFocus(page)}`).toBe(true);
}

/** The summary is shown and focused, the title says "Error: ", and each message is a link. */
async function expectSummary(session: Session, pageTitle: string, messages: string[]): Promise<Locator> {
  const { page, t } = session;
  const summary = errorSummary(session);
  await summary.waitFor();
  await expectFocus(page, summary, 'the error summary');
  expect(await page.title()).toBe(`${t('question.titlePrefix')}${pageTitle} – ${t('app.name')}`);
  expect(await summary.getByRole('link').allInnerTexts()).toEqual(messages);
  return summary;
}

describe('the error summary', () => {
  it.each(LANGS)('%s: a required field left empty', async (lang) => {
    const session = await open(lang);
    const { page, t } = session;
    const w = wizard(session);
    await startNewPolicy(session);
    await link(page, w('parts.organisation.title')).click();
    const title = w('pages.about.title');
    await expectPage(page, title);
    // Nothing is checked before Continue.
    expect(await errorSummary(session).count()).toBe(0);

    await continueOn(session);
    const message = w('fields.organisation.name.required');
    const summary = await expectSummary(session, title, [message]);
    expect(await summary.getByRole('heading').innerText()).toBe(t('question.errorSummaryTitle'));
    const name = textbox(page, w('fields.organisation.name.label'));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await description(name)).toContain(`${t('question.errorPrefix')} ${message}`);
    // The page stays; only Continue checks, so no other field is marked.
    expect(new URL(page.url()).pathname).toBe('/organisation/about');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);

    // By keyboard: from the summary, Tab reaches the message's link, and Enter moves to the field.
    await page.keyboard.press('Tab');
    await expectFocus(page, link(summary, message), 'the link in the summary');
    await page.keyboard.press('Enter');
    await expectFocus(page, name, 'the organisation name field');

    // Fixed: the next page, and the title without "Error: ".
    await page.keyboard.type('Fjordlys');
    await continueOn(session);
    await expectPage(page, w('pages.people.title'));
    expect(await page.title()).toBe(`${w('pages.people.title')} – ${t('app.name')}`);
  });

  it.each(LANGS)('%s: keeps what was typed, and takes focus on every Continue', async (lang) => {
    const session = await open(lang, { path: '/organisation/owner' });
    const { page, t } = session;
    const w = wizard(session);
    const title = w('pages.owner.title');
    await expectPage(page, title);
    const role = textbox(page, w('fields.policy.owner.function.label'));
    const person = textbox(page, w('fields.policy.owner.name.label'));
    const email = textbox(page, w('fields.policy.owner.email.label'));
    await role.fill('HR');
    await person.fill('Mette Holm');

    await continueOn(session);
    const required = w('fields.policy.owner.email.required');
    await expectSummary(session, title, [required]);
    expect(await role.inputValue()).toBe('HR');
    expect(await person.inputValue()).toBe('Mette Holm');
    expect(await description(email)).toContain(`${t('question.errorPrefix')} ${required}`);

    // Another mistake: a new message, the same place, and the typing kept.
    await email.fill('mette(at)fjordlys');
    await continueOn(session);
    const format = t('errors.email');
    const summary = await expectSummary(session, title, [format]);
    expect(await email.inputValue()).toBe('mette(at)fjordlys');
    expect(await description(email)).toContain(`${t('question.errorPrefix')} ${format}`);

    // The same problem again: focus goes back to the summary, so it is announced again.
    await email.click();
    await continueOn(session);
    await expectFocus(page, summary, 'the error summary, again');

    await link(summary, format).click();
    await expectFocus(page, email, 'the email field');
    await email.fill('mette@fjordlys.dk');
    await continueOn(session);
    await expectPage(page, w('pages.history.title'));
    expect(await page.title()).not.toContain(t('question.titlePrefix'));
    await page.goBack();
    await expectPage(page, title);
    expect(await email.inputValue()).toBe('mette@fjordlys.dk');
    expect(await person.inputValue()).toBe('Mette Holm');
  });

  it.each(LANGS)('%s: a required list with no items links to its add button', async (lang) => {
    const session = await open(lang);
    const { page, t } = session;
    const w = wizard(session);
    await page.goto(`${ORIGIN}/crisis/contacts`);
    const title = w('pages.contacts.title');
    await expectPage(page, title);
    await continueOn(session);
    const message = w('fields.crisis.contacts.required');
    const summary = await expectSummary(session, title, [message]);
    await link(summary, message).click();
    const add = button(page, w('fields.crisis.contacts.add'));
    await expectFocus(page, add, 'the button that adds a contact');
    expect(await description(add)).toContain(`${t('question.errorPrefix')} ${message}`);

    await add.click();
    await expectPage(page, t('wizard:fields.crisis.contacts.itemTitle', { number: 1 }));
    await textbox(page, w('fields.crisis.contacts.name.label')).fill('Jonas Bech');
    await button(page, t('list.save')).click();
    await expectPage(page, title);
    await continueOn(session);
    // With the crisis communication asked on the plan page, the contact list is the part's last page.
    await expectPage(page, t('check.partTitle', { part: w('parts.crisis.title') }));
  });
});
