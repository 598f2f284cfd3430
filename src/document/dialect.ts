import type { Answers } from '@/domain/answers';
import { ENGLISH_MONTHS, type LanguageTag } from './format';
import { PLACEHOLDER_PATTERN } from './placeholder';
import {
  bundleLanguageTag,
  type DialectMap,
  type DocumentStrings,
  type Terms,
  type TemplateBundle,
} from './template';

/**
 * Regional variants of a template language. The English template is written in British English;
 * a US organisation's policy is the same template in US English: the words of
 * `templates/en/en-US.json`, “double” quotation marks outside and ‘single’ inside, and
 * "January 4, 2027" dates. Only the template's own words change: section prose (placeholder
 * fallbacks included, never a placeholder's path or a `:::` line), terms.json labels and
 * document.json strings. Answers are filled in later, as text, so they stay as the user typed them.
 */

/** The language a policy is written in: its template language, as written in the organisation's country. */
export function documentLanguage(answers: Answers, bundle: TemplateBundle): LanguageTag {
  if (bundle.locale === 'en' && answers.organisation.country === 'US') return 'en-US';
  // The French template is Quebec French, as North America writes it; an organisation in Europe
  // (France, Belgium or Luxembourg, or a Danish or British one writing in French) reads European French.
  const inEurope = ['DK', 'EU', 'UK'].includes(answers.organisation.country);
  if (bundle.locale === 'fr' && bundleLanguageTag(bundle) === 'fr-CA' && inEurope) return 'fr-FR';
  return bundleLanguageTag(bundle);
}

const variants = new WeakMap<TemplateBundle, Map<LanguageTag, TemplateBundle>>();

/**
 * The bundle rewritten into a variant of its language, made once per bundle and tag (the live
 * preview renders on every keystroke). The bundle itself comes back for its own tag.
 */
export function bundleFor(bundle: TemplateBundle, tag: LanguageTag): TemplateBundle {
  if (tag === bundleLanguageTag(bundle)) return bundle;
  let byTag = variants.get(bundle);
  if (!byTag) {
    byTag = new Map();
    variants.set(bundle, byTag);
  }
  let variant = byTag.get(tag);
  if (!variant) {
    variant = rewriteBundle(bundle, tag);
    byTag.set(tag, variant);
  }
  return variant;
}

function rewriteBundle(bundle: TemplateBundle, tag: LanguageTag): TemplateBundle {
  if (!((tag === 'en-US' && bundle.locale === 'en') || (tag === 'fr-FR' && bundle.locale === 'fr')))
    throw new Error(`The ${bundle.locale} template has no ${tag} variant`);
  // Without a word map (a custom template) the dates, lists and quotation marks still follow the tag.
  const map = bundle.dialects?.[tag] ?? { words: {} };
  const rewrite = tag === 'fr-FR' ? europeanFrench(map) : prose(map);
  const mapValues = <T extends Record<string, string>>(values: T): T =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, rewrite(value)])) as T;
  return {
    ...bundle,
    languageTag: tag,
    sections: bundle.sections.map((section) => ({
      ...section,
      source: rewriteSection(section.source, rewrite),
    })),
    annexes: bundle.annexes?.map((annex) => ({ ...annex, source: rewriteSection(annex.source, rewrite) })),
    ...(bundle.summary
      ? { summary: { ...bundle.summary, source: rewriteSection(bundle.summary.source, rewrite) } }
      : {}),
    terms: Object.fromEntries(
      Object.entries(bundle.terms).map(([group, labels]) => [group, mapValues(labels)]),
    ) as Terms,
    strings: { ...mapValues(bundle.strings), fileName: bundle.strings.fileName } satisfies DocumentStrings,
  };
}

/** Every run of lines between `:::` lines is rewritten as one text, so a phrase may wrap. */
export function rewriteSection(source: string, rewrite: (text: string) => string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) out.push(rewrite(run.join('\n')));
    run = [];
  };
  for (const line of lines) {
    if (/^\s*:::/.test(line)) {
      flush();
      out.push(line);
    } else {
      run.push(line);
    }
  }
  flush();
  return out.join('\n');
}

interface Segment {
  text: string;
  /** Text that must come through unchanged: a placeholder's path, a URL, inline code. */
  fixed: boolean;
}

/**
 * Placeholders, link targets, bare URLs, inline code and clause ids (`{#roles.inquiries}`, the
 * same in every language): never rewritten (a placeholder's fallback is).
 */
const FIXED = new RegExp(
  [
    PLACEHOLDER_PATTERN.source,
    String.raw`\]\([^)]*\)`,
    String.raw`https?://[^\s)>\]]+`,
    '`[^`]*`',
    String.raw`\{#[a-z0-9.-]+\}`,
  ].join('|'),
  'g',
);

function segments(text: string): Segment[] {
  const result: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(FIXED)) {
    const start = match.index;
    if (start > last) result.push({ text: text.slice(last, start), fixed: false });
    const whole = match[0];
    const fallback = whole.startsWith('{{') ? /^(\{\{.*?\?\?\s*)(.*?)(\s*\}\})$/s.exec(whole) : null;
    if (fallback) {
      result.push({ text: fallback[1] ?? '', fixed: true });
      result.push({ text: fallback[2] ?? '', fixed: false });
      result.push({ text: fallback[3] ?? '', fixed: true });
    } else {
      result.push({ text: whole, fixed: true });
    }
    last = start + whole.length;
  }
  if (last < text.length) result.push({ text: text.slice(last), fixed: false });
  return result;
}

/** The whole rewrite of a piece of template prose into US English. */
export function prose(map: DialectMap): (text: string) => string {
  const words = wordRewriter(map);
  return (text) => {
    const parts = segments(text).map((part) =>
      part.fixed ? part : { ...part, text: usDashes(usDates(words(part.text))) },
    );
    return usQuotes(parts)
      .map((part) => part.text)
      .join('');
  };
}

/**
 * The French template's own words in European French: the words of `templates/fr/fr-FR.json`,
 * and a narrow no-break space before ; ! and ? as well as before the colon (Quebec sets none).
 */
export function europeanFrench(map: DialectMap): (text: string) => string {
  const words = wordRewriter(map);
  return (text) =>
    segments(text)
      .map((part) => (part.fixed ? part.text : frenchSpacing(words(part.text))))
      .join('');
}

const NARROW_NBSP = '\u202f';
const frenchSpacing = (text: string) =>
  text.replace(/(?<=[\p{L}\p{N}»)*’])[ \u00a0]?([;!?])(?=\s|$|[)»*])/gu, `${NARROW_NBSP}$1`);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words and phrases; a phrase may wrap over a line break and the longest one wins. One pass
 * over the words with map look-ups: a regular expression of a thousand alternatives took half a
 * second per template, too slow for the first US preview.
 */
function wordRewriter({ words }: DialectMap): (text: string) => string {
  const single = new Map<string, string>();
  const phrases = new Map<string, { key: string; pattern: RegExp }[]>();
  for (const key of Object.keys(words).sort((a, b) => b.length - a.length)) {
    const first = /^\p{L}+/u.exec(key)?.[0] ?? key;
    if (first === key) {
      single.set(key.toLowerCase(), key);
      continue;
    }
    const pattern = new RegExp(
      escape(key).replace(/ /g, String.raw`\s+`) + String.raw`(?![\p{L}\p{N}_])`,
      'iuy',
    );
    const list = phrases.get(first.toLowerCase()) ?? [];
    list.push({ key, pattern });
    phrases.set(first.toLowerCase(), list);
  }
  const replace = (key: string, found: string): string => {
    const spaced = found.replace(/\s+/g, ' ');
    const replacement = words[key] ?? found;
    if (key !== key.toLowerCase()) return spaced === key ? replacement : found;
    return matchCase(spaced, replacement);
  };
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(/\p{L}+/gu)) {
      const start = match.index;
      if (start < last || /[\p{N}_]/u.test(text.charAt(start - 1))) continue;
      const word = match[0];
      const lower = word.toLowerCase();
      let found: string | undefined;
      let key: string | undefined;
      for (const phrase of phrases.get(lower) ?? []) {
        phrase.pattern.lastIndex = start;
        const hit = phrase.pattern.exec(text);
        if (hit) {
          found = hit[0];
          key = phrase.key;
          break;
        }
      }
      if (key === undefined && !/[\p{N}_]/u.test(text.charAt(start + word.length))) {
        key = single.get(lower);
        found = word;
      }
      if (key === undefined || found === undefined) continue;
      out += text.slice(last, start) + replace(key, found);
      last = start + found.length;
    }
    return out + text.slice(last);
  };
}

/** "ORGANISATION" → "ORGANIZATION", "Line manager" → "Manager", "organise" → "organize". */
function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

const MONTH = ENGLISH_MONTHS.join('|');
const BRITISH_DATE = new RegExp(
  String.raw`\b(\d{1,2})(?:\s|\u00a0)+(${MONTH})\b(?:(?:\s|\u00a0)+(\d{4})\b)?`,
  'g',
);

/** "1 January 2027" → "January 1, 2027", "on 1 January" → "on January 1". */
function usDates(text: string): string {
  return text.replace(BRITISH_DATE, (_whole, day: string, month: string, year?: string) =>
    year ? `${month} ${day}, ${year}` : `${month} ${day}`,
  );
}

/**
 * A spaced en dash between words – the British aside – becomes a closed em dash—the US one.
 * A dash alone in a table cell (`| – |`) and unspaced ranges (9–17) keep theirs.
 */
function usDashes(text: string): string {
  return text.replace(/(?<=[^\s|]) – (?=[^\s|])/g, '—');
}

interface OpenQuote {
  mark: 'single' | 'double';
  /** outer: a British ‘outer’ quote, written “outer”; inner: a “quote” nested in it, written ‘inner’; asIs: kept. */
  role: 'outer' | 'inner' | 'asIs';
  /** A hashtag or handle: punctuation after it stays outside. */
  literal: boolean;
}

const QUOTE_MARK = /[‘’“”]/;
const BLANK_LINE = /[^\S\n]*\n/y;
function blankLineAt(text: string, index: number): boolean {
  BLANK_LINE.lastIndex = index;
  return BLANK_LINE.test(text);
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * British quotation marks to US ones: ‘outer’ becomes “outer”, a “nested” quote inside it
 * becomes ‘nested’, and a full stop or comma right after a closing quote moves inside it
 * (unless the quote is a hashtag or handle, which the reader types as shown). A ’ between
 * letters (can’t) or with no quote open (employees’) is an apostrophe and stays. Quotes never
 * run past a blank line. Text that is fixed (placeholders) counts as words but is not changed.
 */
function usQuotes(parts: Segment[]): Segment[] {
  const whole = parts.map((part) => part.text).join('');
  const stack: OpenQuote[] = [];
  let offset = 0;
  return parts.map((part) => {
    const start = offset;
    offset += part.text.length;
    if (part.fixed || (stack.length === 0 && !QUOTE_MARK.test(part.text))) return part;
    let out = '';
    for (let i = 0; i < part.text.length; i++) {
      const char = part.text.charAt(i);
      const at = start + i;
      const next = whole.charAt(at + 1);
      if (char === '\n' && blankLineAt(whole, at + 1)) stack.length = 0;
      const top = stack.at(-1);
      const literal = next === '#' || next === '@';
      if (char === '‘') {
        const role = top ? 'asIs' : 'outer';
        stack.push({ mark: 'single', role, literal });
        out += role === 'outer' ? '“' : '‘';
      } else if (char === '“') {
        const role = top?.role === 'outer' ? 'inner' : 'asIs';
        stack.push({ mark: 'double', role, literal });
        out += role === 'inner' ? '‘' : '“';
      } else if (char === '’' && top?.mark === 'single' && !isWordChar(next)) {
        stack.pop();
        if (top.role !== 'outer') out += '’';
        else if ((next === '.' || next === ',') && !top.literal && i + 1 < part.text.length) {
          out += `${next}”`;
          i += 1;
        } else out += '”';
      } else if (char === '”' && top?.mark === 'double') {
        stack.pop();
        out += top.role === 'inner' ? '’' : '”';
      } else {
        out += char;
      }
    }
    return { ...part, text: out };
  });
}
