import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  axeViolations,
  button,
  download,
  expectPage,
  LANGS,
  printed,
  resultFromExample,
  screenshot,
  useApp,
  VIEWPORTS,
} from './app';

/**
 * The compact policy (issue 11, part 3), as an HR person in a small firm would make it: the
 * result page's "Compact", a Word file with the same clauses and far fewer words, kept after a
 * reload and in the answers file.
 */

const { open } = useApp();

interface WordFile {
  texts: string[];
  /** The section and clause headings, without their numbers. */
  headings: string[];
}

/** A run in the headings' colour and bold: a compact policy's clause heading, run into its paragraph. */
const LEAD_IN_RUN = /^<w:r><w:rPr><w:b\/><w:bCs\/><w:color w:val="1F4E79"\/><\/w:rPr>/;

/**
 * A clause's heading without the number a compact policy writes as text (Word numbers the complete
 * policy's headings itself), and without the en space that runs it into its paragraph.
 */
const headingOf = (text: string) => text.replace(/^\d+(\.\d+)* /, '').trim();

function readWord(bytes: Buffer): WordFile {
  const xml = unzipDocx(bytes)['word/document.xml'] ?? '';
  const headings = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].flatMap(([paragraph]) => {
    if (/<w:pStyle w:val="Heading[12]"\/>/.test(paragraph))
      return [headingOf(paragraphTexts(paragraph).join(''))];
    const runs = paragraph.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const lead = runs.slice(
      0,
      runs.findIndex((run) => !LEAD_IN_RUN.test(run)),
    );
    return lead.length > 0 ? [headingOf(paragraphTexts(`<w:p>${lead.join('')}</w:p>`).join(''))] : [];
  });
  return { texts: paragraphTexts(xml).filter(Boolean), headings };
}
/**
 * The compact Word file's words as a share of the complete one's, at most: measured 43–44% (the
 * body 43–48% in compact.test.ts; the compact file has no contents list and one annex).
 */
const COMPACT_SHARE = 0.5;
/**
 * The compact policy's printed pages as a share of the complete one's, at most: measured 10 of 30
 * (14 of 30 before its clause headings ran into their paragraphs on 2 cm margins).
 */
const PRINTED_SHARE = 0.4;
const words = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

describe.each(LANGS)('the compact policy (%s)', (lang) => {
  it('has every clause of the complete one, in far fewer words, and is kept in the answers file', async () => {
    const session = await open(lang);
    const { page, t } = session;
    await resultFromExample(session, 'dk-software-company', lang);

    const downloadWord = async () =>
      readWord((await download(page, () => button(page, t('result.downloadWord')).click())).bytes);
    const complete = await downloadWord();
    const completePrint = await printed(page);
    await page.getByRole('radio', { name: t('result.lengthChoice.compact') }).check();
    const compact = await downloadWord();
    const compactPrint = await printed(page);

    // The same sections and clauses; of the annexes, only the form to sign (the sheets are apart).
    const annex = lang === 'en' ? /^Annex [A-Z] – / : /^Bilag [A-Z] – /;
    const clauses = (headings: string[]) => headings.filter((heading) => !annex.test(heading));
    expect(clauses(compact.headings)).toEqual(clauses(complete.headings));
    expect(complete.headings.length).toBeGreaterThan(30);
    expect(compact.headings.filter((heading) => annex.test(heading))).toHaveLength(1);
    // The rules in their short wording (`:::short`): far fewer words, and not the complete text's
    // explanations, such as the crisis plan's "if someone is hurt in an accident".
    console.info(`${lang}: ${words(complete.texts)} words complete, ${words(compact.texts)} compact`);
    expect(words(compact.texts)).toBeLessThan(words(complete.texts) * COMPACT_SHARE);
    const accident = lang === 'en' ? /someone is hurt/ : /kommer til skade/;
    expect(complete.texts.some((text) => accident.test(text))).toBe(true);
    expect(compact.texts.some((text) => accident.test(text))).toBe(false);

    // Printed, a short document: the first section starts on the title's page, the others run on.
    const firstPage = (text: string) => text.split('\f')[0] ?? '';
    const firstSection = lang === 'en' ? 'Purpose and scope' : 'Formål og omfang';
    expect(firstPage(completePrint.text)).not.toContain(firstSection);
    expect(firstPage(compactPrint.text)).toContain(firstSection);
    const pages = (text: string) => text.split('\f').filter((sheet) => sheet.trim() !== '').length;
    console.info(
      `${lang}: printed ${pages(completePrint.text)} pages complete, ${pages(compactPrint.text)} compact`,
    );
    expect(pages(compactPrint.text)).toBeLessThanOrEqual(pages(completePrint.text) * PRINTED_SHARE);

    await screenshot(page, `length-${lang}-1280`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(VIEWPORTS[1]);
    await screenshot(page, `length-${lang}-390`);
    await page.setViewportSize(VIEWPORTS[0]);

    await page.reload();
    await expectPage(page, t('result.title'));
    expect(await page.getByRole('radio', { name: t('result.lengthChoice.compact') }).isChecked()).toBe(true);
    const answers = await download(page, () => button(page, t('result.saveAnswers')).click());
    expect(JSON.parse(answers.bytes.toString('utf8')).answers.policy.length).toBe('compact');
  }, 240_000);
});
