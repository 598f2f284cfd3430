import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  answersSchema,
  defaultAnswers,
  PARTS,
  type Answers,
  type DocumentWording,
  type Part,
} from '@/domain/answers';
import type { Locale } from '@/document/template';
import type { PolicyLength } from '@/domain/options';
import { fromExample, sameValue } from '@/domain/example-start';
import { getPath } from '@/lib/path';
import { MOVED_PAGES } from '@/features/wizard/questions/moved';
import { mergeDrafts, sameDraft } from './merge';
import { isHeld, refreshUnreadable, safeStorage, setAside, useStorageStatus } from './storage';
import { isRecord } from '@/lib/records';

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
  /**
   * Makes the policy in another language. The answers stay in the language they were typed in
   * (`policy.answersLanguage`, set here the first time), and their free text is then asked for in
   * the new language (`translations.ts`).
   */
  setDocumentLanguage: (locale: Locale) => void;
  /** The complete policy or the compact one: a choice about the document, not an answer of any part. */
  setPolicyLength: (length: PolicyLength) => void;
  /** The free-text answers in one other language (the "Your answers in English" page). */
  saveTranslations: (locale: Locale, translations: Record<string, string>) => void;
  /**
   * Replaces the user's own wording of the policy in one language (the "Adjust the wording" page).
   * Not an answer of any part: no part's status changes, and no example answer is touched.
   */
  saveWording: (locale: Locale, wording: DocumentWording) => void;
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
  const pageDrafts = movedPageDrafts(
    data.pageDrafts && typeof data.pageDrafts === 'object' ? data.pageDrafts : {},
  );
  const exampleAnswers =
    version > 1 && Array.isArray(data.exampleAnswers)
      ? data.exampleAnswers.filter((path): path is string => typeof path === 'string')
      : [];
  return { answers, progress, started: Boolean(data.started), pageDrafts, exampleAnswers };
}

/**
 * Typing kept from a page that has since been merged into another (MOVED_PAGES) becomes typing on
 * that page, so nothing typed is lost. The pages' fields don't overlap, so the two drafts join
 * field by field; what the new page already holds wins. A page draft may hold only some of its
 * page's fields (the page fills in the rest from the answers).
 */
function movedPageDrafts(drafts: Record<string, unknown>): Record<string, unknown> {
  const moved = Object.entries(drafts).filter(([id]) => Object.hasOwn(MOVED_PAGES, id));
  if (moved.length === 0) return drafts;
  const result = Object.fromEntries(Object.entries(drafts).filter(([id]) => !Object.hasOwn(MOVED_PAGES, id)));
  for (const [id, draft] of moved) {
    const to = MOVED_PAGES[id]!;
    result[to] = joinDrafts(result[to], draft);
  }
  return result;
}

function joinDrafts(kept: unknown, added: unknown): unknown {
  if (kept === undefined) return added;
  if (!isRecord(kept) || !isRecord(added)) return kept;
  const joined = { ...kept };
  for (const [key, value] of Object.entries(added)) joined[key] = joinDrafts(kept[key], value);
  return joined;
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
 *
 * Other tabs of the app share the key. `synced` is the draft as this tab last read or wrote it:
 * when the stored text is no longer what this tab wrote, another tab has saved in between, and
 * the two are merged field by field (merge.ts) before anything is written.
 */
let synced: { text: string; draft: DraftData } | null = null;
/**
 * True while this tab takes in another tab's draft with nothing of its own to add: then it writes
 * nothing back. (An echo would be stale by the time it lands if the other tab saved again.)
 */
let takingTheirs = false;

function readDraft(raw: string): DraftData {
  const stored = JSON.parse(raw) as StorageValue<unknown>;
  return migrateDraft(stored.state, stored.version ?? 0);
}

const checkedStorage: PersistStorage<DraftData> = {
  getItem(name) {
    const raw = safeStorage.getItem(name);
    let draft: StorageValue<DraftData> | null = null;
    if (raw !== null) {
      try {
        const state = readDraft(raw);
        synced = { text: raw, draft: state };
        draft = { state, version: STORE_VERSION };
      } catch {
        setAside(name, raw);
      }
    }
    refreshUnreadable();
    return draft;
  },
  setItem: (name, value) => {
    if (takingTheirs) return;
    if (isHeld()) {
      useStorageStatus.setState({ save: { kind: 'failed', reason: 'unavailable' } });
      return;
    }
    let state = value.state;
    const stored = safeStorage.getItem(name);
    if (stored !== null && stored !== synced?.text) {
      try {
        state = mergeDrafts(synced?.draft ?? emptyDraft(), state, readDraft(stored));
      } catch {
        setAside(name, stored);
      }
    }
    const text = JSON.stringify({ state, version: STORE_VERSION });
    safeStorage.setItem(name, text);
    synced = { text, draft: state };
    // What another tab saved is this tab's too now (the store writes it back: a no-op, as above).
    if (state !== value.state) useDraft.setState(state);
  },
  removeItem: (name) => {
    if (!isHeld()) safeStorage.removeItem(name);
  },
};

/** Another tab saved: its changes show here at once, merged with what this tab has changed since. */
function takeOtherTabsDraft(text: string | null): void {
  if (isHeld()) return;
  let theirs: DraftData;
  try {
    theirs = text === null ? emptyDraft() : readDraft(text);
  } catch {
    return; // This tab's next save sets it aside, as on a load.
  }
  const ours = pickData(useDraft.getState());
  const merged = synced ? mergeDrafts(synced.draft, ours, theirs) : theirs;
  synced = { text: text ?? '', draft: theirs };
  if (sameDraft(merged, ours)) return;
  takingTheirs = sameDraft(merged, theirs);
  try {
    useDraft.setState(merged);
  } finally {
    takingTheirs = false;
  }
}

const pickData = ({ answers, progress, started, pageDrafts, exampleAnswers }: DraftData): DraftData => ({
  answers,
  progress,
  started,
  pageDrafts,
  exampleAnswers,
});

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
          const { policy } = state.answers;
          const answersLanguage = policy.answersLanguage || policy.language;
          const answers = { ...state.answers, policy: { ...policy, language, answersLanguage } };
          return { answers, exampleAnswers: stillExample(state.exampleAnswers, state.answers, answers) };
        }),
      setPolicyLength: (length) =>
        set((state) => ({
          answers: { ...state.answers, policy: { ...state.answers.policy, length } },
          started: true,
        })),
      saveWording: (locale, wording) =>
        set((state) => ({
          answers: { ...state.answers, wording: { ...state.answers.wording, [locale]: wording } },
          started: true,
        })),
      saveTranslations: (locale, translations) =>
        set((state) => ({
          answers: {
            ...state.answers,
            translations: { ...state.answers.translations, [locale]: translations },
          },
          started: true,
        })),
      reset: () => set(emptyDraft()),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: checkedStorage,
      partialize: (state) => pickData(state),
    },
  ),
);

/**
 * Keeps this tab's draft in step with the app's other tabs, as they save (the app calls it once;
 * the returned function stops it). Another tab's edit shows here at once, merged field by field.
 */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY && event.storageArea === window.localStorage)
      takeOtherTabsDraft(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
