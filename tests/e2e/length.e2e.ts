import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  axeViolations,
  button,
  download,
  expectPage,
  LANGS,
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
  /** The section and clause headings (Word's numbering adds their numbers). */
  headings: string[];
}

function readWord(bytes: Buffer): WordFile {
  const xml = unzipDocx(bytes)['word/document.xml'] ?? '';
  const headings = xml
    .split('</w:p>')
    .filter((paragraph) => /<w:pStyle w:val="Heading[12]"\/>/.test(paragraph))
    .map((paragraph) => paragraphTexts(`${paragraph}</w:p>`).join(''));
  return { texts: paragraphTexts(xml).filter(Boolean), headings };
}
/**
 * The compact Word file's words as a share of the complete one's, at most: the body is measured at
 * 57–61% (compact.test.ts), and the cover, contents and annexes are the same in both.
 */
const COMPACT_SHARE = 0.7;
const words = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

describe.each(LANGS)('the compact policy (%s)', (lang) => {
  it('has every clause of the complete one, in far fewer words, and is kept in the answers file', async () => {
    const session = await open(lang);
    const { page, t } = session;
    await resultFromExample(session, 'dk-software-company', lang);

    const downloadWord = async () =>
      readWord((await download(page, () => button(page, t('result.downloadWord')).click())).bytes);
    const complete = await downloadWord();
    await page.getByRole('radio', { name: t('result.lengthChoice.compact') }).check();
    const compact = await downloadWord();

    expect(compact.headings).toEqual(complete.headings);
    expect(complete.headings.length).toBeGreaterThan(30);
    // The rules in their short wording (`:::short`): far fewer words, and not the complete text's
    // explanations, such as the crisis plan's "if someone is hurt in an accident".
    expect(words(compact.texts)).toBeLessThan(words(complete.texts) * COMPACT_SHARE);
    const accident = lang === 'en' ? /someone is hurt/ : /kommer til skade/;
    expect(complete.texts.some((text) => accident.test(text))).toBe(true);
    expect(compact.texts.some((text) => accident.test(text))).toBe(false);

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
