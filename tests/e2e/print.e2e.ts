import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  button,
  continueOn,
  createPolicyAsItIs,
  example,
  expectPage,
  keepForReview,
  link,
  ORIGIN,
  printed,
  SECTION_TITLES,
  SHOTS,
  startFromExample,
  useApp,
  type Example,
  type Lang,
  type Session,
  type Words,
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
      await goToResult(session, chosen.id);
      // As a reader does: scroll down to the policy, see it, then print.
      await page.locator('.result-document').scrollIntoViewIfNeeded();
      await page.getByRole('heading', { level: 2, name: chosen.title }).waitFor();

      const { pdf, text } = await printed(page);
      keepForReview(`print-${lang}.pdf`, pdf);
      expect(pageSize(pdf)).toBe('595 x 842');
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
      expectThePolicyOnly(pdf, text, t, chosen);
    },
  );

  it.each(['da', 'en'] as const)(
    '%s: the Print button prints the whole policy before it has been scrolled into view',
    async (lang) => {
      // The browser's print dialog can't be driven headless: window.print is recorded instead,
      // and the print itself made with page.pdf(), which fires 'beforeprint' as printing does.
      const session = await open(lang, {
        width: 390,
        height: 700,
        initScript: `window.print = () => document.documentElement.setAttribute('data-print-requested', '');`,
      });
      const { page, t } = session;
      const chosen = example(EXAMPLE[lang]);
      await goToResult(session, chosen.id);
      const policyTitle = page.getByRole('heading', { level: 2, name: chosen.title });
      expect(await policyTitle.count(), 'the policy is not rendered before it is near the view').toBe(0);

      await button(page, t('result.print')).click();
      await page.locator('html[data-print-requested]').waitFor({ state: 'attached' });
      const { pdf, text } = await printed(page);
      expectThePolicyOnly(pdf, text, t, chosen);
    },
  );
});

describe('a very long word', () => {
  it('en: a web address of 262 characters as an account handle is printed whole, wrapped in its cell', async () => {
    const session = await open('en');
    const { page, t } = session;
    const w = (key: string) => t(`wizard:${key}`);
    const url = `https://www.example.com/${'campaignsarchive/'.repeat(14)}`;
    expect(url.length).toBe(262);
    await startFromExample(session, EXAMPLE.en);
    await page.goto(`${ORIGIN}/roles/accounts/1`);
    await expectPage(page, w('fields.roles.accounts.itemTitle').replace('{{number}}', '1'));
    const handle = page.getByRole('textbox', {
      name: new RegExp(`^${w('fields.roles.accounts.handle.label')}`),
    });
    await handle.fill(url);
    await button(page, t('list.save')).click();
    await expectPage(page, w('pages.accounts.title'));
    await continueOn(session);
    await page.goto(`${ORIGIN}/check`);
    await expectPage(page, t('check.allTitle'));
    await createPolicyAsItIs(session);
    await page.locator('.result-document').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { level: 2, name: example(EXAMPLE.en).title }).waitFor();

    const { pdf, text } = await printed(page);
    keepForReview('print-long-word.pdf', pdf);
    // Every character is on the page: pieces on consecutive lines, none cut off at the edge.
    expect(text.replace(/\s+/g, '')).toContain(url);
    // …broken over several short lines of its narrow column.
    const pieces = text.split('\n').filter((line) => line.includes('campaignsarchive'));
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.trim().length).toBeLessThan(60);
  }, 60_000);
});

describe('a policy in Canadian French', () => {
  it('en: prints a Quebec example in French from the English app, with French typography', async () => {
    const session = await open('en');
    const { page, t } = session;
    const chosen = example('qc-manufacturer');
    await goToResult(session, chosen.id);
    expect(await page.getByRole('radio', { name: t('language.fr') }).isChecked()).toBe(true);
    await page.locator('.result-document').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { level: 2, name: chosen.title }).waitFor();
    const { pdf, text } = await printed(page);
    keepForReview('print-fr.pdf', pdf);
    expectThePolicyOnly(pdf, text, t, chosen);
    // The title block's labels take a space before the colon, and a name never meets "de" unelided.
    expect(text).toMatch(/Version\u00a0?\s?:/);
    expect(text).not.toMatch(/\bde Ateliers\b/);
    // A Canadian organisation prints on US Letter, as its Word file is laid out.
    expect(pageSize(pdf)).toBe('612 x 792');
  });
});

async function goToResult(session: Session, exampleId: string): Promise<void> {
  const { page, t } = session;
  await startFromExample(session, exampleId);
  await link(page, t('tasks.check')).click();
  await expectPage(page, t('check.allTitle'));
  // An example's answers are not yet the user's: creating the policy with them is a choice.
  await createPolicyAsItIs(session);
}

/** The print holds the policy, from its title to its last section, and nothing of the app. */
function expectThePolicyOnly(pdf: Buffer, text: string, t: Words, chosen: Example): void {
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
    'result.documentLoading',
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

  // The page count is sane: pages of policy, not one clipped page nor one per line.
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThan(3);
  // The longest, a French policy with its three annexes each on a page of its own, prints about 40.
  expect(pages).toBeLessThan(48);
}

/** The PDF's page count, from poppler's pdfinfo. */
const pageCount = (pdf: Buffer) => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1]);

/** The first page's size in points, rounded: "595 x 842" is A4, "612 x 792" US Letter. */
const pageSize = (pdf: Buffer) =>
  (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(pdfInfo(pdf)) ?? [])
    .slice(1)
    .map((points) => Math.round(Number(points)))
    .join(' x ');

function pdfInfo(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-pages-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), pdf);
    return execFileSync('pdfinfo', [join(dir, 'print.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
