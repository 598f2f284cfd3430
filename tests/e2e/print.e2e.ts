import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  button,
  example,
  expectPage,
  keepForReview,
  link,
  printed,
  SECTION_TITLES,
  SHOTS,
  startFromExample,
  useApp,
  type Lang,
} from './app';

/** Printing the result page prints the policy, and nothing of the app around it. */

const { open } = useApp();

const EXAMPLE: Record<Lang, string> = { da: 'dk-software-company', en: 'intl-consultancy' };

describe('printing the policy', () => {
  it.each(['da', 'en'] as const)(
    '%s: starts with the title, holds every section, and no buttons or site furniture',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const chosen = example(EXAMPLE[lang]);
      await startFromExample(session, chosen.id);
      await link(page, t('tasks.check')).click();
      await expectPage(page, t('check.allTitle'));
      await button(page, t('check.create')).click();
      await expectPage(page, t('result.title'));
      // As a reader does: scroll down to the policy, see it, then print. (The policy renders
      // when it comes into view; printing before then renders it on 'beforeprint', once its
      // code is in, which a test can't time without reaching into the page.)
      await page.locator('.result-document').scrollIntoViewIfNeeded();
      await page.getByRole('heading', { level: 2, name: chosen.title }).waitFor();

      const { pdf, text } = await printed(page);
      keepForReview(`print-${lang}.pdf`, pdf);
      if (SHOTS)
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '2',
          join(SHOTS, `print-${lang}.pdf`),
          join(SHOTS, `print-${lang}`),
        ]);

      const flat = text.replace(/\s+/g, ' ').trim();
      expect(flat.startsWith(chosen.title), `the print starts: "${flat.slice(0, 80)}"`).toBe(true);
      expect(flat).toContain(chosen.organisation);
      for (const title of SECTION_TITLES[chosen.language]) expect(flat).toContain(title);
      const chrome = [
        'result.title',
        'result.lead',
        'result.downloadWord',
        'result.downloadMarkdown',
        'result.print',
        'result.saveAnswers',
        'result.saveAnswersHint',
        'result.documentLanguage',
        'result.legal',
        'nav.back',
        'app.name',
        'app.skipToContent',
        'app.languageSwitch',
        'app.privacy',
        'app.footer',
        'app.saved',
      ];
      // Were they printed, each would be a line of its own; a phrase can't hide inside the policy's
      // prose either ("Back" alone may: "Backup").
      const lines = text.split('\n').map((line) => line.trim());
      for (const key of chrome) {
        const words = t(key);
        expect(lines, `"${words}" is printed as a line`).not.toContain(words);
        if (words.includes(' ')) expect(flat, `"${words}" is printed`).not.toContain(words);
      }

      // The page count is sane: A4 pages of policy, not one clipped page nor one per line.
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThan(3);
      expect(pages).toBeLessThan(40);
    },
  );
});

/** The PDF's page count, from poppler's pdfinfo. */
function pageCount(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'policy-pages-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'print.pdf')], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
