import type { ListItem, Parent, Root, RootContent, Text } from 'mdast';
import { hasMark } from './tree-data';
import { nodeText } from './text';
import { clauseSpans } from './wording-edits';

/**
 * The template's explanations (why a rule is there, background, examples) as marks on the tree,
 * and the compact policy that leaves them out: whole blocks in `:::more` … `:::end`, sentences in
 * `{-` … `-}`. A mark is set where the template is parsed and travels with the node, so the user's
 * own wording, which replaces a clause's nodes, is never shortened.
 */

type Markable = Extract<RootContent, { type: 'paragraph' | 'list' | 'listItem' | 'table' }>;

/**
 * Marks the paragraphs, tables, lists and list items that `explanationLines` (the 1-based lines
 * of the expanded Markdown from inside a `:::more`) hold. Needs the parser's source positions.
 */
export function markExplanations(nodes: readonly RootContent[], explanationLines: ReadonlySet<number>): void {
  if (explanationLines.size === 0) return;
  for (const node of nodes) {
    if (node.type === 'list') {
      const items = node.children.filter((item) => isExplanation(item, explanationLines));
      for (const item of items) mark(item);
      if (items.length === node.children.length) mark(node);
    } else if (isExplanation(node, explanationLines)) {
      if (node.type !== 'paragraph' && node.type !== 'table')
        throw new Error(
          `:::more holds paragraphs, list items and tables, not a ${node.type}: "${snippet(node)}"`,
        );
      mark(node);
    }
  }
}

/**
 * Marks the paragraphs, lists and tables that `shortLines` (the lines from inside a `:::short`)
 * hold: a clause's rules in few words, which the compact policy prints instead of its other text.
 */
export function markShortWording(nodes: readonly RootContent[], shortLines: ReadonlySet<number>): void {
  if (shortLines.size === 0) return;
  for (const node of nodes) {
    const start = node.position?.start.line ?? 0;
    // Whole blocks: the expanded Markdown has a BLOCK_BREAK on each side of a short wording.
    if (!shortLines.has(start)) continue;
    if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table')
      throw new Error(`:::short holds paragraphs, lists and tables, not a ${node.type}: "${snippet(node)}"`);
    node.data = { ...node.data, short: true };
  }
}

const SPAN_OPEN = '{-';
const SPAN_CLOSE = '-}';

/**
 * Splits each text holding `{-` … `-}` into the text around and the explanation inside, marked,
 * without the braces. A span lies within one text: no formatting or line of another block in it.
 */
export function markExplanationSpans(nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    if (!('children' in node)) continue;
    const parent = node as Parent;
    parent.children = parent.children.flatMap((child) =>
      child.type === 'text' && (child.value.includes(SPAN_OPEN) || child.value.includes(SPAN_CLOSE))
        ? splitSpans(child)
        : [child],
    ) as Parent['children'];
    markExplanationSpans(parent.children as RootContent[]);
  }
}

function splitSpans(text: Text): Text[] {
  const parts: Text[] = [];
  let rest = text.value;
  while (rest !== '') {
    const open = rest.indexOf(SPAN_OPEN);
    const close = rest.indexOf(SPAN_CLOSE);
    if (open === -1 && close === -1) {
      parts.push({ type: 'text', value: rest });
      break;
    }
    // Unopened, unclosed, or closed in another text (past bold or a line of another block).
    if (open === -1 || close < open)
      throw new Error(
        `a {- … -} explanation must open and close within one stretch of plain text: "${text.value.slice(0, 60)}"`,
      );
    if (open > 0) parts.push({ type: 'text', value: rest.slice(0, open) });
    parts.push({
      type: 'text',
      value: rest.slice(open + SPAN_OPEN.length, close),
      data: { explanation: true },
    });
    rest = rest.slice(close + SPAN_CLOSE.length);
  }
  return parts;
}

function isExplanation(node: RootContent, explanationLines: ReadonlySet<number>): boolean {
  const start = node.position?.start.line ?? 0;
  const end = node.position?.end.line ?? 0;
  const first = explanationLines.has(start);
  if (first !== explanationLines.has(end))
    throw new Error(
      `a ${node.type} starts ${first ? 'inside' : 'outside'} a :::more and ends ${first ? 'outside' : 'inside'} it` +
        ` (leave a blank line between them): "${snippet(node)}"`,
    );
  return first;
}

function mark(node: RootContent): void {
  (node as Markable).data = { ...node.data, explanation: true };
}

const snippet = (node: RootContent) => nodeText(node).slice(0, 60);

/**
 * The policy at the chosen length (a new root, sharing every node it keeps). Complete: the body as
 * it is, since the renderer leaves the short wordings out of it before filling them in. Compact,
 * from a body that holds both wordings: a clause with a short
 * wording keeps its heading and that wording alone; any other clause loses its explanations. A
 * clause the user reworded holds her text and no short wording, so it is printed as she wrote it,
 * and so is text she added at the end of a clause.
 */
export function atLength(root: Root, length: 'complete' | 'compact'): Root {
  if (length === 'complete') return root;
  const replaced = new Set<RootContent>();
  for (const { start, end } of clauseSpans(root)) {
    const body = root.children.slice(start + 1, end);
    const short = body.some((node) => hasMark(node, 'short'));
    if (short)
      for (const node of body) if (!hasMark(node, 'short') && !hasMark(node, 'own')) replaced.add(node);
  }
  const children = root.children.filter((node) => !replaced.has(node));
  return { ...root, children: withoutExplanations(children) };
}

function withoutExplanations<T extends RootContent | ListItem>(nodes: readonly T[]): T[] {
  let changed = false;
  const kept = nodes.flatMap((node): T[] => {
    if (hasMark(node, 'explanation')) {
      changed = true;
      return [];
    }
    if (!('children' in node)) return [node];
    const children = withoutExplanations(node.children as RootContent[]);
    if (children === node.children) return [node];
    changed = true;
    return [{ ...node, children } as T];
  });
  return changed ? kept : (nodes as T[]);
}
