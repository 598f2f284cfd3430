import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/domain/migrations';
import {
  axeViolations,
  button,
  continueOn,
  download,
  expectPage,
  LANGS,
  link,
  ORIGIN,
  savedDraftContains,
  screenshot,
  startNewPolicy,
  textbox,
  useApp,
  type Lang,
  type Session,
} from './app';

/** The browser's storage failing: a saved draft that can't be read, and a full quota. */

const { open } = useApp();

const KEY = 'policy-builder-draft';
const SET_ASIDE = 'policy-builder-draft-unreadable';

const GARBAGE = {
  'broken JSON': '{"state":{"answers":{"organisation":{"name":"Blåbær ApS"',
  'a draft from an unknown version': JSON.stringify({
    state: { answers: { organisation: { name: 'Fremtid A/S' } }, started: true },
    version: 99,
  }),
  'answers of the wrong shape': JSON.stringify({
    state: { answers: { organisation: { name: 42 } }, started: true },
    version: 1,
  }),
};

/** Puts `raw` in the draft's place before the app's first load (and only then). */
const seedDraft = (raw: string) => `
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(raw)});
    sessionStorage.setItem('seeded', 'yes');
  }`;

/** Every attempt to save fails as a full storage does. */
const FULL_STORAGE = `
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };`;

/** The notification banner about a saved draft that could not be read. */
const recoveryNotice = ({ page, t }: Session) =>
  page.getByRole('region', { name: t('recovery.important') }).filter({ hasText: t('recovery.title') });

const stored = (page: Session['page'], key: string) =>
  page.evaluate((name) => localStorage.getItem(name), key);

describe('a saved draft that cannot be read', () => {
  const cases = LANGS.flatMap((lang) =>
    Object.entries(GARBAGE).map(([what, raw]) => [lang, what, raw] as const),
  );

  it.each(cases)(
    '%s, %s: the app starts, says so, and hands back the saved text exactly',
    async (lang, _, raw) => {
      const session = await open(lang, { initScript: seedDraft(raw) });
      const { page, t } = session;
      await expectPage(page, t('start.title'));
      const alert = recoveryNotice(session);
      await alert.waitFor();
      expect(await alert.innerText()).toContain(t('recovery.text'));
      // The app starts empty: a new policy, no draft to continue.
      expect(await button(page, t('start.new')).count()).toBe(1);
      expect(await button(page, t('start.continue')).count()).toBe(0);

      const saved = await download(page, () => button(alert, t('recovery.download')).click());
      expect(saved.name).toMatch(/\.json$/);
      expect(saved.bytes.toString('utf8')).toBe(raw);

      // And it works: a new policy can be started, and the message can be closed.
      await startNewPolicy(session);
      await button(alert, t('recovery.dismiss')).click();
      expect(await recoveryNotice(session).count()).toBe(0);
      expect(await stored(page, SET_ASIDE)).toBeNull();
    },
  );

  it.each(LANGS)(
    '%s: survives a question page and a reload, moved aside byte for byte, and downloads the same',
    async (lang) => {
      const raw = GARBAGE['broken JSON'];
      const session = await open(lang, { initScript: seedDraft(raw), path: '/organisation/about' });
      const { page, t } = session;
      await expectPage(page, t('wizard:pages.about.title'));
      await recoveryNotice(session).waitFor();
      expect(await stored(page, SET_ASIDE)).toBe(raw);

      // The page saves what is typed in the draft's place, which is now free.
      await textbox(page, t('wizard:fields.organisation.name.label')).fill('Ny Start ApS');
      await expect.poll(() => savedDraftContains(page, 'Ny Start ApS')).toBe(true);
      await page.waitForTimeout(2000);
      expect(await stored(page, SET_ASIDE)).toBe(raw);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axeViolations(page), `axe at ${width} px`).toEqual([]);
        await screenshot(page, `unreadable-notice-question-${lang}-${width}`);
      }

      await page.reload();
      await expectPage(page, t('wizard:pages.about.title'));
      const notice = recoveryNotice(session);
      await notice.waitFor();
      expect(await stored(page, SET_ASIDE)).toBe(raw);
      expect(await textbox(page, t('wizard:fields.organisation.name.label')).inputValue()).toBe(
        'Ny Start ApS',
      );

      const saved = await download(page, () => button(notice, t('recovery.download')).click());
      expect(saved.name).toBe('policy-builder-unreadable-draft.json');
      expect(saved.bytes.equals(Buffer.from(raw, 'utf8'))).toBe(true);
    },
  );
});

describe('an unreadable draft and every kind of page', () => {
  const PAGES = [
    '/',
    '/tasks',
    '/organisation/about',
    '/roles/accounts',
    '/roles/accounts/new',
    '/roles/check',
    '/check',
    '/result',
    '/start-again',
    '/replace?with=new',
    '/no-such-page',
  ];
  it.each([
    ['da', 'broken JSON'],
    ['en', 'a draft from an unknown version'],
  ] as const)(
    '%s, %s: kept byte for byte through a visit to each, a reload, and the download',
    async (lang, what) => {
      const raw = GARBAGE[what];
      const session = await open(lang, { initScript: seedDraft(raw) });
      const { page, t } = session;
      await recoveryNotice(session).waitFor();
      for (const path of PAGES) {
        await page.goto(ORIGIN + path);
        await page.locator('#main h1').first().waitFor();
        // Longer than any page waits before it saves what it shows.
        await page.waitForTimeout(600);
        expect(await stored(page, SET_ASIDE), path).toBe(raw);
      }
      await page.reload();
      const notice = recoveryNotice(session);
      await notice.waitFor();
      const saved = await download(page, () => button(notice, t('recovery.download')).click());
      expect(saved.bytes.equals(Buffer.from(raw, 'utf8'))).toBe(true);
    },
    120_000,
  );
});

describe('storage that is full', () => {
  const NAME: Record<Lang, string> = { da: 'Fuld Lagerplads ApS', en: 'Full Storage Ltd' };

  it.each(LANGS)('%s: the app says so, keeps working, and the answers still download', async (lang) => {
    const session = await open(lang, { initScript: FULL_STORAGE });
    const { page, t } = session;
    await startNewPolicy(session);
    const alert = page.getByRole('alert').filter({ hasText: t('app.saveFailed.quota') });
    await alert.waitFor();

    await link(page, t('wizard:parts.organisation.title')).click();
    await expectPage(page, t('wizard:pages.about.title'));
    await textbox(page, t('wizard:fields.organisation.name.label')).fill(NAME[lang]);
    await continueOn(session);
    await expectPage(page, t('wizard:pages.people.title'));
    expect(await alert.count()).toBe(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    const answers = await download(page, () => button(alert, t('app.downloadAnswers')).click());
    expect(answers.name).toMatch(/\.json$/);
    const file = JSON.parse(answers.bytes.toString('utf8')) as {
      schemaVersion: number;
      answers: { organisation: { name: string }; policy: { language: string } };
    };
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.answers.organisation.name).toBe(NAME[lang]);
    expect(file.answers.policy.language).toBe(lang);
  });
});
