import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paragraphTexts, unzipDocx } from '../support/docx';
import { makePng } from '../support/images';
import {
  button,
  continueOn,
  createPolicyAsItIs,
  example,
  expectPage,
  link,
  startFromExample,
  useApp,
  type Session,
} from './app';

/**
 * "Download Word" pressed the moment the result page shows, by a new user who went from an example
 * straight through the check page: the file must be there within 500 ms of the click (the worker
 * has made it ahead, while the user was on the wizard's pages), never made again in the page.
 * Each case runs for a few new users (E2E_RUNS, 5 unless set) and logs every time; the median is
 * held to the budget, so that one run slowed by another program on the machine does not fail it.
 * E2E_CPU_THROTTLE=4 runs the pages on a CPU four times slower (Chrome's own throttling).
 */

const { open } = useApp();

const BUDGET_MS = 500;
const RUNS = Number(process.env.E2E_RUNS ?? 5);
const CPU_THROTTLE = Number(process.env.E2E_CPU_THROTTLE ?? 1);
const LARGEST = example('intl-consultancy');
const LOGO = { name: 'logo.png', mimeType: 'image/png', buffer: makePng(600, 200) };
/** "Annex A – …": the first annex's heading, as the English template words it. */
const FIRST_ANNEX = (
  JSON.parse(readFileSync(new URL('../../templates/en/document.json', import.meta.url), 'utf8')) as {
    annexHeading: string;
  }
).annexHeading
  .replace('{letter}', 'A')
  .replace(/\{title\}.*$/, '');

/** Installed before the app's code: the page's own times of the button's click and of the file handed over. */
const MARK_CLICKS = `
  window.downloadMarks = {};
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement && target.download) window.downloadMarks.handedOver = performance.now();
    else if (target instanceof Element && target.closest('button')) window.downloadMarks.clicked = performance.now();
  }, true);
`;

interface Timed {
  /** From the click to the browser's download event, in the test's clock. */
  ms: number;
  /** From the click to the file handed to the browser, in the page's own clock. */
  inPage: number;
  bytes: Buffer;
  madeInPage: boolean;
}

/** A new user in English, her first visit, with the pages slowed down when asked. */
async function newUser(): Promise<Session> {
  const session = await open('en', { initScript: MARK_CLICKS });
  if (CPU_THROTTLE > 1) {
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  }
  return session;
}

/** Clicks the download button at once and times it to the download event. */
async function timedDownload(page: Page, name: string): Promise<Timed> {
  let madeInPage = false;
  page.on('request', (request) => {
    if (/\/assets\/make-policy-file-[^/]*\.js$/.test(new URL(request.url()).pathname)) madeInPage = true;
  });
  const downloaded = page.waitForEvent('download').then((file) => ({ file, at: performance.now() }));
  const started = performance.now();
  await button(page, name).click();
  const { file, at } = await downloaded;
  const marks = await page.evaluate(
    () => (window as unknown as { downloadMarks: { clicked?: number; handedOver?: number } }).downloadMarks,
  );
  return {
    ms: at - started,
    inPage: (marks.handedOver ?? NaN) - (marks.clicked ?? NaN),
    bytes: readFileSync(await file.path()),
    madeInPage,
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function report(what: string, runs: Timed[]): void {
  const times = runs.map((run) => run.ms);
  console.info(
    `${what}${CPU_THROTTLE > 1 ? ` (CPU throttled ×${CPU_THROTTLE})` : ''}: ${runs
      .map((run) => `${ms(run.ms)} (${ms(run.inPage)} in the page)`)
      .join(', ')}; min ${ms(Math.min(...times))}, median ${ms(median(times))}, max ${ms(
      Math.max(...times),
    )} from the click to the download (budget ${BUDGET_MS} ms for the median)`,
  );
}

describe('"Download Word" clicked as soon as the result page shows', () => {
  it('gives the largest example, created as it is, in under 500 ms, made by the worker', async () => {
    const runs: Timed[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const session = await newUser();
      const { page, t } = session;
      await startFromExample(session, LARGEST.id);
      await link(page, t('tasks.check')).click();
      await expectPage(page, t('check.allTitle'));
      await createPolicyAsItIs(session); // returns as the result page's heading shows
      const word = await timedDownload(page, t('result.downloadWord'));
      runs.push(word);

      const parts = unzipDocx(word.bytes);
      const paragraphs = paragraphTexts(parts['word/document.xml'] ?? '');
      // The whole policy: the cover, and the annexes after the sections.
      expect(paragraphs).toContain(LARGEST.organisation);
      expect(paragraphs).toContain(LARGEST.title);
      expect(
        paragraphs.some((text) => text.startsWith(FIRST_ANNEX)),
        FIRST_ANNEX,
      ).toBe(true);
      expect(word.madeInPage, 'the file was made in the page').toBe(false);
      // This user is done: her browser's background work stops before the next one starts.
      await session.context.close();
    }
    report(`Word download as the result page shows (${LARGEST.organisation})`, runs);
    expect(median(runs.map((run) => run.ms))).toBeLessThan(BUDGET_MS);
  }, 120_000);

  it('gives it with a logo on the cover, added on the way through the check page, in under 500 ms', async () => {
    const runs: Timed[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const session = await newUser();
      const { page, t } = session;
      const w = (key: string) => t(`wizard:${key}`);
      await startFromExample(session, LARGEST.id);
      await link(page, t('tasks.check')).click();
      await expectPage(page, t('check.allTitle'));
      // The answers change after the worker first made the file: the check page asks for the new one.
      const logoLabel = w('fields.policy.logo.label');
      await link(
        page,
        `${t('check.change')} ${logoLabel.charAt(0).toLowerCase()}${logoLabel.slice(1)}`,
      ).click();
      await expectPage(page, w('pages.approval.title'));
      await page.getByLabel(`${logoLabel} ${t('question.optional')}`, { exact: true }).setInputFiles(LOGO);
      await page.locator('.ui-image-upload__thumbnail').waitFor();
      await continueOn(session);
      await expectPage(page, t('check.allTitle'));
      await createPolicyAsItIs(session);
      const word = await timedDownload(page, t('result.downloadWord'));
      runs.push(word);

      const parts = unzipDocx(word.bytes);
      expect(Object.keys(parts).filter((path) => path.startsWith('word/media/'))).toHaveLength(1);
      expect(word.madeInPage, 'the file was made in the page').toBe(false);
      await session.context.close();
    }
    report('Word download with a logo, as the result page shows', runs);
    expect(median(runs.map((run) => run.ms))).toBeLessThan(BUDGET_MS);
  }, 120_000);
});
