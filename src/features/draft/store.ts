import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { answersSchema, defaultAnswers, PARTS, type Answers, type Part } from '@/domain/answers';
import type { Locale } from '@/document/template';
import { isHeld, refreshUnreadable, safeStorage, setAside, useStorageStatus } from './storage';

/**
 * The one store of the app: the answers being written and how far each part has come,
 * persisted in this browser only. Components read it through narrow selectors.
 */

export type PartStatus = 'notStarted' | 'inProgress' | 'completed';

export interface DraftData {
  answers: Answers;
  progress: Record<Part, PartStatus>;
  /** Whether a draft exists: the start page offers "continue" only then. */
  started: boolean;
  /** What was typed on a page but not yet confirmed with Continue, by page id, so a reload keeps it. */
  pageDrafts: Record<string, unknown>;
}

interface DraftActions {
  /** Starts a new policy (or one from an example), written in the given language. */
  start: (answers: Answers) => void;
  /** Replaces the answers after a page's Continue, marking its part in progress. */
  saveAnswers: (answers: Answers, part: Part) => void;
  setPartStatus: (part: Part, status: PartStatus) => void;
  setPageDraft: (pageId: string, values: unknown) => void;
  setDocumentLanguage: (locale: Locale) => void;
  reset: () => void;
}

export type DraftState = DraftData & DraftActions;

export const STORAGE_KEY = 'policy-builder-draft';
export const STORE_VERSION = 1;

const noProgress = (): Record<Part, PartStatus> =>
  Object.fromEntries(PARTS.map((part) => [part, 'notStarted'])) as Record<Part, PartStatus>;

export const emptyDraft = (): DraftData => ({
  answers: defaultAnswers(),
  progress: noProgress(),
  started: false,
  pageDrafts: {},
});

/**
 * Turns whatever was saved, by any version, into today's DraftData, or throws. Version 1 is the
 * first; a later version adds a case here (and a test) for each older shape it must still read.
 */
export function migrateDraft(persisted: unknown, version: number): DraftData {
  if (version !== STORE_VERSION)
    throw new Error(`saved by an unknown version (${version}) of Policy Builder`);
  const data = persisted as Partial<DraftData> | null;
  if (!data || typeof data !== 'object') throw new Error('the saved draft is empty');
  const answers = answersSchema().parse(data.answers ?? {});
  const progress = noProgress();
  for (const part of PARTS) {
    const status = data.progress?.[part];
    if (status === 'inProgress' || status === 'completed') progress[part] = status;
  }
  const pageDrafts = data.pageDrafts && typeof data.pageDrafts === 'object' ? data.pageDrafts : {};
  return { answers, progress, started: Boolean(data.started), pageDrafts };
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
      start: (answers) => set({ answers, progress: noProgress(), started: true, pageDrafts: {} }),
      saveAnswers: (answers, part) =>
        set((state) => ({
          answers,
          started: true,
          progress:
            state.progress[part] === 'notStarted'
              ? { ...state.progress, [part]: 'inProgress' }
              : state.progress,
        })),
      setPageDraft: (pageId, values) =>
        set((state) => {
          const others = Object.fromEntries(Object.entries(state.pageDrafts).filter(([id]) => id !== pageId));
          return {
            pageDrafts: values === undefined ? others : { ...others, [pageId]: values },
            started: true,
          };
        }),
      setPartStatus: (part, status) => set((state) => ({ progress: { ...state.progress, [part]: status } })),
      setDocumentLanguage: (language) =>
        set((state) => ({ answers: { ...state.answers, policy: { ...state.answers.policy, language } } })),
      reset: () => set(emptyDraft()),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: checkedStorage,
      partialize: ({ answers, progress, started, pageDrafts }) => ({
        answers,
        progress,
        started,
        pageDrafts,
      }),
    },
  ),
);
