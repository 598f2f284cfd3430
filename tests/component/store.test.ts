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
    expect(useStorageStatus.getState().unreadable).toContain('"name": 42');
  });

  it('keeps data that is not JSON at all', async () => {
    window.localStorage.setItem('policy-builder-draft', '{not json');
    const { useStorageStatus } = await freshStore();
    expect(useStorageStatus.getState().unreadable).toBe('{not json');
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
