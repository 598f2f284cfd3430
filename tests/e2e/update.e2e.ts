import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PORT } from './browser';
import { axeViolations, LANGS, screenshot, words } from './app';

/**
 * A new version deployed while the app is open: the tab is told, keeps what is being typed, and
 * loads the new version only when the user says so. Served from a copy of the build on a port
 * of its own, so "deploying" (changing sw.js) touches no other test.
 */

const ORIGIN = `http://127.0.0.1:${PORT + 1}`;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

let root: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'policy-builder-update-'));
  cpSync(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', ORIGIN).pathname));
    let file = join(root, path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      file = join(root, 'index.html'); // the SPA fallback
      body = readFileSync(file);
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const workerState = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);

describe.each(LANGS)('%s: a new version while the app is open', (lang) => {
  it('is offered, never loaded over the typing, and loads when asked', async () => {
    const t = words(lang);
    const context = await browser.newContext({ locale: lang === 'da' ? 'da-DK' : 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ORIGIN}/`);
    await page.getByRole('button', { name: t('start.new'), exact: true }).click();
    await expect.poll(() => workerState(page), { timeout: 20_000 }).toBe('activated');
    // A later visit: the page is now served, and controlled, by the installed version.
    await page.goto(`${ORIGIN}/organisation/about`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const name = page.getByRole('textbox', { name: t('wizard:fields.organisation.name.label') });
    await name.fill('Før opdateringen ApS');

    // Deploy: any change to sw.js is a new version.
    appendFileSync(join(root, 'sw.js'), `\n// deployed ${lang} ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('region', { name: t('update.title') });
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toContain(t('update.heading'));
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page), `axe at ${width} px`).toEqual([]);
      await screenshot(page, `update-banner-${lang}-${width}`);
    }

    // Nothing reloads by itself: the typing is still in the field.
    await page.waitForTimeout(1_500);
    expect(await name.inputValue()).toBe('Før opdateringen ApS');

    const reloaded = page.waitForEvent('framenavigated');
    await banner.getByRole('button', { name: t('update.load'), exact: true }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1, name: t('wizard:pages.about.title') }).waitFor();
    expect(await page.getByRole('region', { name: t('update.title') }).count()).toBe(0);
    await expect.poll(() => name.inputValue()).toBe('Før opdateringen ApS');
    expect(errors).toEqual([]);
    await context.close();
  });
});
