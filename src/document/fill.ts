import type { Heading, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { formatDate, formatList } from './format';
import { joinFrench, spaceGuillemets } from './french';
import { parsePlaceholder, PLACEHOLDER_PATTERN, type Placeholder } from './placeholder';
import { lookupPath, termGroupOf, type Scope } from './scope';
import { ISO_DATE } from './scope';
import { bundleLanguageTag } from './template';

/**
 * Fills the placeholders of a parsed section with answers. Only text nodes are touched, and a
 * filled value stays inside its text node, so an answer can never become Markdown, HTML or Word
 * markup, whatever it contains.
 */

export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

function labelOf(scope: Scope, path: string, id: string): string {
  const group = termGroupOf(path);
  if (!group) throw new PlaceholderError(`${path} is not a choice, so it has no label`);
  return scope.bundle.terms[group][id] ?? id;
}

function valueText(scope: Scope, { fn, path }: Placeholder): string {
  const value = lookupPath(scope, path);
  if (value === undefined) throw new PlaceholderError(`{{${path}}} names no answer`);
  // en-GB or en-US: the bundle is already the organisation's own English (see dialect.ts).
  const language = bundleLanguageTag(scope.bundle);
  const asList = (): string[] => {
    if (!Array.isArray(value)) throw new PlaceholderError(`{{${fn} ${path}}} needs a list`);
    const items = value.map((item) =>
      typeof item === 'string' ? (termGroupOf(path) ? labelOf(scope, path, item) : item) : '',
    );
    return items.filter(Boolean);
  };
  switch (fn) {
    case 'count':
      if (!Array.isArray(value)) throw new PlaceholderError(`{{count ${path}}} needs a list`);
      return String(value.length);
    case 'list':
      return formatList(asList(), language);
    case 'label':
      if (Array.isArray(value)) return formatList(asList(), language);
      return typeof value === 'string' && value !== '' ? labelOf(scope, path, value) : '';
    case 'date':
      if (typeof value !== 'string') throw new PlaceholderError(`{{date ${path}}} needs a date`);
      return ISO_DATE.test(value) ? formatDate(value, language) : '';
    case undefined:
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      throw new PlaceholderError(`{{${path}}} is not text: use label, list, date or count`);
  }
}

export function fillText(text: string, scope: Scope): string {
  if (!text.includes('{{')) return text;
  if (text.replace(PLACEHOLDER_PATTERN, '').includes('{{'))
    throw new PlaceholderError(`unclosed placeholder in "${text}"`);
  const french = scope.bundle.locale === 'fr';
  let out = '';
  let last = 0;
  // The template's text after a value, less a full stop the value already ends with ("Acme Inc.").
  const following = (end: number) => {
    const chunk = text.slice(last, end);
    return out.endsWith('.') && chunk.startsWith('.') ? chunk.slice(1) : chunk;
  };
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const placeholder = parsePlaceholder(match[1] ?? '');
    const answer = valueText(scope, placeholder);
    const value = answer || (placeholder.fallback ?? scope.bundle.strings.missing);
    const before = out + following(match.index);
    // French contracts "de le …" into "du …", "de Ateliers" into "d'Ateliers", and keeps
    // « guillemets » an answer holds together with their words (french.ts).
    const joined = french ? joinFrench(before, answer ? spaceGuillemets(value) : value) : { before, value };
    out = joined.before + joined.value;
    last = match.index + match[0].length;
  }
  return out + following(text.length);
}

type Node = Root | RootContent;

/** A filled copy of a parsed template node: the parsed template itself is cached and never changed. */
export function fillNode<T extends Node>(node: T, scope: Scope): T {
  if (node.type === 'text') return { ...node, value: fillText(node.value, scope) };
  if ('children' in node) return { ...node, children: node.children.map((child) => fillNode(child, scope)) };
  return { ...node };
}

declare module 'mdast' {
  interface HeadingData {
    /**
     * The number `numberHeadings` wrote before the heading's text, "3." or "3.2". The Word file
     * numbers its headings from a list linked to the heading styles, so that they renumber as the
     * document is edited in Word; it writes the text without the number (`headingTextWithoutNumber`).
     */
    number?: string;
  }
}

/** Between a heading's number and its text, as Word's heading list writes it too (index.ts). */
const AFTER_NUMBER = ' ';

/**
 * Writes "3." before main headings and "3.2" before subheadings, counting what is rendered, and
 * records the number in the heading's `data` for writers that number headings themselves.
 */
export function numberHeadings(root: Root): void {
  let section = 0;
  let subsection = 0;
  for (const node of root.children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    if (node.depth === 1) {
      section += 1;
      subsection = 0;
    } else {
      subsection += 1;
    }
    const number = node.depth === 1 ? `${section}.` : `${section}.${subsection}`;
    node.data = { ...node.data, number };
    prefix(node, number + AFTER_NUMBER);
  }
}

function prefix(heading: Heading, number: string): void {
  const first = heading.children[0];
  if (first?.type === 'text') first.value = number + first.value;
  else heading.children.unshift({ type: 'text', value: number } satisfies Text);
}

/** A heading's text less the number `numberHeadings` wrote before it: exactly what it wrote, never a guess. */
export function headingTextWithoutNumber(heading: Heading): PhrasingContent[] {
  const number = heading.data?.number;
  if (number === undefined) return heading.children;
  const written = number + AFTER_NUMBER;
  const [first, ...rest] = heading.children;
  if (first?.type !== 'text' || !first.value.startsWith(written))
    throw new Error(`The heading numbered ${number} no longer starts with its number`);
  return first.value === written ? rest : [{ ...first, value: first.value.slice(written.length) }, ...rest];
}

/**
 * Table cells are labels: each starts with a capital, as a label in a table does ("Jura", not
 * "jura", when a role's name is written for the middle of a sentence). Addresses, handles and
 * links keep their case ("@acme", "linkedin.com/company/acme", "ida@acme.example").
 */
export function capitaliseTableCells(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    for (const row of node.children)
      for (const cell of row.children) {
        const first = cell.children[0];
        if (first?.type !== 'text') continue;
        const word = first.value.trimStart().split(/\s/)[0] ?? '';
        if (/[@/]|\.\w/.test(word)) continue;
        first.value = first.value.replace(
          /^(\s*)(\p{Ll})/u,
          (_, space: string, letter: string) => space + letter.toUpperCase(),
        );
      }
  }
}
