import { sameValue } from '@/domain/example-start';
import type { DraftData } from './store';
import { isRecord } from '@/lib/records';

/**
 * Two tabs editing one draft: a three-way merge, field by field. `base` is the draft as this tab
 * last saw it in storage, `ours` what this tab holds now, `theirs` what another tab has saved
 * since. A field this tab changed keeps this tab's value; every other field takes theirs. So the
 * last edit wins per field, never per draft: one tab's Continue never undoes another tab's
 * answer to a different question, and an idle tab never undoes anything.
 *
 * A field is a leaf of the answers (a list, such as the accounts, counts as one field: its items
 * have no identity to merge by; so does the logo, whose bytes, type and size belong together, and
 * one clause's edit in the user's own wording; her added clauses are a list, one field per language),
 * a part's status, one page's unconfirmed typing, and one answer's "example answer" mark.
 */
export function mergeDrafts(base: DraftData, ours: DraftData, theirs: DraftData): DraftData {
  return {
    answers: mergeFields(base.answers, ours.answers, theirs.answers) as DraftData['answers'],
    progress: pick(base.progress, ours.progress, theirs.progress, Infinity),
    started: ours.started !== base.started ? ours.started : theirs.started,
    pageDrafts: pick(base.pageDrafts, ours.pageDrafts, theirs.pageDrafts, 1),
    exampleAnswers: mergeMarks(base.exampleAnswers, ours.exampleAnswers, theirs.exampleAnswers),
  };
}

/**
 * A value merged whole, never key by key: a picture's bytes and its size must come from one file,
 * and a clause edit's action, title, text and the standard wording it replaced from one edit (one
 * tab's title over the other's text would be a clause neither wrote). Edits are still merged clause
 * by clause: two tabs that change different clauses keep both changes.
 */
const isWhole = (value: Record<string, unknown>) =>
  ('data' in value && 'mediaType' in value) || ('action' in value && 'standard' in value);

/** Ours where ours changed it, else theirs; plain objects are merged key by key. */
function mergeFields(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (isRecord(ours) && isRecord(theirs) && !isWhole(ours) && !isWhole(theirs))
    return pick(isRecord(base) ? base : {}, ours, theirs, Infinity);
  return sameValue(ours, base) ? theirs : ours;
}

/**
 * Merges two records key by key, `depth` levels down (1: each key's value is one field). Keys keep
 * our order, so a merge that changes nothing gives back exactly what we had.
 */
function pick<T extends Record<string, unknown>>(base: T, ours: T, theirs: T, depth: number): T {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const value =
      depth > 1
        ? mergeFields(base[key], ours[key], theirs[key])
        : sameValue(ours[key], base[key])
          ? theirs[key]
          : ours[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

/** Each mark is a field of its own: present or not. */
function mergeMarks(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const all = [...new Set([...ours, ...theirs, ...base])];
  return all.filter((path) =>
    ours.includes(path) !== base.includes(path) ? ours.includes(path) : theirs.includes(path),
  );
}

/** Same content, whatever the order of keys (JSON text from two tabs may order them differently). */
export function sameDraft(a: DraftData, b: DraftData): boolean {
  return canonical(a) === canonical(b);
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1))) : inner,
  );
