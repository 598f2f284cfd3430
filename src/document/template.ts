import * as z from 'zod/mini';
import { type LANGUAGES, TERM_GROUPS, type TermGroup } from '@/domain/options';
import { once } from '@/lib/once';
import { isLanguageTag, languageTag, type LanguageTag } from './format';
import { ANNEX_IDS } from './annexes';
import { frenchTypography } from './french';

export type Locale = (typeof LANGUAGES)[number];

/** A text that must not be empty: one schema, shared by every such field (schemas are immutable). */
const text = once(() => z.string().check(z.minLength(1)));

/* The schemas below are built when a template is first read, not as the app starts. */
/** The words around the policy text (title block, footer …), from `templates/<locale>/document.json`. */
const documentStringsSchema = once(() =>
  z.strictObject({
    defaultTitle: text(),
    organisationFallback: text(),
    missing: text(),
    version: text(),
    effectiveDate: text(),
    owner: text(),
    nextReview: text(),
    contents: text(),
    approvedBy: text(),
    approvedOn: text(),
    classification: text(),
    /** An annex's heading: holds `{letter}` and `{title}` ("Annex A – Acknowledgement form"). */
    annexHeading: z.string().check(z.includes('{letter}'), z.includes('{title}')),
    /** The logo's text alternative; holds `{organisation}`. */
    logo: z.string().check(z.includes('{organisation}')),
    firstVersion: text(),
    /** Holds `{current}` and `{total}`, replaced by Word's page fields. */
    page: z.string().check(z.includes('{current}'), z.includes('{total}')),
    fileName: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  }),
);
export type DocumentStrings = z.infer<ReturnType<typeof documentStringsSchema>>;

/** Labels for every choice id, by term group: exactly the groups and ids of `TERM_GROUPS`. */
const termsSchema = once(() =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(TERM_GROUPS).map(([group, ids]) => [
        group,
        z.strictObject(Object.fromEntries(ids.map((id) => [id, text()]))),
      ]),
    ) as Record<TermGroup, z.ZodMiniObject<Record<string, z.ZodMiniString>>>,
  ),
);
export type Terms = Record<TermGroup, Record<string, string>>;

/**
 * The words of one regional variant of a template language, from `templates/<locale>/<tag>.json`
 * (`templates/en/en-US.json`): whole words and phrases of the template as written, each with its
 * replacement. A key in lower case matches any case ("Organisation" → "Organization"); a key with
 * capitals ("CV") matches only as written; a key mapped to itself keeps a phrase from a shorter
 * key ("public holiday" from "holiday").
 */
const WORD = /^[\p{L}](?:[\p{L}'’ -]*[\p{L}])?$/u;
const dialectMapSchema = once(() =>
  z.strictObject({
    /** What the file is, for its readers; not used. */
    about: z.optional(z.string()),
    words: z
      .record(
        z.string().check(z.regex(WORD, 'a key is a word or phrase: letters, spaces, hyphens, apostrophes')),
        text(),
      )
      .check(
        z.refine(
          (words) =>
            new Set(Object.keys(words).map((key) => key.toLowerCase())).size === Object.keys(words).length,
          'two keys differ only in case',
        ),
      ),
  }),
);
export type DialectMap = z.infer<ReturnType<typeof dialectMapSchema>>;

/** A variant's file name: `en-US.json` in `templates/en/`. */
const DIALECT_FILE = /^([a-z]{2})-([A-Z]{2})\.json$/;
export const isDialectFile = (fileName: string): boolean => DIALECT_FILE.test(fileName);

export interface TemplateSection {
  /** The file name without `.md`, e.g. `03-security`. */
  id: string;
  source: string;
}

/** One language's template, read from `templates/<locale>/`. */
export interface TemplateBundle {
  locale: Locale;
  /**
   * The language the bundle's words are written in: the locale's own tag (en-GB) as read, en-US once
   * `dialect.ts` has rewritten it. Absent in a bundle made by hand: then the locale's own tag.
   */
  languageTag?: LanguageTag;
  sections: TemplateSection[];
  /**
   * The annexes' texts (`annex-<id>.md`), each printed on its own page after the sections when
   * `annexes.ts` says the organisation has one. Absent in a bundle made by hand: no annexes.
   */
  annexes?: TemplateSection[];
  /** The policy on a page (`summary.md`). Absent in a bundle made by hand: no summary. */
  summary?: TemplateSection;
  terms: Terms;
  strings: DocumentStrings;
  /** Regional variants of this language by tag (`{ 'en-US': … }`), applied by `dialect.ts`. */
  dialects?: Partial<Record<LanguageTag, DialectMap>>;
}

/** The language a bundle's words are written in (see `TemplateBundle.languageTag`). */
export const bundleLanguageTag = (bundle: TemplateBundle): LanguageTag =>
  bundle.languageTag ?? languageTag(bundle.locale);

/** The raw files of one locale folder, by file name, as a loader found them. */
export type TemplateFiles = Record<string, string>;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Checks one locale's files and puts them in order; throws a TemplateError naming the bad file. */
export function bundleFromFiles(locale: Locale, files: TemplateFiles): TemplateBundle {
  const readJson = <T>(fileName: string, schema: z.ZodMiniType<T>): T => {
    const text = files[fileName];
    if (text === undefined) throw new TemplateError(`templates/${locale}/${fileName} is missing`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new TemplateError(`templates/${locale}/${fileName} is not valid JSON: ${String(error)}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
      throw new TemplateError(`templates/${locale}/${fileName}: ${problems.join('; ')}`);
    }
    return parsed.data;
  };

  const sections = Object.keys(files)
    .filter((name) => /^\d\d-[a-z0-9-]+\.md$/.test(name))
    .sort()
    .map((name) => ({ id: name.slice(0, -3), source: files[name] ?? '' }));
  if (sections.length === 0) throw new TemplateError(`templates/${locale}/ has no section files`);
  const annexes = ANNEX_IDS.map((id) => {
    const name = `annex-${id}.md`;
    const source = files[name];
    if (source === undefined) throw new TemplateError(`templates/${locale}/${name} is missing`);
    return { id: `annex-${id}`, source };
  });

  const summarySource = files['summary.md'];
  const summary = summarySource === undefined ? undefined : { id: 'summary', source: summarySource };

  const dialects: Partial<Record<LanguageTag, DialectMap>> = {};
  for (const fileName of Object.keys(files).filter(isDialectFile).sort()) {
    const tag = fileName.slice(0, -'.json'.length);
    if (!tag.startsWith(`${locale}-`) || !isLanguageTag(tag) || tag === languageTag(locale))
      throw new TemplateError(`templates/${locale}/${fileName}: ${tag} is not a known variant of ${locale}`);
    dialects[tag] = readJson(fileName, dialectMapSchema());
  }

  const terms = readJson('terms.json', termsSchema()) as Terms;
  const strings = readJson('document.json', documentStringsSchema());
  if (locale === 'fr')
    return {
      locale,
      languageTag: languageTag(locale),
      sections: sections.map((section) => ({ ...section, source: frenchTypography(section.source) })),
      annexes: annexes.map((annex) => ({ ...annex, source: frenchTypography(annex.source) })),
      ...(summary ? { summary: { ...summary, source: frenchTypography(summary.source) } } : {}),
      terms: mapTexts(terms, frenchTypography),
      strings: mapTexts(strings, frenchTypography),
      dialects,
    };
  return {
    locale,
    languageTag: languageTag(locale),
    sections,
    annexes,
    ...(summary ? { summary } : {}),
    terms,
    strings,
    dialects,
  };
}

/** The same nested object of texts, each text rewritten. */
function mapTexts<T>(value: T, rewrite: (text: string) => string): T {
  if (typeof value === 'string') return rewrite(value) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mapTexts(inner as unknown, rewrite)]),
    ) as T;
  return value;
}
