import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  button,
  continueOn,
  download,
  expectPage,
  LANGS,
  ORIGIN,
  screenshot,
  startNewPolicy,
  textbox,
  useApp,
} from './app';

/**
 * Offline after one visit: the service worker has the whole app, so with the network off every
 * page opens (also on a reload), a page can be completed, and every download works.
 */

const { open } = useApp();

/** The service worker's state: once 'activated', everything is precached. */
const workerState = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);

describe.each(LANGS)('%s: offline after one visit', (lang) => {
  it('reloads, completes a page, and downloads Word, Markdown and the answers file', async () => {
    const session = await open(lang);
    const { page, t, context } = session;
    await expectPage(page, t('start.title'));
    await expect.poll(() => workerState(page), { timeout: 20_000 }).toBe('activated');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expectPage(page, t('start.title'));
    await startNewPolicy(session);
    await page.goto(`${ORIGIN}/organisation/about`);
    await expectPage(page, t('wizard:pages.about.title'));
    await textbox(page, t('wizard:fields.organisation.name.label')).fill('Offline ApS');
    await continueOn(session);
    await expectPage(page, t('wizard:pages.people.title'));

    // A deep link opens too, straight from the cache.
    await page.goto(`${ORIGIN}/result`);
    await expectPage(page, t('result.title'));
    await screenshot(page, `offline-result-${lang}`);
    const word = await download(page, () => button(page, t('result.downloadWord')).click());
    expect(word.name).toMatch(/\.docx$/);
    expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const markdown = await download(page, () => button(page, t('result.downloadMarkdown')).click());
    expect(markdown.bytes.toString('utf8')).toContain('Offline ApS');
    const answers = await download(page, () => button(page, t('result.saveAnswers')).click());
    expect(JSON.parse(answers.bytes.toString('utf8')).answers.organisation.name).toBe('Offline ApS');
  });
});
