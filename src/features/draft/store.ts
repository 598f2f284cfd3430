import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { answersSchema, defaultAnswers, PARTS, type Answers, type Part } from '@/domain/answers';
import type { Locale } from '@/document/template';
import { fromExample, sameValue } from '@/domain/example-start';
import { getPath } from '@/lib/path';
import { isHeld, refreshUnreadable, safeStorage, setAside, useStorageStatus } from './storage';

/**
 * The one store of the app: the answers being written and how far each part has come,
 * persisted in this browser only. Components read it through narrow selectors.
 */

/** `toCheck`: a part of a draft started from an example, which the user has not worked on yet. */
export type PartStatus = 'notStarted' | 'toCheck' | 'inProgress' | 'completed';
const STATUSES: readonly PartStatus[] = ['notStarted', 'toCheck', 'inProgress', 'completed'];

export interface DraftData {
  answers: Answers;
  progress: Record<Part, PartStatus>;
  /** Whether a draft exists: the start page offers "continue" only then. */
  started: boolean;
  /** What was typed on a page but not yet confirmed with Continue, by page id, so a reload keeps it. */
  pageDrafts: Record<string, unknown>;
  /**
   * The answers (field paths) still holding an example's values: shown as "Example answer" until
   * the user changes them or confirms them (Continue on their page, or "completed" on the part's
   * check page). Empty for a draft not started from an example.
   */
  exampleAnswers: string[];
}

interface DraftActions {
  /**
   * Starts a new policy, or one from an answers file, or (`fromExample`) one from an example:
   * its answers then are marked as the example's, and every part is to be checked.
   */
  start: (answers: Answers, options?: { fromExample?: boolean }) => void;
  /**
   * Replaces the answers after a page's Continue, marking its part in progress. `confirmed`: the
   * answers the user has seen and kept (the page's), no longer the example's; a changed answer
   * never is either.
   */
  saveAnswers: (answers: Answers, part: Part, confirmed?: readonly string[]) => void;
  /** `confirmed`: as for saveAnswers (the answers on the part's check page, when it is completed). */
  setPartStatus: (part: Part, status: PartStatus, confirmed?: readonly string[]) => void;
  setPageDraft: (pageId: string, values: unknown) => void;
  setDocumentLanguage: (locale: Locale) => void;
  reset: () => void;
}

export type DraftState = DraftData & DraftActions;

export const STORAGE_KEY = 'policy-builder-draft';
/** 2: example answers (`exampleAnswers`) and the status `toCheck`. */
export const STORE_VERSION = 2;

const everyPart = (status: PartStatus): Record<Part, PartStatus> =>
  Object.fromEntries(PARTS.map((part) => [part, status])) as Record<Part, PartStatus>;

export const emptyDraft = (): DraftData => ({
  answers: defaultAnswers(),
  progress: everyPart('notStarted'),
  started: false,
  pageDrafts: {},
  exampleAnswers: [],
});

/**
 * Turns whatever was saved, by any version, into today's DraftData, or throws. Each version adds
 * a case here (and a test) for each older shape it must still read. Version 1 had no example
 * answers: its drafts have none.
 */
export function migrateDraft(persisted: unknown, version: number): DraftData {
  if (version !== 1 && version !== 2)
    throw new Error(`saved by an unknown version (${version}) of Policy Builder`);
  const data = persisted as Partial<DraftData> | null;
  if (!data || typeof data !== 'object') throw new Error('the saved draft is empty');
  const answers = answersSchema().parse(data.answers ?? {});
  const progress = everyPart('notStarted');
  for (const part of PARTS) {
    const status = data.progress?.[part];
    if (status !== undefined && STATUSES.includes(status) && (version > 1 || status !== 'toCheck'))
      progress[part] = status;
  }
  const pageDrafts = data.pageDrafts && typeof data.pageDrafts === 'object' ? data.pageDrafts : {};
  const exampleAnswers =
    version > 1 && Array.isArray(data.exampleAnswers)
      ? data.exampleAnswers.filter((path): path is string => typeof path === 'string')
      : [];
  return { answers, progress, started: Boolean(data.started), pageDrafts, exampleAnswers };
}

/** The example answers left once `after` replaces `before` and the user has confirmed `confirmed`. */
function stillExample(
  marked: readonly string[],
  before: Answers,
  after: Answers,
  confirmed: readonly string[] = [],
): string[] {
  return marked.filter(
    (path) => !confirmed.includes(path) && sameValue(getPath(before, path), getPath(after, path)),
  );
}

/**
 * JSON storage that checks what it reads. Data that doesn't parse, doesn't validate or comes from
 * a newer version is moved aside unchanged (storage.ts) before anything can write the draft's
 * key, and the app starts empty instead of crashing; every load shows what is kept aside.
 */
const jsonStorage = createJSONStorage<DraftData>(() => safeStorage)!;
const checkedStorage: PersistStorage<DraftData> = {
  getItem(name) {
    const raw = safeStorage.getItem(name);
    let draft: StorageValue<DraftData> | null = null;
    if (raw !== null) {
      try {
        const stored = JSON.parse(raw) as StorageValue<unknown>;
        draft = { state: migrateDraft(stored.state, stored.version ?? 0), version: STORE_VERSION };
      } catch {
        setAside(name, raw);
      }
    }
    refreshUnreadable();
    return draft;
  },
  setItem: (name, value) => {
    if (isHeld()) useStorageStatus.setState({ save: { kind: 'failed', reason: 'unavailable' } });
    else jsonStorage.setItem(name, value);
  },
  removeItem: (name) => {
    if (!isHeld()) safeStorage.removeItem(name);
  },
};

export const useDraft = create<DraftState>()(
  persist(
    (set) => ({
      ...emptyDraft(),
      start: (answers, { fromExample: example = false } = {}) => {
        const point = example ? fromExample(answers) : { answers, examplePaths: [] };
        set({
          answers: point.answers,
          progress: everyPart(example ? 'toCheck' : 'notStarted'),
          started: true,
          pageDrafts: {},
          exampleAnswers: point.examplePaths,
        });
      },
      saveAnswers: (answers, part, confirmed) =>
        set((state) => ({
          answers,
          started: true,
          progress:
            state.progress[part] === 'notStarted' || state.progress[part] === 'toCheck'
              ? { ...state.progress, [part]: 'inProgress' }
              : state.progress,
          exampleAnswers: stillExample(state.exampleAnswers, state.answers, answers, confirmed),
        })),
      setPageDraft: (pageId, values) =>
        set((state) => {
          const others = Object.fromEntries(Object.entries(state.pageDrafts).filter(([id]) => id !== pageId));
          return {
            pageDrafts: values === undefined ? others : { ...others, [pageId]: values },
            started: true,
          };
        }),
      setPartStatus: (part, status, confirmed) =>
        set((state) => ({
          progress: { ...state.progress, [part]: status },
          exampleAnswers: stillExample(state.exampleAnswers, state.answers, state.answers, confirmed),
        })),
      setDocumentLanguage: (language) =>
        set((state) => {
          const answers = { ...state.answers, policy: { ...state.answers.policy, language } };
          return { answers, exampleAnswers: stillExample(state.exampleAnswers, state.answers, answers) };
        }),
      reset: () => set(emptyDraft()),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: checkedStorage,
      partialize: ({ answers, progress, started, pageDrafts, exampleAnswers }) => ({
        answers,
        progress,
        started,
        pageDrafts,
        exampleAnswers,
      }),
    },
  ),
);
