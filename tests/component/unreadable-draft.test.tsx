// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers } from '@/domain/answers';
import { UNREADABLE_KEY, useStorageStatus } from '@/features/draft/storage';
import { STORAGE_KEY, useDraft } from '@/features/draft/store';
import { fitsPage, pageValues } from '@/features/wizard/form-values';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { EXAMPLE_IDS, loadExample } from '@/features/examples/examples';
import { bytesOf, captureDownloads, utf8 } from '../support/downloads';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * Nothing the user writes is lost: a saved draft the app can't read is moved aside, unchanged,
 * before anything can write over it, and offered for download on every visit until dismissed;
 * typing kept for a page that no longer fits it is dropped, with a word, instead of breaking it.
 */

afterEach(resetApp);

const UNREADABLE = {
  'broken JSON': '{"state":{"answers":{"organisation":{"name":"Blåbær ApS"',
  'a future version': JSON.stringify({
    state: { answers: { organisation: { name: 'Fremtid A/S', mood: '😊' } }, started: true },
    version: 99,
  }),
  'answers that fail the schema': '{"state": {"answers": {"organisation": {"name": 42}}}, "version": 1}',
};

/** The app's first load reads the saved draft: as after a reload, with this in storage. */
async function load(path: string, locale: 'da' | 'en' = 'da') {
  useStorageStatus.setState({ save: { kind: 'idle' }, unreadable: null });
  await useDraft.persist.rehydrate();
  return openApp(path, locale);
}

/** Leaves the page as a reload does (what was typed is saved as the page goes), then loads it again. */
async function reload(path: string, locale: 'da' | 'en' = 'da') {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  cleanup();
  return load(path, locale);
}

const notice = (name = 'Vigtigt') => screen.findByRole('region', { name });

describe.each(Object.entries(UNREADABLE))('a saved draft with %s', (_, raw) => {
  it('survives a question page and a reload, moved aside unchanged, and downloads as it was', async () => {
    const files = captureDownloads();
    window.localStorage.setItem(STORAGE_KEY, raw);
    const user = await load('/organisation/about');
    await findHeading('Om jeres organisation');
    const banner = await notice();
    expect(within(banner).getByText('Vi kunne ikke læse din gemte kladde')).toBeInTheDocument();
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
    expect(useDraft.getState().answers).toEqual(defaultAnswers());

    // The page saves what is typed, in the draft's place: nothing of the old draft is there to lose.
    await user.type(screen.getByRole('textbox', { name: 'Organisationens navn' }), 'Ny Start ApS');
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('Ny Start ApS'));
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBe(raw);

    const again = await reload('/organisation/about');
    await findHeading('Om jeres organisation');
    const after = await notice();
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
    expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveValue('Ny Start ApS');

    await again.click(within(after).getByRole('button', { name: 'Hent den ulæselige kladde' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/\.json$/);
    expect(files[0]!.blob.type).toBe('application/json');
    expect(await bytesOf(files[0]!.blob)).toEqual(utf8(raw));
    // Downloading keeps it: only dismissing deletes it.
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBe(raw);
  });

  it('is shown on every page until dismissed, which deletes it', async () => {
    window.localStorage.setItem(STORAGE_KEY, raw);
    const user = await load('/', 'en');
    const banner = await notice('Important');
    expect(banner).toHaveTextContent('We could not read your saved draft');
    expect(banner).toHaveTextContent('If you dismiss this message, it is deleted from this browser.');
    // The app starts afresh: nothing to continue, and a new policy asks nothing.
    await user.click(screen.getByRole('button', { name: 'Start a new policy' }));
    await findHeading('Your social media policy');
    expect(await notice('Important')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your social media policy' })).toHaveFocus();
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBeNull();

    await reload('/tasks', 'en');
    await findHeading('Your social media policy');
    expect(screen.queryByRole('region', { name: 'Important' })).not.toBeInTheDocument();
  });
});

describe('unreadable drafts, one after another', () => {
  it('never overwrites one kept aside: the next waits its turn', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{first');
    const user = await load('/');
    await notice();
    window.localStorage.setItem(STORAGE_KEY, '{second');
    await reload('/');
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBe('{first');
    expect(window.localStorage.getItem(`${UNREADABLE_KEY}-2`)).toBe('{second');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();

    await user.click(within(await notice()).getByRole('button', { name: 'Luk beskeden' }));
    expect(window.localStorage.getItem(UNREADABLE_KEY)).toBeNull();
    // The second is still kept, and now shown.
    expect(useStorageStatus.getState().unreadable).toEqual({ key: `${UNREADABLE_KEY}-2`, text: '{second' });
    expect(await notice()).toBeInTheDocument();
  });
});

describe('typing kept for a page that does not fit it', () => {
  const answers = answersSchema().parse({
    organisation: { name: 'Blåbær ApS', country: 'DK' },
    roles: { accounts: [{ network: 'linkedin', handle: '@blaabaer' }] },
  });
  const MALFORMED: [string, string, unknown][] = [
    ['about', 'a string', 'garbage'],
    ['about', 'null', null],
    ['about', 'a list', [1, 2]],
    ['about', 'a number for a text', { organisation: { name: 42 } }],
    ['about', 'a text where a group is', { organisation: 'x' }],
    ['about', 'a choice that is not one', { organisation: { country: 'ATLANTIS' } }],
    ['networks', 'a text for checkboxes', { organisation: { networks: 'linkedin' } }],
    ['accounts', 'a text for a list', { roles: { accounts: 'none' } }],
    ['accounts', 'an empty item', { roles: { accounts: [null] } }],
    ['document', 'texts not held as items', { policy: { relatedPolicies: ['IT policy'] } }],
  ];
  const HEADINGS: Record<string, string> = {
    about: 'Om jeres organisation',
    networks: 'Sociale medier',
    accounts: 'Jeres officielle konti',
    document: 'Om dokumentet og jeres andre politikker',
  };
  const PARTS: Record<string, string> = {
    about: 'organisation',
    networks: 'organisation',
    accounts: 'roles',
    document: 'organisation',
  };

  it.each(MALFORMED)(
    '%s, %s: is dropped with a word, and the page shows the saved answers',
    async (id, _, value) => {
      useDraft.getState().saveAnswers(answers, 'organisation');
      useDraft.getState().setPageDraft(id, value);
      await openApp(`/${PARTS[id]}/${id}`);
      await findHeading(HEADINGS[id]!);
      const banner = await notice();
      expect(banner).toHaveTextContent('Det, du tidligere skrev på denne side, kunne ikke læses');
      expect(banner).toHaveTextContent('Det er udeladt, og siden viser dine gemte svar.');
      await waitFor(() => expect(useDraft.getState().pageDrafts).not.toHaveProperty(id));
      expect(useDraft.getState().answers).toEqual(answers);
      if (id === 'about')
        expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveValue('Blåbær ApS');
    },
  );

  it('keeps typing that fits, without a word', async () => {
    useDraft.getState().saveAnswers(answers, 'organisation');
    const user = await openApp('/organisation/about');
    await findHeading(HEADINGS.about!);
    const name = screen.getByRole('textbox', { name: 'Organisationens navn' });
    await user.clear(name);
    await user.type(name, 'Typed Not Confirmed');
    await reload('/organisation/about');
    await findHeading(HEADINGS.about!);
    expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveValue('Typed Not Confirmed');
    expect(screen.queryByRole('region', { name: 'Vigtigt' })).not.toBeInTheDocument();
  });

  it("accepts every page's own values, for empty answers and every example", async () => {
    const answerSets = [defaultAnswers(), ...(await Promise.all(EXAMPLE_IDS.map(loadExample)))];
    const misfits = answerSets.flatMap((set) =>
      QUESTION_PAGES.filter((page) => !fitsPage(page, pageValues(page, set))).map((page) => page.id),
    );
    expect(misfits).toEqual([]);
  });
});
