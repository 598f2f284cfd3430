import type { Root, RootContent } from 'mdast';
import type { PolicyDocument } from './render';
import type { Locale } from './template';

/**
 * How easy the policy's prose is to read: LIX for Danish and French (Björnsson's index counts
 * letters, not syllables, so it holds across languages; under 40 is easy, everyday prose) and
 * Flesch Reading Ease for English (60 and over is plain English). Measured on the
 * running text – paragraphs and list items – not on headings or tables, which hold names,
 * addresses and labels rather than sentences.
 */

export interface Readability {
  words: number;
  sentences: number;
  /** LIX: words per sentence plus the percentage of words longer than six letters. */
  lix: number;
  /** Flesch Reading Ease, from an English syllable estimate; only meaningful for English. */
  flesch: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A sentence ends at . ! ? or a colon before a list, followed by a space or the end. */
const SENTENCE_END = /[.!?:](?=\s|$)/g;

function textOf(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as RootContent)).join('');
  return '';
}

/** The running text, one string per paragraph or list item. */
export function proseOf(body: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push(textOf(node));
      else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
        walk(node.children as RootContent[]);
    }
  };
  walk(body.children);
  return out.filter((text) => text.trim() !== '');
}

/** Vowel groups, less a silent final e: close enough for a document-level average. */
export function englishSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function measure(paragraphs: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let long = 0;
  let syllables = 0;
  for (const paragraph of paragraphs) {
    const found = paragraph.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    // A list item or a paragraph without a full stop still ends a sentence.
    sentences += Math.max(1, paragraph.trim().match(SENTENCE_END)?.length ?? 0);
    for (const word of found) {
      if (word.replace(/['’-]/g, '').length > 6) long += 1;
      syllables += englishSyllables(word);
    }
  }
  if (words === 0) return { words: 0, sentences: 0, lix: 0, flesch: 0 };
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    words,
    sentences,
    lix: round(words / sentences + (100 * long) / words),
    flesch: round(206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)),
  };
}

/** The policy's readability, and which score counts for its language. */
export function readabilityOf(document: PolicyDocument): Readability & { locale: Locale } {
  return { ...measure(proseOf(document.body)), locale: document.locale };
}
