import type { ClauseEdit, DocumentWording, OwnClause } from '@/domain/answers';
import type { StandardClause } from '@/document/wording-edits';

/**
 * The changes the "Adjust the wording" page makes to one language's wording, as pure functions:
 * each takes the wording and returns a new one, which the page saves whole (`saveWording`).
 */

/** Limits of the answers schema (answers.ts): a longer text would not survive a reload. */
export const TITLE_MAX = 300;
export const TEXT_MAX = 10_000;

export const EMPTY_WORDING: DocumentWording = { edits: {}, added: [] };

export const hasChanges = (wording: DocumentWording) =>
  Object.keys(wording.edits).length > 0 || wording.added.length > 0;

function withEdit(wording: DocumentWording, id: string, edit: ClauseEdit | undefined): DocumentWording {
  const edits = Object.fromEntries(Object.entries(wording.edits).filter(([key]) => key !== id));
  return { ...wording, edits: edit ? { ...edits, [id]: edit } : edits };
}

/** Leaves the clause out; what she may have typed for it before goes (she chose to drop it). */
export const omitClause = (wording: DocumentWording, clause: StandardClause): DocumentWording =>
  withEdit(wording, clause.id, { action: 'omit', title: '', text: '', standard: clause.standard });

/**
 * Her wording of a clause. A title left as the template words it is saved empty, so the clause
 * keeps the template's title (and any later correction of it) rather than a copy.
 */
export function rewordClause(
  wording: DocumentWording,
  clause: StandardClause,
  { title, text }: { title: string; text: string },
): DocumentWording {
  const ownTitle = title.trim() === clause.title.trim() ? '' : title.trim();
  return withEdit(wording, clause.id, {
    action: 'reword',
    title: ownTitle,
    text: text.trim(),
    standard: clause.standard,
  });
}

/** Back to the standard wording: the clause's edit goes, whatever it was (also an orphan's). */
export const resetClause = (wording: DocumentWording, id: string): DocumentWording =>
  withEdit(wording, id, undefined);

/** An edit kept as it is, now against the standard wording as it reads today. */
export function keepEdit(wording: DocumentWording, id: string, now: string): DocumentWording {
  const edit = wording.edits[id];
  return edit ? withEdit(wording, id, { ...edit, standard: now }) : wording;
}

/** A short id no other clause of hers has: "own-" and base-36 digits, valid as a clause id. */
export function newOwnId(wording: DocumentWording, random: () => number = Math.random): string {
  const taken = new Set(wording.added.map((own) => own.id));
  for (;;) {
    const id = `own-${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Her own clause after `after`. Right after the other clauses of hers that already follow it, so
 * a second "Add a clause after" lands below the first, as she reads the page.
 */
export function addClause(wording: DocumentWording, own: OwnClause): DocumentWording {
  // applyWording puts each added clause right after its anchor, in list order, so of two with one
  // anchor the later in the list comes first on the page: the new one goes before its siblings.
  const firstSibling = wording.added.findIndex((other) => other.after === own.after);
  const added = [...wording.added];
  added.splice(firstSibling === -1 ? added.length : firstSibling, 0, own);
  return { ...wording, added };
}

export function changeOwnClause(wording: DocumentWording, own: OwnClause): DocumentWording {
  return { ...wording, added: wording.added.map((other) => (other.id === own.id ? own : other)) };
}

export function removeOwnClause(wording: DocumentWording, id: string): DocumentWording {
  return { ...wording, added: wording.added.filter((own) => own.id !== id) };
}
