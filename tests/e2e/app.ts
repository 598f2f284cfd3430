import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, ORIGIN, startPreview, stopPreview, watchForeignRequests } from './browser';

/**
 * What the wizard's browser tests share: one preview server and one Chromium per file, a fresh
 * browser context per "user", the UI's own words in both languages, keyboard helpers, downloads,
 * axe, the print PDF as text, and screenshots for review.
 *
 * Every context a test opens is checked when the test ends: no request may have left the app's
 * origin, and the page may have logged no console error and thrown no uncaught exception.
 */

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];
/** The languages a policy can be written in: the app's two, and Canadian French. */
export type DocumentLang = Lang | 'fr';
export const BROWSER_LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/** Where screenshots and print PDFs go for review, when set. */
export const SHOTS = process.env.E2E_SCREENSHOTS;

/** The widths every page is tried at: a desktop, and a phone. */
export const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

// --- the UI's words --------------------------------------------------------------------------

const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as unknown;

const LOCALES = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    {
      common: readJson(`src/i18n/locales/${lang}/common.json`),
      wizard: readJson(`src/i18n/locales/${lang}/wizard.json`),
    },
  ]),
) as Record<Lang, Record<'common' | 'wizard', unknown>>;

/**
 * The words a user sees, from the app's own locale files, so the tests find buttons, links and
 * fields by the names people read, in either language. `wizard:` prefixes the wizard's words.
 * A key that doesn't exist fails the test (the app would show the bare key).
 */
export function words(lang: Lang) {
  return (key: string, values: Record<string, string | number> = {}): string => {
    const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
    let node: unknown = LOCALES[lang][namespace as 'common' | 'wizard'];
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`No UI text "${key}" in ${lang}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}
export type Words = ReturnType<typeof words>;

/**
 * Section titles of the policy, numbered as in the document: the first heading of each template
 * file, read from templates/ so that a reworded title needs no change here.
 */
function sectionTitles(lang: DocumentLang): string[] {
  const dir = new URL(`templates/${lang}/`, root);
  return readdirSync(dir)
    .filter((file) => /^\d\d-.*\.md$/.test(file))
    .sort()
    .map((file, index) => {
      const heading = /^# (.+)$/m.exec(readFileSync(new URL(file, dir), 'utf8'))?.[1];
      if (!heading) throw new Error(`templates/${lang}/${file} has no # heading`);
      // French typesets the template's apostrophes as it renders (src/document/french.ts).
      return `${index + 1}. ${lang === 'fr' ? heading.replace(/'/g, '’') : heading}`;
    });
}
export const SECTION_TITLES: Record<DocumentLang, string[]> = {
  da: sectionTitles('da'),
  en: sectionTitles('en'),
  fr: sectionTitles('fr'),
};

const defaultTitle = (lang: DocumentLang) =>
  (readJson(`templates/${lang}/document.json`) as { defaultTitle: string }).defaultTitle;
/** The policy's default title, used when the answers give none. */
export const DEFAULT_TITLE: Record<DocumentLang, string> = {
  da: defaultTitle('da'),
  en: defaultTitle('en'),
  fr: defaultTitle('fr'),
};

export interface Example {
  id: string;
  organisation: string;
  title: string;
  language: DocumentLang;
}

/** One of the example answer sets offered on the start page (templates/examples/<id>.json). */
export function example(id: string): Example {
  const { answers } = readJson(`templates/examples/${id}.json`) as {
    answers: { organisation: { name: string }; policy: { title?: string; language: DocumentLang } };
  };
  return {
    id,
    organisation: answers.organisation.name,
    title: answers.policy.title || DEFAULT_TITLE[answers.policy.language],
    language: answers.policy.language,
  };
}

// --- browser, contexts and the per-test checks ------------------------------------------------

export interface Session {
  lang: Lang;
  t: Words;
  context: BrowserContext;
  page: Page;
  /** Requests that left the app's origin. */
  foreign: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Runs in the page before the app's own scripts, on every load. */
  initScript?: string;
  /** The path to open; none opens nothing yet. */
  path?: string | null;
}

/**
 * Call once at the top of a test file: starts the preview server and Chromium for the file, and
 * returns `open`, which makes a fresh user (a new browser context) in the given language.
 */
export function useApp() {
  let server: ChildProcess | undefined;
  let browser: Browser;
  let sessions: Session[] = [];

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    stopPreview(server);
  });

  // No request leaves the origin and nothing is logged as an error, in every test.
  afterEach(async () => {
    const ended = sessions;
    sessions = [];
    for (const session of ended) await session.context.close();
    for (const session of ended) {
      expect(session.foreign, 'requests that left the origin').toEqual([]);
      expect(session.errors, 'console errors and uncaught exceptions').toEqual([]);
    }
  });

  async function open(lang: Lang, options: OpenOptions = {}): Promise<Session> {
    const context = await browser.newContext({
      locale: BROWSER_LOCALE[lang],
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      acceptDownloads: true,
    });
    if (options.initScript) await context.addInitScript(options.initScript);
    // React reports an error it recovered from with the original as its `cause`: log that too.
    await context.addInitScript(() => {
      const original = console.error.bind(console);
      console.error = (...args: unknown[]) =>
        original(
          ...args.map((arg) =>
            arg instanceof Error && arg.cause
              ? `${arg.message} (cause: ${String((arg.cause as Error).stack ?? arg.cause)})`
              : arg,
          ),
        );
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const foreign = watchForeignRequests(page);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const session: Session = { lang, t: words(lang), context, page, foreign, errors };
    sessions.push(session);
    if (options.path !== null) await page.goto(ORIGIN + (options.path ?? '/'));
    return session;
  }

  return { open, browser: () => browser };
}

// --- reading the page ---------------------------------------------------------------------------

/** The page's main heading, by its words. */
export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Waits until the page with this main heading is shown. */
export async function expectPage(page: Page, name: string): Promise<void> {
  await heading(page, name).waitFor();
}

export const button = (page: Page | Locator, name: string) => page.getByRole('button', { name, exact: true });
export const link = (page: Page | Locator, name: string) => page.getByRole('link', { name, exact: true });

/** The status a part shows on the task list: what its link is described by, as a screen reader reads it. */
export async function statusOf(page: Page, partTitle: string): Promise<string> {
  const id = (await link(page, partTitle).getAttribute('aria-describedby')) ?? '';
  return (await page.locator(`#${id}`).innerText()).trim();
}

/** Whether the element has keyboard focus. */
/** What a screen reader reads after a field's label (or a group's legend): its hint and error message. */
export const description = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

export const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/** What the focused element is, for failure messages. */
export const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> ${name}`;
  });

// --- the keyboard ----------------------------------------------------------------------------

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the
 * page; fails if it takes more than `max` presses (the control is not reachable by Tab).
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${String(target)} was not reached with ${max} presses of Tab; focus is on ${await describeFocus(page)}`,
  );
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

// --- downloads, print, axe, screenshots ----------------------------------------------------------

/** Runs `action` (which starts a download) and returns the file's name and bytes. */
export async function download(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path), download: file };
}

/** The page as printed (print media, A4), as a PDF and as its text (poppler's pdftotext). */
export async function printed(page: Page): Promise<{ pdf: Buffer; text: string }> {
  await page.emulateMedia({ media: 'print' });
  // The paper is the print stylesheet's: A4, or US Letter for an organisation in the US or Canada.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const dir = mkdtempSync(join(tmpdir(), 'policy-print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), '-'], {
      encoding: 'utf8',
    });
    return { pdf, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own CSP rightly forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.help}): ${JSON.stringify(node.target)}`),
    );
  });
}

/** A full-page screenshot for review, when E2E_SCREENSHOTS names a directory. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Saves a file for review, when E2E_SCREENSHOTS names a directory. */
export function keepForReview(name: string, data: Buffer): void {
  if (SHOTS) writeFileSync(join(SHOTS, name), data);
}

// --- a few steps many tests take -------------------------------------------------------------

/** From the start page: "Start a new policy", landing on the task list. */
export async function startNewPolicy({ page, t }: Session): Promise<void> {
  await button(page, t('start.new')).click();
  await expectPage(page, t('tasks.title'));
}

/** From the start page: pick an example and start from it, landing on the task list. */
export async function startFromExample({ page, t }: Session, id: string): Promise<void> {
  await page
    .getByLabel(t('start.exampleLabel'), { exact: true })
    .selectOption({ label: t(`start.examples.${id}`) });
  await button(page, t('start.useExample')).click();
  await expectPage(page, t('tasks.title'));
}

/**
 * On the check page of a draft with parts not completed or example answers left: ticks "create
 * the policy as it is" (the user's explicit choice) and creates it, landing on the result page.
 */
export async function createPolicyAsItIs({ page, t }: Session): Promise<void> {
  await page
    .getByRole('group', { name: t('check.remaining.legend') })
    .getByRole('checkbox')
    .check();
  await button(page, t('check.create')).click();
  await expectPage(page, t('result.title'));
}

/**
 * An example's policy, as a user gets there from the start page: the example, the check page,
 * "create it as it is", and the policy in `language` on the result page.
 */
export async function resultFromExample(session: Session, id: string, language: string): Promise<void> {
  const { page, t } = session;
  await startFromExample(session, id);
  await link(page, t('tasks.check')).click();
  await expectPage(page, t('check.allTitle'));
  await createPolicyAsItIs(session);
  await page.getByRole('radio', { name: t(`language.${language}`) }).check();
}

/** Presses the page's Continue button with the mouse. */
export async function continueOn({ page, t }: Session): Promise<void> {
  await button(page, t('nav.continue')).click();
}

/** A text field (input or textarea) by its label; the label may go on, e.g. with "(optional)". */
export const textbox = (scope: Page | Locator, label: string) => scope.getByRole('textbox', { name: label });

/** A list of texts' item, answered in place: its group, e.g. "Network 1". */
export const item = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });

/**
 * On a list's question page (a list of records): adds item `number` on its own page, by
 * keyboard ("Add an account" for the first, "Add another account" after), lets `fill` answer
 * it, saves it and lands back on the list page, titled `listTitle`.
 */
export async function addListItem(
  { page, t }: Session,
  list: string,
  number: number,
  listTitle: string,
  fill: () => Promise<void>,
): Promise<void> {
  const adding = t(`wizard:fields.${list}.${number === 1 ? 'add' : 'addAnother'}`);
  await activate(page, button(page, adding));
  await expectPage(page, t(`wizard:fields.${list}.itemTitle`, { number }));
  await fill();
  await activate(page, button(page, t('list.save')));
  await expectPage(page, listTitle);
}

/** Polls until the draft in localStorage contains `text` (the app saves a moment after typing stops). */
export async function savedDraftContains(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (wanted) => (localStorage.getItem('policy-builder-draft') ?? '').includes(wanted),
    text,
  );
}

export { ORIGIN };
