// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersSchema, type Answers } from '@/domain/answers';
import { setPath } from '@/lib/path';
import { mergeDrafts } from '@/features/draft/merge';
import { emptyDraft, type DraftData } from '@/features/draft/store';

/**
 * One draft, many tabs: each tab's edits survive the others' saves, field by field. A "tab" here
 * is a fresh copy of the store modules sharing the window's localStorage, as real tabs share it.
 */
const KEY = 'policy-builder-draft';
const stops: (() => void)[] = [];

async function openTab() {
  vi.resetModules();
  const store = await import('@/features/draft/store');
  await store.useDraft.persist.rehydrate();
  stops.push(store.followOtherTabs());
  return store.useDraft;
}

/** What a browser does in every other tab after one tab writes the draft. */
function announce(oldValue: string | null) {
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: KEY,
      oldValue,
      newValue: window.localStorage.getItem(KEY),
      storageArea: window.localStorage,
    }),
  );
}

const withAnswer = (answers: Answers, path: string, value: unknown) => setPath(answers, path, value);

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('merging two tabs’ drafts', () => {
  const base = (): DraftData => ({
    ...emptyDraft(),
    answers: answersSchema().parse({ organisation: { name: 'Acme' }, policy: { owner: { name: 'Ida' } } }),
  });

  it('keeps the field each side changed, and takes theirs for the rest', () => {
    const start = base();
    const ours = { ...start, answers: withAnswer(start.answers, 'organisation.name', 'Acme A/S') };
    const theirs = { ...start, answers: withAnswer(start.answers, 'policy.owner.name', 'Jens') };
    const merged = mergeDrafts(start, ours, theirs);
    expect(merged.answers.organisation.name).toBe('Acme A/S');
    expect(merged.answers.policy.owner.name).toBe('Jens');
  });

  it('lets our later edit of the same field win, and gives back exactly ours when theirs adds nothing', () => {
    const start = base();
    const ours = { ...start, answers: withAnswer(start.answers, 'organisation.name', 'Ours') };
    const theirs = { ...start, answers: withAnswer(start.answers, 'organisation.name', 'Theirs') };
    expect(mergeDrafts(start, ours, theirs).answers.organisation.name).toBe('Ours');
    expect(JSON.stringify(mergeDrafts(start, ours, start))).toBe(JSON.stringify(ours));
  });

  it('takes a logo whole from one tab, never one tab’s picture with the other’s size', () => {
    const logo = (fileName: string, width: number) =>
      ({ fileName, mediaType: 'image/png', data: 'iVBORw0KGgo=', width, height: 10 }) as const;
    const start = { ...base(), answers: withAnswer(base().answers, 'policy.logo', logo('a.png', 10)) };
    // Both change it: ours names a new file, theirs has another picture of a new size.
    const ours = { ...start, answers: withAnswer(start.answers, 'policy.logo', logo('b.png', 10)) };
    const theirs = { ...start, answers: withAnswer(start.answers, 'policy.logo', logo('a.png', 99)) };
    expect(mergeDrafts(start, ours, theirs).answers.policy.logo).toEqual(logo('b.png', 10));
  });

  it('merges the wording clause by clause, each clause’s edit whole', () => {
    const edit = (title: string, text: string) =>
      ({ action: 'reword', title, text, standard: 'Old.' }) as const;
    const start = {
      ...base(),
      answers: withAnswer(base().answers, 'wording.en.edits', { 'security.updates': edit('A', 'a') }),
    };
    // Both change the same clause, each a different part of it; theirs also leaves out another.
    const ours = {
      ...start,
      answers: withAnswer(start.answers, 'wording.en.edits', { 'security.updates': edit('B', 'a') }),
    };
    const theirs = {
      ...start,
      answers: withAnswer(start.answers, 'wording.en.edits', {
        'security.updates': edit('A', 'c'),
        'security.devices': { action: 'omit', title: '', text: '', standard: 'Devices.' },
      }),
    };
    const merged = mergeDrafts(start, ours, theirs).answers.wording.en.edits;
    expect(merged['security.updates']).toEqual(edit('B', 'a'));
    expect(merged['security.devices']?.action).toBe('omit');
  });

  it('treats a list as one field, and a part status, a page’s typing and an example mark each as one', () => {
    const start: DraftData = { ...base(), exampleAnswers: ['organisation.name', 'policy.owner.name'] };
    const ours: DraftData = {
      ...start,
      progress: { ...start.progress, roles: 'completed' },
      pageDrafts: { about: { organisation: { name: 'typed' } } },
      exampleAnswers: ['policy.owner.name'],
    };
    const theirs: DraftData = {
      ...start,
      answers: withAnswer(start.answers, 'organisation.networks', ['linkedin']),
      progress: { ...start.progress, security: 'inProgress' },
      pageDrafts: { owner: { policy: { owner: { name: 'x' } } } },
      exampleAnswers: ['organisation.name'],
    };
    const merged = mergeDrafts(start, ours, theirs);
    expect(merged.answers.organisation.networks).toEqual(['linkedin']);
    expect(merged.progress.roles).toBe('completed');
    expect(merged.progress.security).toBe('inProgress');
    expect(Object.keys(merged.pageDrafts).sort()).toEqual(['about', 'owner']);
    // Each side confirmed one example answer: neither is marked any more.
    expect(merged.exampleAnswers).toEqual([]);
  });

  it('drops what one side removed and the other left alone', () => {
    const start: DraftData = { ...base(), pageDrafts: { about: { a: 1 }, owner: { b: 2 } } };
    const ours: DraftData = { ...start, pageDrafts: { owner: { b: 2 } } };
    expect(mergeDrafts(start, ours, start).pageDrafts).toEqual({ owner: { b: 2 } });
    expect(mergeDrafts(start, start, ours).pageDrafts).toEqual({ owner: { b: 2 } });
  });
});

describe('two tabs of the app', () => {
  it('shows one tab’s saved answer in the other at once', async () => {
    const first = await openTab();
    const second = await openTab();
    const before = window.localStorage.getItem(KEY);
    first
      .getState()
      .saveAnswers(withAnswer(first.getState().answers, 'organisation.name', 'Blåbær ApS'), 'organisation');
    announce(before);
    expect(second.getState().answers.organisation.name).toBe('Blåbær ApS');
    expect(second.getState().progress.organisation).toBe('inProgress');
  });

  it('never loses the other tab’s edit when it saved unnoticed (no event yet), nor its own', async () => {
    const first = await openTab();
    const second = await openTab();
    first
      .getState()
      .saveAnswers(withAnswer(first.getState().answers, 'organisation.name', 'Blåbær ApS'), 'organisation');
    // The second tab hasn't heard of it, and saves another question from its stale copy.
    second
      .getState()
      .saveAnswers(withAnswer(second.getState().answers, 'policy.owner.name', 'Ida'), 'rollout');
    const stored = JSON.parse(window.localStorage.getItem(KEY)!) as { state: DraftData };
    expect(stored.state.answers.organisation.name).toBe('Blåbær ApS');
    expect(stored.state.answers.policy.owner.name).toBe('Ida');
    expect(stored.state.progress.organisation).toBe('inProgress');
    expect(stored.state.progress.rollout).toBe('inProgress');
    // And the second tab holds the merged draft itself, so its next save keeps both too.
    expect(second.getState().answers.organisation.name).toBe('Blåbær ApS');
  });

  it('an idle tab saving a page’s typing undoes nothing', async () => {
    const first = await openTab();
    const idle = await openTab();
    first
      .getState()
      .saveAnswers(withAnswer(first.getState().answers, 'organisation.name', 'Blåbær ApS'), 'organisation');
    idle.getState().setPageDraft('owner', { policy: { owner: { name: 'I' } } });
    const reloaded = await openTab();
    expect(reloaded.getState().answers.organisation.name).toBe('Blåbær ApS');
    expect(reloaded.getState().pageDrafts.owner).toEqual({ policy: { owner: { name: 'I' } } });
  });

  it('the same question answered in both: the later save wins', async () => {
    const first = await openTab();
    const second = await openTab();
    first
      .getState()
      .saveAnswers(withAnswer(first.getState().answers, 'organisation.name', 'Earlier'), 'organisation');
    second
      .getState()
      .saveAnswers(withAnswer(second.getState().answers, 'organisation.name', 'Later'), 'organisation');
    expect((await openTab()).getState().answers.organisation.name).toBe('Later');
  });

  it('does not echo: taking another tab’s draft writes nothing back when nothing is added', async () => {
    const first = await openTab();
    const second = await openTab();
    first
      .getState()
      .saveAnswers(withAnswer(first.getState().answers, 'organisation.name', 'Acme'), 'organisation');
    const written = window.localStorage.getItem(KEY);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    announce(null);
    expect(second.getState().answers.organisation.name).toBe('Acme');
    expect(setItem.mock.calls.filter(([key, value]) => key === KEY && value !== written)).toEqual([]);
  });
});
