import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { makePng } from '../support/images';
import {
  axeViolations,
  button,
  continueOn,
  expectPage,
  isFocused,
  LANGS,
  ORIGIN,
  savedDraftContains,
  screenshot,
  startNewPolicy,
  tabTo,
  useApp,
  VIEWPORTS,
} from './app';

/**
 * The logo for the cover in a real browser, in both languages: chosen on the approval page,
 * shown as a thumbnail the browser really decodes (the CSP allows `data:` images), saved with
 * Continue, still there after a reload; a file that is no picture refused without losing it;
 * removed with the keyboard; axe finds nothing, at a desktop and a phone width.
 */

const { open } = useApp();

const LOGO = { name: 'logo.png', mimeType: 'image/png', buffer: makePng(240, 80) };
const NOT_A_PICTURE = {
  name: 'notes.png',
  mimeType: 'image/png',
  buffer: Buffer.from('Remember the milk\n'),
};

/** Whether the thumbnail is shown as a picture: loaded and decoded, with pixels. */
const decoded = (image: Locator) =>
  image.evaluate(
    (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
  );

describe('the logo for the cover', () => {
  it.each(LANGS)(
    '%s: chosen, refused, removed and chosen again, saved, and still there after a reload',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const w = (key: string, values?: Record<string, string | number>) => t(`wizard:${key}`, values);
      const found: Record<string, string[]> = {};
      const check = async (kind: string) => {
        for (const size of VIEWPORTS) {
          await page.setViewportSize(size);
          const violations = await axeViolations(page);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > size.width) violations.push(`reflow: the page is ${width} px wide`);
          if (violations.length > 0) found[`${kind} at ${size.width} px`] = violations;
          await screenshot(page, `logo-${kind}-${lang}-${size.width}`);
        }
        await page.setViewportSize(VIEWPORTS[0]);
      };

      const title = w('pages.approval.title');
      const details = w('fields.policy.logo.details', { fileName: 'logo.png', width: 240, height: 80 });
      const input = (on: Page) =>
        on.getByLabel(`${w('fields.policy.logo.label')} ${t('question.optional')}`, { exact: true });
      const thumbnail = page.locator('.ui-image-upload__thumbnail');
      const remove = button(page, w('fields.policy.logo.remove'));

      await startNewPolicy(session);
      await page.goto(`${ORIGIN}/organisation/approval`);
      await expectPage(page, title);
      await check('empty');

      await input(page).setInputFiles(LOGO);
      await page.getByText(details, { exact: true }).waitFor();
      expect(await decoded(thumbnail)).toBe(true);
      await check('chosen');

      // A text file named .png: refused in the error summary, and the logo stays.
      await input(page).setInputFiles(NOT_A_PICTURE);
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.innerText()).toContain(w('fields.policy.logo.wrongType'));
      expect(await isFocused(summary)).toBe(true);
      expect(await page.title()).toMatch(new RegExp(`^${t('question.titlePrefix')}`));
      expect(await page.getByText(details, { exact: true }).isVisible()).toBe(true);
      await check('refused');

      // Remove with the keyboard: focus goes back to the file field.
      await tabTo(page, remove);
      await page.keyboard.press('Enter');
      await remove.waitFor({ state: 'detached' });
      expect(await isFocused(input(page))).toBe(true);
      expect(await thumbnail.count()).toBe(0);

      // Chosen again, and saved with Continue.
      await input(page).setInputFiles(LOGO);
      await page.getByText(details, { exact: true }).waitFor();
      expect(await summary.count()).toBe(0);
      await continueOn(session);
      // The approval page is the part's last: Continue leads to the part's check page.
      const partCheck = t('check.partTitle', { part: w('parts.organisation.title') });
      await expectPage(page, partCheck);
      await expect.poll(() => savedDraftContains(page, '"fileName":"logo.png"')).toBe(true);

      // After a reload, back on the page: the logo is still shown.
      await page.reload();
      await expectPage(page, partCheck);
      await page.goto(`${ORIGIN}/organisation/approval`);
      await expectPage(page, title);
      await page.getByText(details, { exact: true }).waitFor();
      expect(await decoded(thumbnail)).toBe(true);
      await check('after-reload');

      // The check page names it.
      await page.goto(`${ORIGIN}/organisation/check`);
      await expectPage(page, t('check.partTitle', { part: w('parts.organisation.title') }));
      expect(await page.getByRole('definition').filter({ hasText: details }).count()).toBe(1);
      await check('check-page');

      expect(found).toEqual({});
    },
    120_000,
  );
});
