import type { BlockContent, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { ClauseEdit, DocumentWording, OwnClause } from '@/domain/answers';
import { lockReason } from './locked-clauses';
import { nodeText } from './text';
import { hasMark } from './tree-data';

/**
 * The user's own wording, applied to the rendered policy before its headings are numbered: clauses
 * left out, clauses reworded, clauses and sections of her own added. Pure: it takes the tree and
 * her wording and returns a new tree with what became of each edit, so the app can say which edit
 * no longer finds its clause (never dropped silently) and which clause's standard wording has
 * changed since she edited it.
 *
 * A clause is a heading that carries a `clauseId` (see clause-ids.ts) with everything after it up
 * to the next heading of its level or above: for a section (level 1), its introduction; for a
 * subsection (level 2), its text and any level-3 headings in it.
 */

export interface WordingReport {
  /** Edits and added clauses whose clause isn't in this policy (any more). */
  orphaned: { edits: string[]; added: string[] };
  /** Edited clauses whose standard wording now reads differently from when they were edited. */
  stale: { id: string; before: string; now: string }[];
  /** Clauses she asked to leave out that the law makes the policy keep (locked-clauses.ts): kept. */
  locked: string[];
}

export interface EditedTree {
  root: Root;
  report: WordingReport;
}

interface Span {
  id: string;
  depth: number;
  /** Index of the heading in `root.children`. */
  start: number;
  /** Index after the clause's last node. */
  end: number;
}

/** Every clause of the tree, in order. */
export function clauseSpans(root: Root): Span[] {
  const spans: Span[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth > 2) return;
    const open = spans.at(-1);
    if (open && open.end === -1) open.end = index;
    const id = node.data?.clauseId;
    spans.push({ id: id ?? '', depth: node.depth, start: index, end: -1 });
  });
  const last = spans.at(-1);
  if (last && last.end === -1) last.end = root.children.length;
  return spans.filter((span) => span.id !== '');
}

const markdownOptions: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  // Cells unpadded: the text she edits is the text, not columns lined up with spaces.
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
};

/** A clause's text (without its heading) as Markdown, white space tidied: what an edit remembers. */
export function clauseMarkdown(nodes: readonly RootContent[]): string {
  // The standard wording is the complete one: a clause's short wording (`:::short`) is not part of it.
  const complete = nodes.filter((node) => !hasMark(node, 'short'));
  if (complete.length === 0) return '';
  return toMarkdown({ type: 'root', children: complete }, markdownOptions).trim();
}

/** A clause of the standard wording, as the editing view lists it. */
export interface StandardClause {
  id: string;
  depth: number;
  /** Its heading as the template words it, without a number. */
  title: string;
  /** Its text as Markdown: what the editor starts from, and what an edit remembers it replaced. */
  standard: string;
}

/** The clauses of a rendered body before the user's wording (see `renderPolicy`'s `clauses`). */
export function standardClauses(root: Root): StandardClause[] {
  return clauseSpans(root).map(({ id, depth, start, end }) => ({
    id,
    depth,
    title: nodeText(root.children[start]!),
    standard: clauseMarkdown(root.children.slice(start + 1, end)),
  }));
}

const sameWording = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The user's text as policy blocks: paragraphs, lists, tables (as the standard wording has them),
 * bold and italics. Anything else she may
 * type (raw HTML, a heading, a link, code) stays as the text she typed, so her words are printed
 * as words and never become markup in any writer.
 */
export function userBlocks(text: string): BlockContent[] {
  if (text.trim() === '') return [];
  const parsed = fromMarkdown(text, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  }).children;
  return parsed.flatMap((node) => block(node, text));
}

function source(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, text: string) {
  const { start, end } = node.position ?? { start: {}, end: {} };
  return start.offset === undefined || end.offset === undefined ? '' : text.slice(start.offset, end.offset);
}

function block(node: RootContent, text: string): BlockContent[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: node.children.flatMap((child) => inline(child, text)) }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered ?? false,
          spread: false,
          children: node.children.map((item) => ({
            type: 'listItem',
            spread: false,
            children: item.children.flatMap((child) => block(child, text)),
          })),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          align: node.align,
          children: node.children.map((row) => ({
            type: 'tableRow',
            children: row.children.map((cell) => ({
              type: 'tableCell',
              children: cell.children.flatMap((child) => inline(child, text)),
            })),
          })),
        },
      ];
    case 'blockquote':
      return node.children.flatMap((child) => block(child, text));
    case 'thematicBreak':
      return [];
    default: {
      // A heading, code, HTML, a definition: printed as typed.
      const typed = source(node, text).trim();
      return typed ? [{ type: 'paragraph', children: [{ type: 'text', value: typed }] }] : [];
    }
  }
}

function inline(node: PhrasingContent, text: string): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      // A line break inside a paragraph is a space in Markdown; writers get one line of text.
      return [{ type: 'text', value: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') }];
    case 'strong':
    case 'emphasis':
      return [{ type: node.type, children: node.children.flatMap((child) => inline(child, text)) }];
    case 'break':
      return [{ type: 'break' }];
    default:
      // Links, images, code and HTML: the characters she typed.
      return [{ type: 'text', value: source(node, text) }];
  }
}

const ownHeading = (own: OwnClause, depth: 1 | 2): Heading => ({
  type: 'heading',
  depth,
  data: { clauseId: own.id, own: true },
  children: [{ type: 'text', value: own.title.trim() }],
});

/**
 * Applies the user's wording to a rendered body. The input tree is not changed; without any edit
 * it is returned as it is (no copy: the preview renders at every key press).
 */
export function applyWording(input: Root, wording: DocumentWording): EditedTree {
  const report: WordingReport = { orphaned: { edits: [], added: [] }, stale: [], locked: [] };
  if (Object.keys(wording.edits).length === 0 && wording.added.length === 0) return { root: input, report };
  const root: Root = structuredClone(input);
  const known = new Set(clauseSpans(root).map((span) => span.id));

  // Rewordings first, then her own clauses, then what she left out: a clause she added after one
  // she later left out keeps its place instead of losing its anchor.
  const leftOut: string[] = [];
  for (const [id, edit] of Object.entries(wording.edits)) {
    if (!known.has(id)) report.orphaned.edits.push(id);
    else if (applyEdit(root, id, edit, report) === 'leave out') leftOut.push(id);
  }

  for (const own of wording.added) {
    const anchor = clauseSpans(root).find((span) => span.id === own.after);
    if (!anchor) {
      report.orphaned.added.push(own.id);
      continue;
    }
    // Without a title, her text continues the clause it follows (no empty numbered heading).
    const heading = own.title.trim() === '' ? [] : [ownHeading(own, own.level === 'section' ? 1 : 2)];
    // Marked as hers, so that the short version, which replaces a clause's text, keeps it.
    const text = userBlocks(own.text).map(
      (node) => ({ ...node, data: { ...node.data, own: true } }) as RootContent,
    );
    const nodes: RootContent[] = [...heading, ...text];
    root.children.splice(insertionPoint(root, anchor, own.level), 0, ...nodes);
  }

  for (const id of leftOut) {
    const span = clauseSpans(root).find((candidate) => candidate.id === id)!;
    // A section's introduction can be left out, never the section with its clauses.
    const from = span.depth === 1 ? span.start + 1 : span.start;
    root.children.splice(from, span.end - from);
  }
  return { root, report };
}

/** Rewords the clause, or says it is to be left out (after the added clauses have found their places). */
function applyEdit(root: Root, id: string, edit: ClauseEdit, report: WordingReport): 'leave out' | undefined {
  const span = clauseSpans(root).find((candidate) => candidate.id === id)!;
  const content = root.children.slice(span.start + 1, span.end);
  const now = clauseMarkdown(content);
  if (edit.standard !== '' && !sameWording(edit.standard, now))
    report.stale.push({ id, before: edit.standard, now });
  if (edit.action === 'omit') {
    if (!lockReason(id)) return 'leave out';
    report.locked.push(id);
    return undefined;
  }
  const heading = root.children[span.start] as Heading;
  if (edit.title.trim() !== '') heading.children = [{ type: 'text', value: edit.title.trim() }];
  root.children.splice(span.start + 1, span.end - span.start - 1, ...userBlocks(edit.text));
  return undefined;
}

/**
 * Where an added clause goes: right after its anchor clause. An added section goes after the
 * whole section its anchor is in, before the next section.
 */
function insertionPoint(root: Root, anchor: Span, level: OwnClause['level']): number {
  if (level !== 'section') return anchor.end;
  const next = root.children.findIndex(
    (node, index) => index > anchor.start && node.type === 'heading' && node.depth === 1,
  );
  return next === -1 ? root.children.length : next;
}
