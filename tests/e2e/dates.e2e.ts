import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  description,
  axeViolations,
  continueOn,
  describeFocus,
  expectPage,
  isFocused,
  LANGS,
  ORIGIN,
  screenshot,
  SHOTS,
  typeInto,
  useApp,
  VIEWPORTS,
  type Session,
} from './app';

/**
 * Dates the GOV.UK way in a real browser, in both languages: day, month and year typed into
 * three text fields (never the browser's date picker, whose order follows the browser's locale),
 * an impossible date (31 2 2027) refused with a message that says so and a link to the day,
 * fixed, saved, and shown on the check page in the language's long form.
 */

const { open } = useApp();

/** The date as the check page writes it, in each language. */
const LONG_FORM = { da: '28. februar 2027', en: '28 February 2027' } as const;

/** The date question: a group named by its question, with Day, Month and Year in it. */
function dateQuestion({ page, t }: Session) {
  const name = `${t('wizard:fields.policy.effectiveDate.label')} ${t('question.optional')}`;
  const group = page.getByRole('group', { name, exact: true });
  const part = (key: 'day' | 'month' | 'year') =>
    group.getByRole('textbox', { name: t(`dateInput.${key}`), exact: true });
  return { group, day: part('day'), month: part('month'), year: part('year') };
}

/** axe and reflow at a desktop and a phone width, with a picture of the question at each. */
async function checkAtEachWidth(page: Page, question: Locator, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    found.push(...(await axeViolations(page)).map((violation) => `${size.width} px: ${violation}`));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > size.width) found.push(`${size.width} px: reflow: the page is ${width} px wide`);
    await screenshot(page, `${name}-${size.width}`);
    if (SHOTS) {
      // The question with its error, as a reviewer looks at it.
      await question.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `${name}-${size.width}-viewport.png`) });
      await question.screenshot({ path: join(SHOTS, `${name}-${size.width}-field.png`) });
    }
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return found;
}

describe('a date typed as day, month and year', () => {
  it.each(LANGS)(
    '%s: 31 2 2027 is refused as not a real date, fixed, saved, and shown on the check page',
    async (lang) => {
      const session = await open(lang, { path: '/organisation/document' });
      const { page, t } = session;
      await expectPage(page, t('wizard:pages.document.title'));
      const { group, day, month, year } = dateQuestion(session);
      expect(await page.locator('input[type="date"]').count()).toBe(0);
      expect(await description(group)).toBe(
        `${t('wizard:fields.policy.effectiveDate.hint')} ${t('dateInput.example')}`,
      );
      for (const part of [day, month, year]) expect(await part.getAttribute('inputmode')).toBe('numeric');

      // With the keyboard, as typed: day first, whatever the browser's locale.
      await typeInto(page, day, '31');
      await typeInto(page, month, '2');
      await typeInto(page, year, '2027');
      await continueOn(session);

      const summary = page.getByRole('alert');
      await summary.waitFor();
      const message = t('errors.dateReal');
      expect(await summary.getByRole('link').allInnerTexts()).toEqual([message]);
      const link = summary.getByRole('link', { name: message, exact: true });
      expect(await link.getAttribute('href')).toBe('#f-policy-effectiveDate-day');
      expect(await description(group)).toContain(`${t('question.errorPrefix')} ${message}`);
      // The date as a whole is wrong: all three parts are marked, and what was typed stays.
      for (const part of [day, month, year]) expect(await part.getAttribute('aria-invalid')).toBe('true');
      expect([await day.inputValue(), await month.inputValue(), await year.inputValue()]).toEqual([
        '31',
        '2',
        '2027',
      ]);
      const question = page.locator('.ui-form-group', { has: group });
      expect(await checkAtEachWidth(page, question, `dates-not-real-${lang}`)).toEqual([]);

      // The summary's link leads to the day; fixed there, Continue saves the date.
      await link.click();
      expect(await isFocused(day), `focus on the day, not ${await describeFocus(page)}`).toBe(true);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('28');
      await continueOn(session);
      await expectPage(page, t('wizard:pages.owner.title'));
      expect(await page.evaluate(() => localStorage.getItem('policy-builder-draft') ?? '')).toContain(
        '"effectiveDate":"2027-02-28"',
      );

      await page.goto(`${ORIGIN}/organisation/check`);
      await expectPage(page, t('check.partTitle', { part: t('wizard:parts.organisation.title') }));
      const row = page.locator('.ui-summary-list__row').filter({
        has: page.getByRole('term').getByText(t('wizard:fields.policy.effectiveDate.label'), { exact: true }),
      });
      expect(await row.locator('.ui-summary-list__value').innerText()).toBe(LONG_FORM[lang]);
    },
  );
});
