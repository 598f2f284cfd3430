import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import { button, download, expectPage, LANGS, printed, resultFromExample, screenshot, useApp } from './app';

/**
 * The annexes as a user gets them (issue 10, part 5): each in the Word file on a page of its own,
 * each downloadable alone from the result page, and each on a page of its own in print.
 */

const { open } = useApp();

/** The annexes' headings in the document's language, as the example's policy has them (all three). */
const HEADINGS = {
  da: [
    'Bilag A – Kvittering for modtagelse',
    'Bilag B – Kontaktliste ved kriser',
    'Bilag C – Vores officielle konti',
  ],
  en: ['Annex A – Acknowledgement form', 'Annex B – Crisis contact sheet', 'Annex C – Our official accounts'],
} as const;

describe.each(LANGS)('annexes (%s)', (lang) => {
  it('downloads each annex alone from the result page, and prints each on a page of its own', async () => {
    const session = await open(lang);
    const { page, t } = session;
    // The software company's example has crisis contacts and accounts, so all three annexes.
    // The software company's example has crisis contacts and accounts, so all three annexes.
    await resultFromExample(session, 'dk-software-company', lang);

    await expect.poll(() => page.getByRole('heading', { name: t('result.annexes') }).count()).toBe(1);
    await screenshot(page, `result-annexes-${lang}`);

    const ids = ['acknowledgement', 'contacts', 'accounts'] as const;
    for (const [index, id] of ids.entries()) {
      const file = await download(page, () => button(page, t(`result.annex.${id}`)).click());
      expect(file.name).toMatch(/\.docx$/);
      const texts = paragraphTexts(unzipDocx(file.bytes)['word/document.xml'] ?? '').filter(Boolean);
      // That annex alone: its heading first, none of the policy's sections or other annexes.
      expect(texts[0]).toBe(HEADINGS[lang][index]);
      for (const other of HEADINGS[lang].filter((_, at) => at !== index)) expect(texts).not.toContain(other);
      expect(texts.join(' ')).not.toMatch(/^1\. /m);
    }

    // Print: each annex heading is the first thing on its page.
    const { text } = await printed(page);
    const pages = text.split('\f').map((page) => page.replace(/\s+/g, ' ').trim());
    for (const heading of HEADINGS[lang])
      expect(
        pages.some((page) => page.startsWith(heading)),
        `${heading} starts a printed page`,
      ).toBe(true);
    await expectPage(page, t('result.title'));
  }, 180_000);
});
