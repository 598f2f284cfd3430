import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  axeViolations,
  button,
  download,
  expectPage,
  type Lang,
  LANGS,
  link,
  ORIGIN,
  printed,
  resultFromExample,
  screenshot,
  textbox,
  useApp,
  VIEWPORTS,
} from './app';

/**
 * The policy made theirs, as an HR person would (issue 11): on "Adjust the wording" she leaves a
 * clause out, rewords one and adds her own; the changes survive a reload, are in the Word file,
 * travel in the answers file to a fresh start, and the policy on a page follows them.
 */

const { open } = useApp();

/** Three clauses of the security section, by their headings in the document's language. */
const CLAUSES: Record<Lang, { passwords: string; updates: string; devices: string }> = {
  da: { passwords: 'Adgangskoder og login', updates: 'Opdateringer', devices: 'Enheder' },
  en: { passwords: 'Passwords and logging in', updates: 'Updates', devices: 'Devices' },
};
const OWN: Record<Lang, { title: string; text: string; reworded: string }> = {
  da: {
    title: 'Fælles computere i receptionen',
    text: 'Log altid ud, når du går fra computeren.',
    reworded: 'Brug kun udstyr, som IT har sat op til dig.',
  },
  en: {
    title: 'Shared computers at reception',
    text: 'Always log out when you leave the computer.',
    reworded: 'Only use devices that IT has set up for you.',
  },
};

/** The text of the Word file's body, paragraph by paragraph. */
const wordTexts = (bytes: Buffer) =>
  paragraphTexts(unzipDocx(bytes)['word/document.xml'] ?? '').filter(Boolean);

describe.each(LANGS)('adjusting the wording (%s)', (lang) => {
  it('leaves out, rewords and adds clauses, and finds exactly those changes in the Word file, after a reload and from the answers file', async () => {
    const session = await open(lang);
    const { page, t } = session;
    const clauses = CLAUSES[lang];
    const own = OWN[lang];
    await resultFromExample(session, 'dk-software-company', lang);

    const before = wordTexts(
      (await download(page, () => button(page, t('result.downloadWord')).click())).bytes,
    );
    expect(before.some((text) => text.endsWith(clauses.updates))).toBe(true);

    await link(page, t('wording.link')).click();
    await expectPage(page, t('wording.title'));
    // Each action is named by its clause, as a screen reader announces it.
    const action = (label: string, heading: string) =>
      page.getByRole('button', { name: new RegExp(`^${label} \\d+\\.\\d+ ${heading}$`) });

    await action(t('wording.action.omit'), clauses.updates).click();
    await expect.poll(() => page.getByText(t('wording.tag.omitted'), { exact: true }).count()).toBe(1);

    await action(t('wording.action.reword'), clauses.devices).click();
    const text = textbox(page, t('wording.editor.text'));
    await expect
      .poll(() =>
        text.evaluate(
          (field) =>
            field === document.activeElement || field.closest('form')?.contains(document.activeElement),
        ),
      )
      .toBe(true);
    await text.fill(own.reworded);
    await button(page, t('wording.editor.save')).click();

    await action(t('wording.action.add'), clauses.passwords).click();
    await textbox(page, t('wording.editor.title')).fill(own.title);
    await textbox(page, t('wording.editor.text')).fill(own.text);
    await button(page, t('wording.editor.save')).click();
    await page.getByRole('heading', { name: new RegExp(own.title) }).waitFor();
    await screenshot(page, `wording-${lang}-1280`);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize(VIEWPORTS[1]);
    await screenshot(page, `wording-${lang}-390`);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing scrolls sideways on a phone, not even a table of e-mail addresses.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      VIEWPORTS[1].width,
    );
    await page.setViewportSize(VIEWPORTS[0]);

    // Kept in this browser: after a reload the page shows the same changes.
    await page.reload();
    await expectPage(page, t('wording.title'));
    await page.getByRole('heading', { name: new RegExp(own.title) }).waitFor();
    expect(await page.getByText(t('wording.tag.omitted'), { exact: true }).count()).toBe(1);

    const expectChanges = (texts: string[]) => {
      // Left out: its heading is gone, from the body and from the contents list.
      expect(texts.filter((line) => line.endsWith(clauses.updates))).toEqual([]);
      expect(texts).toContain(own.reworded);
      expect(texts.some((line) => line.endsWith(own.title))).toBe(true);
      expect(texts).toContain(own.text);
      // Her clause comes right after the clause she chose, with its text.
      const at = texts.findIndex((line) => line.endsWith(own.title));
      expect(texts[at + 1]).toBe(own.text);
      // Nothing else changed: the rest of the policy is as before, less the clause left out.
      const gone = new Set(before.filter((line) => !texts.includes(line)));
      expect(gone.size).toBeGreaterThan(0);
      expect(gone.size).toBeLessThan(12);
    };

    await page.goto(`${ORIGIN}/result`);
    await expectPage(page, t('result.title'));
    expectChanges(
      wordTexts((await download(page, () => button(page, t('result.downloadWord')).click())).bytes),
    );

    // The policy on a page: one of its rules sums up a clause; a Word file of its own.
    const summary = await download(page, () => button(page, t('result.summaryWord')).click());
    const summaryTexts = wordTexts(summary.bytes);
    expect(summaryTexts[0]).toBe(lang === 'da' ? 'Politikken på én side' : 'The policy on a page');
    expect(summaryTexts.length).toBeGreaterThan(6);

    // …and a page of its own in the app, that prints on one sheet with nothing but the rules.
    await link(page, t('result.summaryOpen')).click();
    await expectPage(page, t('summaryPage.title'));
    await page.locator('.policy li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `summary-${lang}`);
    const { text: printedText } = await printed(page);
    const sheets = printedText.split('\f').filter((sheet) => sheet.trim() !== '');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain(summaryTexts[0]!);
    expect(sheets[0]).not.toContain(t('summaryPage.print'));
    await page.goto(`${ORIGIN}/result`);
    await expectPage(page, t('result.title'));

    // The answers file carries the changes to a fresh start, where the same policy is made again.
    const answers = await download(page, () => button(page, t('result.saveAnswers')).click());
    const saved = JSON.parse(answers.bytes.toString('utf8'));
    expect(saved.schemaVersion).toBe(2);
    expect(saved.answers.wording[lang].edits['security.updates'].action).toBe('omit');

    await page.goto(`${ORIGIN}/start-again`);
    await button(page, t('startAgain.confirm')).click();
    await expectPage(page, t('start.title'));
    await page.locator('#f-answers-file').setInputFiles({
      name: answers.name,
      mimeType: 'application/json',
      buffer: answers.bytes,
    });
    await page.waitForURL((url) => url.pathname !== '/');
    await page.goto(`${ORIGIN}/result`);
    await expectPage(page, t('result.title'));
    expectChanges(
      wordTexts((await download(page, () => button(page, t('result.downloadWord')).click())).bytes),
    );
  }, 240_000);
});
