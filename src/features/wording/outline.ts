import type { RootContent } from 'mdast';
import type { DocumentWording, OwnClause } from '@/domain/answers';
import type { PolicyDocument } from '@/document/render';
import { nodeText } from '@/document/text';
import { clauseSpans, type StandardClause } from '@/document/wording-edits';

/**
 * The policy as the editing view lists it: every clause of the standard wording in order, each
 * as the reader now sees it (number, heading, text from the edited body), with the user's own
 * clauses where they are printed. A clause she left out is not in the body; it is listed where
 * the standard wording has it, so she can find it and take it back.
 */

interface ItemBase {
  id: string;
  /** 1: a section; 2: a clause. */
  depth: number;
  /** The heading as printed, number first; for a clause left out, its standard title. */
  heading: string;
  /** The clause's text as printed (empty when left out). */
  nodes: RootContent[];
}

export type OutlineItem =
  | (ItemBase & {
      kind: 'standard';
      clause: StandardClause;
      /** `kept`: she asked to leave out a clause the law requires (from a file); the policy keeps it. */
      status: 'standard' | 'reworded' | 'omitted' | 'kept';
    })
  | (ItemBase & { kind: 'own'; own: OwnClause });

export function wordingOutline(document: PolicyDocument, wording: DocumentWording): OutlineItem[] {
  const standard = document.clauses ?? [];
  const body = document.body.children;
  const ownById = new Map(wording.added.map((own) => [own.id, own]));
  const items: OutlineItem[] = [];
  let next = 0;
  const omitted = (clause: StandardClause): OutlineItem => ({
    kind: 'standard',
    clause,
    status: 'omitted',
    id: clause.id,
    depth: clause.depth,
    heading: clause.title,
    nodes: [],
  });

  const locked = new Set(document.wording.locked);
  const orphaned = new Set(document.wording.orphaned.added);
  // Her clauses without a heading have no span: their text is printed at the end of the clause
  // they follow (applyWording). Listed after it, so she can still change or remove them.
  const untitled = (after: string): OutlineItem[] =>
    wording.added
      .filter((own) => own.after === after && own.title.trim() === '' && !orphaned.has(own.id))
      .map((own) => ({ kind: 'own', own, id: own.id, depth: 2, heading: '', nodes: [] }));

  for (const span of clauseSpans(document.body)) {
    const heading = body[span.start]!;
    const nodes = body.slice(span.start + 1, span.end);
    const own = heading.type === 'heading' && heading.data?.own ? ownById.get(span.id) : undefined;
    if (own) {
      items.push({ kind: 'own', own, id: own.id, depth: span.depth, heading: nodeText(heading), nodes });
      items.push(...untitled(own.id));
      continue;
    }
    const at = standard.findIndex((clause, index) => index >= next && clause.id === span.id);
    if (at === -1) continue; // Not a clause of the standard wording: nothing she can edit.
    for (const clause of standard.slice(next, at)) items.push(omitted(clause));
    next = at + 1;
    const clause = standard[at]!;
    const edit = wording.edits[clause.id];
    const kept = locked.has(clause.id);
    items.push({
      kind: 'standard',
      clause,
      // A section's heading stays when its introduction is left out; the intro is what went.
      status: kept ? 'kept' : edit?.action === 'omit' ? 'omitted' : edit ? 'reworded' : 'standard',
      id: clause.id,
      depth: clause.depth,
      heading: nodeText(heading),
      nodes: edit?.action === 'omit' && !kept ? [] : nodes,
    });
    items.push(...untitled(clause.id));
  }
  for (const clause of standard.slice(next)) items.push(omitted(clause));
  return items;
}
