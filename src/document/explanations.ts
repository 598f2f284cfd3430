import type { List, ListItem, Root, RootContent } from 'mdast';
import './tree-data';
import { nodeText } from './text';

/**
 * The template's `:::more` blocks (why a rule is there, background, examples) as marks on the
 * tree, and the compact policy that leaves them out. A mark is set where the template is parsed
 * and travels with the node, so the user's own wording, which replaces a clause's nodes, is never
 * shortened.
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

const explained = (node: RootContent | ListItem) => (node as Markable).data?.explanation === true;

/** The policy without its explanations: a new root, sharing every node it keeps. */
export function leaveOutExplanations(root: Root): Root {
  const children = root.children.flatMap((node): RootContent[] => {
    if (explained(node)) return [];
    if (node.type !== 'list' || !node.children.some(explained)) return [node];
    const list: List = { ...node, children: node.children.filter((item) => !explained(item)) };
    return [list];
  });
  return { ...root, children };
}
