import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import { launchBrowser, ORIGIN, startPreview, stopPreview, watchForeignRequests } from './browser';

/** The scaffold page in real Chromium: pick an example, download it, in both languages. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let server: ChildProcess | undefined;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  stopPreview(server);
});

async function open(
  locale: 'da-DK' | 'en-GB',
  width = 1280,
): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({
    locale,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const foreign = watchForeignRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(ORIGIN);
  return { page, foreign, errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own CSP rightly forbids inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

describe('the start page', () => {
  it.each([
    ['da-DK', 'da', 'Lav jeres politik for sociale medier'],
    ['en-GB', 'en', 'Write your social media policy'],
  ] as const)(
    'speaks the browser language (%s), sets <html lang> and passes axe',
    async (locale, lang, heading) => {
      const { page, foreign, errors } = await open(locale);
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await axeViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-${lang}-1280.png`, fullPage: true });
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('switches language with one button', async () => {
    const { page } = await open('da-DK');
    await page.getByRole('button', { name: 'Read in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Write your social media policy');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('downloads an example as Word, loading the Word code only then, in the chosen language', async () => {
    const { page, foreign, errors } = await open('da-DK', 390);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.getByLabel('Eksempel').selectOption({ label: 'Thornbury Vale Consulting plc' });
    await page.getByLabel('Engelsk').check();
    expect(scripts.some((url) => /docx-/.test(url))).toBe(false);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-da-390.png`, fullPage: true });

    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent Word-fil' }).click(),
    ]);
    const path = await download.path();
    const elapsed = Date.now() - started;
    expect(download.suggestedFilename()).toBe('social-media-policy-thornbury-vale-consulting-plc-v4-0.docx');
    expect(scripts.some((url) => /docx-/.test(url))).toBe(true);
    const texts = paragraphTexts(unzipDocx(readFileSync(path))['word/document.xml'] ?? '');
    expect(texts).toContain('Thornbury Vale Consulting plc');
    expect(texts).toContain('1. Purpose and scope');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('er hentet');
    console.info(`Word download from click to file: ${elapsed} ms`);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads Markdown, in the UI language unless another is chosen', async () => {
    const { page } = await open('en-GB');
    await page.getByLabel('Example').selectOption({ label: 'Lindebjerg Kommune' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('social-media-policy-lindebjerg-kommune-v3-0.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toMatch(/^# .+\n\n\*\*Lindebjerg Kommune\*\*\n/);
    expect(markdown).toContain('\n## 1. Purpose and scope\n');
    await page.context().close();
  });
});
