// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answersSchema, defaultAnswers } from '@/domain/answers';

/**
 * The persisted store: what is saved comes back after a reload, migrations are versioned, and
 * saved data that can't be read is kept for download instead of crashing the app.
 */
async function freshStore() {
  vi.resetModules();
  const storage = await import('@/features/draft/storage');
  const store = await import('@/features/draft/store');
  await store.useDraft.persist.rehydrate();
  return { ...store, ...storage };
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('the draft store', () => {
  it('restores answers, progress and unconfirmed typing after a reload', async () => {
    const first = await freshStore();
    const answers = answersSchema().parse({ organisation: { name: 'Acme' } });
    first.useDraft.getState().saveAnswers(answers, 'organisation');
    first.useDraft.getState().setPageDraft('owner', { policy: { owner: { name: 'Ida' } } });
    expect(first.useStorageStatus.getState().save.kind).toBe('saved');

    const second = await freshStore();
    const state = second.useDraft.getState();
    expect(state.answers.organisation.name).toBe('Acme');
    expect(state.progress.organisation).toBe('inProgress');
    expect(state.pageDrafts.owner).toEqual({ policy: { owner: { name: 'Ida' } } });
    expect(state.started).toBe(true);
  });

  it('keeps corrupt saved data aside for download and starts empty', async () => {
    window.localStorage.setItem(
      'policy-builder-draft',
      '{"state": {"answers": {"organisation": {"name": 42}}}, "version": 1}',
    );
    const { useDraft, useStorageStatus } = await freshStore();
    expect(useDraft.getState().answers).toEqual(defaultAnswers());
    expect(useStorageStatus.getState().unreadable?.text).toContain('"name": 42');
  });

  it('keeps data that is not JSON at all, moved aside before anything can write the draft', async () => {
    window.localStorage.setItem('policy-builder-draft', '{not json');
    const { useDraft, useStorageStatus } = await freshStore();
    expect(useStorageStatus.getState().unreadable).toEqual({
      key: 'policy-builder-draft-unreadable',
      text: '{not json',
    });
    expect(window.localStorage.getItem('policy-builder-draft')).toBeNull();
    useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name: 'Ny' } }), 'organisation');
    expect(window.localStorage.getItem('policy-builder-draft-unreadable')).toBe('{not json');
  });

  it('makes room to move it when the storage is full', async () => {
    const raw = `{"state": ${'x'.repeat(1000)}`;
    window.localStorage.setItem('policy-builder-draft', raw);
    // Room for one copy only.
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (this.getItem('policy-builder-draft') !== null && key !== 'policy-builder-draft')
        throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const { useStorageStatus } = await freshStore();
    expect(window.localStorage.getItem('policy-builder-draft-unreadable')).toBe(raw);
    expect(window.localStorage.getItem('policy-builder-draft')).toBeNull();
    expect(useStorageStatus.getState().unreadable?.key).toBe('policy-builder-draft-unreadable');
  });

  it('leaves it in place, and writes nothing over it, when it cannot be moved at all', async () => {
    window.localStorage.setItem('policy-builder-draft', '{not json');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key.startsWith('policy-builder-draft-unreadable'))
        throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const { useDraft, useStorageStatus, dismissUnreadable } = await freshStore();
    expect(useStorageStatus.getState().unreadable).toEqual({ key: null, text: '{not json' });
    useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name: 'Ny' } }), 'organisation');
    expect(window.localStorage.getItem('policy-builder-draft')).toBe('{not json');
    expect(useStorageStatus.getState().save).toEqual({ kind: 'failed', reason: 'unavailable' });

    // Once the user has dismissed it (after downloading it, say), saving goes on.
    dismissUnreadable();
    useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name: 'Ny' } }), 'organisation');
    expect(window.localStorage.getItem('policy-builder-draft')).toContain('"Ny"');
  });

  it('refuses data saved by an unknown version instead of guessing', async () => {
    const { migrateDraft } = await freshStore();
    expect(() => migrateDraft({ answers: {} }, 2)).toThrow(/unknown version \(2\)/);
    expect(() => migrateDraft(null, 1)).toThrow();
    expect(
      migrateDraft(
        { answers: { organisation: { name: 'A' } }, progress: { roles: 'completed', legal: 'bogus' } },
        1,
      ),
    ).toMatchObject({
      answers: { organisation: { name: 'A' } },
      progress: { roles: 'completed', legal: 'notStarted' },
    });
  });

  it('reports a full storage quota and keeps the answers in memory', async () => {
    const { useDraft, useStorageStatus } = await freshStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name: 'Big' } }), 'organisation');
    expect(useStorageStatus.getState().save).toEqual({ kind: 'failed', reason: 'quota' });
    expect(useDraft.getState().answers.organisation.name).toBe('Big');
    setItem.mockRestore();
  });

  it('starts again with nothing left', async () => {
    const { useDraft } = await freshStore();
    useDraft
      .getState()
      .saveAnswers(answersSchema().parse({ organisation: { name: 'Acme' } }), 'organisation');
    useDraft.getState().reset();
    expect(useDraft.getState()).toMatchObject({ started: false, answers: defaultAnswers(), pageDrafts: {} });
    expect(JSON.parse(window.localStorage.getItem('policy-builder-draft') ?? '{}').state.started).toBe(false);
  });
});
