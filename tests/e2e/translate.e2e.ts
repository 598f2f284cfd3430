import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  axeViolations,
  button,
  download,
  expectPage,
  LANGS,
  link,
  resultFromExample,
  screenshot,
  startFromExample,
  useApp,
  VIEWPORTS,
} from './app';

/**
 * Both language versions from one set of answers (issue 11, part 4): a Danish municipality's
 * answers, the policy switched to English on the result page; no English policy is made while
 * a free-text answer is still only in Danish, and the Word file then has her English wording.
 */

const { open } = useApp();

const municipality = JSON.parse(
  readFileSync(new URL('../../templates/examples/dk-municipality.json', import.meta.url), 'utf8'),
) as { answers: { roles: { spokespeople: string }; policy: { title: string } } };
const DANISH_SPOKESPEOPLE = municipality.answers.roles.spokespeople;
const ENGLISH_SPOKESPEOPLE = 'the Mayor, the Chief Executive and the communications department';
const ENGLISH_TITLE = 'Social media guidelines for Lindebjerg Municipality';

const wordTexts = (bytes: Buffer) =>
  paragraphTexts(unzipDocx(bytes)['word/document.xml'] ?? '').filter(Boolean);

describe.each(LANGS)('the policy in English from Danish answers (%s)', (lang) => {
  it('asks for the English wording of the free text before it makes the English policy, and uses it', async () => {
    const session = await open(lang);
    const { page, t } = session;
    await resultFromExample(session, 'dk-municipality', 'en');

    // No English policy yet: a note says why, and links to where the answers get their English.
    const to = t('translate.languageName.en');
    const from = t('translate.languageName.da');
    const note = page.getByRole('note').filter({ hasText: t('translate.missing.text', { from, to }) });
    await expect.poll(() => note.count()).toBe(1);
    expect(await button(page, t('result.downloadWord')).count()).toBe(0);
    expect(await page.locator('.result-document').count()).toBe(0);
    await screenshot(page, `translate-result-note-${lang}`);

    await link(note, t('translate.missing.link', { to })).click();
    await expectPage(page, t('translate.title.en'));
    expect(await axeViolations(page)).toEqual([]);
    const spokespeople = page.getByRole('textbox', {
      name: t('translate.label', { question: t('wizard:fields.roles.spokespeople.label'), to }),
    });
    expect(await spokespeople.getAttribute('lang')).toBe('en');
    await spokespeople.fill(ENGLISH_SPOKESPEOPLE);
    const title = page.getByRole('textbox', {
      name: t('translate.label', { question: t('wizard:fields.policy.title.label'), to }),
    });
    await title.fill(ENGLISH_TITLE);
    await screenshot(page, `translate-page-${lang}`);
    // A reload loses nothing typed (saved as each field is left).
    await title.blur();
    await page.reload();
    await expectPage(page, t('translate.title.en'));
    expect(await spokespeople.inputValue()).toBe(ENGLISH_SPOKESPEOPLE);

    await button(page, t('translate.keepTheRest', { from })).click();
    await button(page, t('translate.save')).click();
    await expectPage(page, t('result.title'));
    expect(await note.count()).toBe(0);

    const file = await download(page, () => button(page, t('result.downloadWord')).click());
    const texts = wordTexts(file.bytes).join('\n');
    expect(texts).toContain(ENGLISH_SPOKESPEOPLE);
    expect(texts).toContain(ENGLISH_TITLE);
    expect(texts).not.toContain(DANISH_SPOKESPEOPLE);
    expect(texts).not.toContain(municipality.answers.policy.title);
    // The header repeats the title: the English one.
    const header = Object.entries(unzipDocx(file.bytes))
      .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(header).not.toContain('Retningslinjer');

    // The Danish policy from the same answers still has the Danish wording.
    await page.getByRole('radio', { name: t('language.da') }).check();
    const danish = await download(page, () => button(page, t('result.downloadWord')).click());
    expect(wordTexts(danish.bytes).join('\n')).toContain(DANISH_SPOKESPEOPLE);
  }, 90_000);
});

describe('the answers in English on a phone', () => {
  it('fits a 390 px screen with nothing scrolling sideways', async () => {
    const { width, height } = VIEWPORTS[1];
    const session = await open('da', { width, height });
    const { page, t } = session;
    await startFromExample(session, 'dk-software-company');
    await page.goto(new URL('/result', page.url()).href);
    await page.getByRole('radio', { name: t('language.en') }).check();
    // The example comes with its English wording: the English policy can be made at once.
    await button(page, t('result.downloadWord')).waitFor();
    await link(page, t('translate.given', { to: t('translate.languageName.en') })).click();
    await expectPage(page, t('translate.title.en'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, 'translate-page-390-da');
  }, 60_000);
});
