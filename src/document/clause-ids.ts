import type { Heading, RootContent } from 'mdast';

/**
 * Stable clause ids. A user's clause edits (leave out, reword, add) are saved against an id, not
 * against a heading's text or number: the text differs between Danish, English and French and is
 * rewritten for US English, and the number shifts whenever a condition adds or drops a clause.
 *
 * A template gives each `##` heading its id at the end of the line, `## Passwords {#security.passwords}`,
 * the same in every language. The marker is plain text to the Markdown parser, so it is taken out
 * of the heading right after parsing and kept in `data.clauseId`, where no writer prints it.
 */

/** `{#section.slug}` at the end of a heading's text, with the spaces before it. */
export const CLAUSE_ID_PATTERN = /\s*\{#([a-z0-9]+(?:[.-][a-z0-9]+)*)\}\s*$/;

/**
 * The id of a section's main heading: its file name less the number that orders it ('03-security'
 * → 'security'), so that reordering the files does not change the id. The templates write no
 * marker on `#` headings; the section's `##` ids begin with the same key.
 */
export function sectionClauseId(sectionFileId: string): string {
  return sectionFileId.replace(/^\d+-/, '');
}

/**
 * The nodes with every heading's `{#id}` marker moved from its text into `data.clauseId`. Pure:
 * changed headings (and the nodes holding them) are copies, every other node comes back as it was,
 * so this is safe on a tree that is cached or shared.
 */
export function takeClauseIds<T extends RootContent>(nodes: readonly T[]): T[] {
  return nodes.map((node) => takeFrom(node));
}

function takeFrom<T extends RootContent>(node: T): T {
  if (node.type === 'heading') return takeFromHeading(node) as T;
  if (!('children' in node)) return node;
  const children = node.children as RootContent[];
  const taken = takeClauseIds(children);
  return taken.some((child, index) => child !== children[index]) ? { ...node, children: taken } : node;
}

function takeFromHeading(heading: Heading): Heading {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return heading;
  const match = CLAUSE_ID_PATTERN.exec(last.value);
  if (!match?.[1]) return heading;
  const value = last.value.slice(0, match.index);
  // `## **Bold** {#id}` leaves an empty text node after the bold: drop it rather than keep "".
  const children = heading.children.slice(0, -1);
  if (value !== '') children.push({ ...last, value });
  return { ...heading, children, data: { ...heading.data, clauseId: match[1] } };
}

/**
 * A section's main heading with the section's id, unless it has one already. The heading is a
 * copy with its own `data`: the node it came from may share `data` with the cached parse.
 */
export function withSectionClauseId<T extends RootContent>(node: T, sectionFileId: string): T {
  if (node.type !== 'heading' || node.depth !== 1 || node.data?.clauseId) return node;
  return { ...node, data: { ...node.data, clauseId: sectionClauseId(sectionFileId) } };
}
