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
    expect(() => migrateDraft({ answers: {} }, 3)).toThrow(/unknown version \(3\)/);
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

  it('reads a draft saved before example answers existed (version 1), with none marked', async () => {
    window.localStorage.setItem(
      'policy-builder-draft',
      JSON.stringify({
        state: {
          answers: { organisation: { name: 'Gammel ApS' } },
          progress: { organisation: 'completed', roles: 'inProgress', legal: 'toCheck' },
          started: true,
          pageDrafts: {},
        },
        version: 1,
      }),
    );
    const { useDraft, useStorageStatus } = await freshStore();
    expect(useStorageStatus.getState().unreadable).toBeNull();
    expect(useDraft.getState()).toMatchObject({
      answers: { organisation: { name: 'Gammel ApS' } },
      // Version 1 knew no "to check": a status it could not have written is not read.
      progress: { organisation: 'completed', roles: 'inProgress', legal: 'notStarted' },
      started: true,
      exampleAnswers: [],
    });
  });

  it('keeps typing saved on a page since merged into another as typing on that page', async () => {
    window.localStorage.setItem(
      'policy-builder-draft',
      JSON.stringify({
        state: {
          answers: {},
          progress: {},
          started: true,
          pageDrafts: {
            related: { policy: { relatedPolicies: [{ value: 'IT-politik' }] } },
            document: { policy: { title: 'Vores politik' } },
            whistleblowing: { legal: { whistleblowerScheme: { exists: 'yes' } } },
            accounts: { roles: { accounts: [] } },
          },
        },
        version: 2,
      }),
    );
    const { useDraft } = await freshStore();
    expect(useDraft.getState().pageDrafts).toEqual({
      document: { policy: { title: 'Vores politik', relatedPolicies: [{ value: 'IT-politik' }] } },
      confidential: { legal: { whistleblowerScheme: { exists: 'yes' } } },
      accounts: { roles: { accounts: [] } },
    });
  });

  it('keeps example answers and "to check" across a reload', async () => {
    const first = await freshStore();
    first.useDraft
      .getState()
      .start(
        answersSchema().parse({ organisation: { name: 'Eksempel A/S' }, roles: { spokespeople: 'HR' } }),
        {
          fromExample: true,
        },
      );
    expect(JSON.parse(window.localStorage.getItem('policy-builder-draft')!).version).toBe(2);

    const second = await freshStore();
    expect(second.useDraft.getState()).toMatchObject({
      exampleAnswers: ['organisation.name', 'roles.spokespeople'],
      progress: { organisation: 'toCheck', rollout: 'toCheck' },
    });
    expect(second.migrateDraft({ answers: {}, exampleAnswers: ['a.b', 7] }, 2).exampleAnswers).toEqual([
      'a.b',
    ]);
  });
});

describe('a draft started from an example', () => {
  const example = () =>
    answersSchema().parse({
      organisation: { name: 'Eksempel A/S', networks: ['linkedin'] },
      policy: {
        language: 'en',
        version: '3.0',
        revisions: [{ version: '1.0', date: '2020-01-01', changes: 'Første udgave' }],
        owner: { name: 'Eva Eksempel', email: 'eva@eksempel.dk' },
      },
      roles: { spokespeople: 'direktøren' },
    });

  it('starts with its answers marked, every part to check and none of its history', async () => {
    const { useDraft } = await freshStore();
    useDraft.getState().start(example(), { fromExample: true });
    const state = useDraft.getState();
    expect(state.exampleAnswers).toEqual([
      'organisation.name',
      'organisation.networks',
      'policy.language',
      'policy.owner.name',
      'policy.owner.email',
      'roles.spokespeople',
    ]);
    expect(Object.values(state.progress)).toEqual(Array(8).fill('toCheck'));
    expect(state.answers.policy.revisions).toEqual([]);
    expect(state.answers.policy.version).toBe('1.0');
  });

  it('a new policy or an answers file marks nothing', async () => {
    const { useDraft } = await freshStore();
    useDraft.getState().start(example());
    expect(useDraft.getState().exampleAnswers).toEqual([]);
    expect(useDraft.getState().answers.policy.revisions).toHaveLength(1);
    expect(Object.values(useDraft.getState().progress)).toEqual(Array(8).fill('notStarted'));
  });

  it('unmarks an answer when it changes, or when the user confirms it', async () => {
    const { useDraft } = await freshStore();
    useDraft.getState().start(example(), { fromExample: true });
    const answers = useDraft.getState().answers;
    useDraft
      .getState()
      .saveAnswers(
        { ...answers, organisation: { ...answers.organisation, name: 'Min egen ApS' } },
        'organisation',
        ['policy.owner.name'],
      );
    expect(useDraft.getState().exampleAnswers).toEqual([
      'organisation.networks',
      'policy.language',
      'policy.owner.email',
      'roles.spokespeople',
    ]);
    expect(useDraft.getState().progress).toMatchObject({ organisation: 'inProgress', roles: 'toCheck' });

    // The document language chosen on the result page is the user's.
    useDraft.getState().setDocumentLanguage('da');
    expect(useDraft.getState().exampleAnswers).not.toContain('policy.language');

    // "Completed" on a part's check page confirms what that page showed.
    useDraft.getState().setPartStatus('roles', 'completed', ['roles.spokespeople', 'roles.accounts']);
    expect(useDraft.getState().exampleAnswers).toEqual(['organisation.networks', 'policy.owner.email']);
    useDraft.getState().setPartStatus('organisation', 'inProgress');
    expect(useDraft.getState().exampleAnswers).toEqual(['organisation.networks', 'policy.owner.email']);
  });
});
