import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  button,
  expectPage,
  LANGS,
  ORIGIN,
  screenshot,
  startNewPolicy,
  SECTION_TITLES,
  tabTo,
  useApp,
  VIEWPORTS,
  type Session,
} from './app';

/**
 * A preview that follows (issue 12): on a question page of section 6 the preview opens at
 * section 6 inside its own pane (the window stays where it is) and marks, in words as well as
 * with a rule, what the page's answers change; what is typed shows up inside the mark. On a
 * phone the preview is a button that opens only those parts, not the whole policy in a box.
 */

const { open } = useApp();

const DISCLAIMER = { da: 'Zebrafinkens egne ord', en: 'Zebra finch words of my own' } as const;
/** Section 6 is the personal accounts section, in every language. */
const PERSONAL = 5;

/** The profiles page: "May employees name you in their profiles?" and the disclaimer's wording. */
async function profilesPage(session: Session) {
  const { page, t } = session;
  await expectPage(page, t('wizard:pages.profiles.title'));
  const withDisclaimer = page.getByRole('radio', {
    name: t('wizard:options.employerInBio.withDisclaimer'),
    exact: true,
  });
  const disclaimer = page.getByRole('textbox', { name: t('wizard:fields.personal.disclaimer.label') });
  const preview = page.getByRole('region', { name: t('question.previewHeading') });
  return { withDisclaimer, disclaimer, preview, pane: preview.locator('[data-pane]') };
}

/** The marked parts of the policy (a clause, or a section's opening text), and the one holding `text`. */
const marked = (pane: Locator) => pane.locator('.policy-clause--marked');

/** True when the top of `target` shows in the pane's visible box (not merely somewhere in its content). */
async function shownIn(pane: Locator, target: Locator): Promise<boolean> {
  const [box, part] = await Promise.all([pane.boundingBox(), target.boundingBox()]);
  if (!box || !part) return false;
  return part.y >= box.y - 1 && part.y < box.y + box.height - 20;
}

/** For a failing test's message: where the pane is scrolled and where its marked parts are. */
const paneState = (pane: Locator) =>
  pane.evaluate((element) =>
    JSON.stringify({
      scrollTop: element.scrollTop,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
      marked: [...element.querySelectorAll('.policy-clause--marked')].map((clause) => [
        clause.getAttribute('data-clause'),
        Math.round(clause.getBoundingClientRect().top - element.getBoundingClientRect().top),
      ]),
    }),
  );

const windowScroll = (page: Page) => page.evaluate(() => window.scrollY);

describe('the preview beside a question page of section 6 (personal accounts)', () => {
  it.each(LANGS)(
    '%s: opens at section 6, marks what the page changes, and shows the typed disclaimer inside the mark; on a phone behind "See this part of the policy"',
    async (lang) => {
      const session = await open(lang, VIEWPORTS[0]);
      const { page, t } = session;
      // A new policy is written in the language of the app.
      await startNewPolicy(session);
      await page.goto(`${ORIGIN}/personal/profiles`);
      const { withDisclaimer, disclaimer, preview, pane } = await profilesPage(session);
      const mark = t('question.previewMark');
      const section6 = SECTION_TITLES[lang][PERSONAL]!;

      // 1280 px: the preview beside the questions, already at section 6.
      expect(await preview.isVisible()).toBe(true);
      const first = marked(pane).first();
      await first.waitFor();
      await expect
        .poll(() => shownIn(pane, first), { message: 'the first marked part is in view' })
        .toBe(true);
      expect(await first.getByText(mark, { exact: true }).isVisible()).toBe(true);
      // It is in section 6: the section its heading opens.
      const part = pane.locator('.policy-part', { has: page.getByRole('heading', { name: section6 }) });
      expect(await part.locator('.policy-clause--marked').count()).toBeGreaterThan(0);
      expect(await pane.locator('.policy-clause--marked').count()).toBe(
        await part.locator('.policy-clause--marked').count(),
      );
      // Only the pane scrolled, not the window.
      expect(await pane.evaluate((element) => element.scrollTop), await paneState(pane)).toBeGreaterThan(0);
      expect(await windowScroll(page)).toBe(0);

      // The disclaimer is printed once asked for, and what is typed appears inside a marked part,
      // which comes into view as it changes.
      await withDisclaimer.check();
      await tabTo(page, disclaimer);
      const scrolledTo = await windowScroll(page);
      await page.keyboard.type(DISCLAIMER[lang]);
      const withText = marked(pane).filter({ hasText: DISCLAIMER[lang] });
      await withText.waitFor();
      expect(await withText.count()).toBe(1);
      await expect.poll(() => shownIn(pane, withText), { message: 'the changed part is in view' }).toBe(true);
      expect(await withText.getByText(mark, { exact: true }).isVisible()).toBe(true);
      expect(await windowScroll(page), 'typing never scrolls the window').toBe(scrolledTo);

      // Each change lights the part up for a moment: a fade, or with reduced motion a plain on and off.
      const lit = withText.and(pane.locator('[class*="policy-clause--changed-"]'));
      const timing = () => lit.evaluate((element) => getComputedStyle(element).animationTimingFunction);
      await page.keyboard.type('.');
      await lit.waitFor();
      expect(await timing()).toBe('ease-out');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.keyboard.type('.');
      await lit.waitFor();
      expect(await timing()).toMatch(/^(step-end|steps\(1(, end)?\))$/);
      await page.emulateMedia({ reducedMotion: 'no-preference' });

      const found: string[] = [];
      found.push(...(await axeViolations(page)).map((violation) => `1280 px: ${violation}`));
      await screenshot(page, `preview-follows-${lang}-1280`);

      // Not on paper: the preview and its marks are left out of print.
      await page.emulateMedia({ media: 'print' });
      expect(await preview.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // 390 px: no policy until asked for, then only the parts this page changes.
      await page.setViewportSize(VIEWPORTS[1]);
      expect(await preview.isVisible()).toBe(false);
      const toggle = button(page, t('question.showPreview'));
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await button(page, t('question.hidePreview')).getAttribute('aria-expanded')).toBe('true');
      await preview.waitFor();
      const shown = marked(pane).filter({ hasText: DISCLAIMER[lang] });
      expect(await shown.isVisible()).toBe(true);
      expect(await shown.getByText(mark, { exact: true }).isVisible()).toBe(true);
      expect(await pane.getByRole('heading', { name: section6 }).isVisible()).toBe(true);
      // The rest of the policy stays out: its title and its first section are not shown.
      expect(await pane.getByRole('heading', { name: SECTION_TITLES[lang][0]! }).isVisible()).toBe(false);
      expect(await pane.locator('.policy-clause:not(.policy-clause--marked)').first().isVisible()).toBe(
        false,
      );
      const height = await pane.evaluate((element) => element.getBoundingClientRect().height);
      expect(height, 'the opened part is a part, not the 16,000 px policy').toBeLessThan(4000);
      found.push(...(await axeViolations(page)).map((violation) => `390 px: ${violation}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > VIEWPORTS[1].width) found.push(`390 px: reflow: the page is ${width} px wide`);
      await screenshot(page, `preview-follows-${lang}-390`);

      expect(found).toEqual([]);
    },
  );
});

describe('the preview beside a page whose clause lies deep in the policy', () => {
  it.each(LANGS)(
    '%s: shows that clause at the top of the pane, not the part the browser had laid out there',
    async (lang) => {
      const session = await open(lang, VIEWPORTS[0]);
      const { page, t } = session;
      await startNewPolicy(session);
      // Section 5's confidential information: sections 1–4 above it are laid out only as they come
      // near, and Chromium reports a clause inside one of them as if it were already in view.
      await page.goto(`${ORIGIN}/legal/confidential`);
      await expectPage(page, t('wizard:pages.confidential.title'));
      const pane = page.getByRole('region', { name: t('question.previewHeading') }).locator('[data-pane]');
      await marked(pane).first().waitFor();
      // What the reader sees near the pane's top: the element painted there, inside the first mark.
      const seen = () =>
        pane.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const shown = document.elementFromPoint(box.left + box.width / 2, box.top + 40);
          return Boolean(shown?.closest('.policy-clause--marked'));
        });
      for (let tries = 0; tries < 30 && !(await seen()); tries++) await page.waitForTimeout(100);
      expect(await seen(), await paneState(pane)).toBe(true);
    },
  );
});
