import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../vite.config';
import { launchBrowser, ORIGIN, startPreview, stopPreview } from './browser';

/**
 * What the server sends (`npm run preview`, as a host configured from README.md would): the
 * security headers on every page, deep links served the app, and no site can frame it. Its own
 * browser: a refused frame is logged as an error on the framing page, which the app's tests
 * (rightly) count as a failure.
 */

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

describe('the server', () => {
  it.each(['/', '/roles/check', '/no-such-page'])('sends the security headers with %s', async (path) => {
    const response = await fetch(`${ORIGIN}${path}`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name)).toBe(value);
  });

  it('lets no other site frame the app', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The control: a frame whose content may be shown is shown.
    await page.setContent(
      `<iframe id="control" src="data:text/html,<h1>shown</h1>"></iframe><iframe id="app" src="${ORIGIN}/"></iframe>`,
    );
    await page.waitForTimeout(2_000);
    const control = page.frameLocator('#control');
    expect(await control.locator('h1').textContent()).toBe('shown');
    // Chromium shows its own error page in a refused frame: the app's document never loads there.
    const frame = await (await page.$('#app'))?.contentFrame();
    expect(frame?.url()).not.toMatch(new RegExp(`^${ORIGIN}`));
    expect(page.frames().some((candidate) => candidate.url().startsWith(ORIGIN))).toBe(false);
    await context.close();
  });

  it.each(['/%5Cevil.example/x', '//evil.example', '%2F%2Fevil.example', '/..//check'])(
    'keeps the Back link in the app for ?return=%s',
    async (target) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/roles/spokespeople?return=${target}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).origin).toBe(ORIGIN);
      await context.close();
    },
  );
});
