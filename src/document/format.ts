import type { Locale } from './template';

/**
 * The language a document is written in, as a BCP 47 tag for Word's spell-check and `<html lang>`.
 * A locale is a template folder (`templates/en/`); a tag is a locale as written in one country:
 * en-GB is the English template as written, en-US the same template in US English
 * (`templates/en/en-US.json`, applied by `dialect.ts`); the French template is written in
 * Canadian French, and fr-FR is the same template in European French (`templates/fr/fr-FR.json`).
 */
export const LANGUAGE_TAGS = ['da-DK', 'en-GB', 'en-US', 'fr-CA', 'fr-FR'] as const;
export type LanguageTag = (typeof LANGUAGE_TAGS)[number];

const LOCALE_TAG: Record<Locale, LanguageTag> = { da: 'da-DK', en: 'en-GB', fr: 'fr-CA' };

/** The tag of a template as written: da-DK, en-GB, fr-CA. */
export const languageTag = (locale: Locale): LanguageTag => LOCALE_TAG[locale];

export const isLanguageTag = (tag: string): tag is LanguageTag =>
  (LANGUAGE_TAGS as readonly string[]).includes(tag);

/** A locale or a tag, for callers that only know the template language (a locale means its own tag). */
export type Language = Locale | LanguageTag;

const tagOf = (language: Language): LanguageTag =>
  isLanguageTag(language) ? language : LOCALE_TAG[language];

/*
 * Dates and lists are spelled out here rather than with Intl: making a browser's first
 * Intl.ListFormat loads locale data and cost about 25 ms of a page load (100 ms on a slow
 * phone), and our own words give the same text in every browser, Node and ICU version.
 */
const MONTHS: Record<Locale, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** The English month names, January first (the dialect map rewrites "1 January" in template prose). */
export const ENGLISH_MONTHS = MONTHS.en;

const AND: Record<Locale, string> = { da: 'og', en: 'and', fr: 'et' };

/** The template language of a tag: en-US is English. */
const localeOf = (tag: LanguageTag): Locale => tag.slice(0, 2) as Locale;

/**
 * "1. marts 2027" / "1 March 2027" / "March 1, 2027" / "1er mars 2027", from YYYY-MM-DD: no time
 * zone can shift the day. A bare locale means its own tag (en → en-GB).
 */
export function formatDate(iso: string, language: Language): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const tag = tagOf(language);
  const monthName = MONTHS[localeOf(tag)][month - 1] ?? '';
  switch (tag) {
    case 'da-DK':
      return `${day}. ${monthName} ${year}`;
    case 'en-GB':
      return `${day} ${monthName} ${year}`;
    case 'en-US':
      return `${monthName} ${day}, ${year}`;
    case 'fr-CA':
    case 'fr-FR':
      // French writes the first of the month as an ordinal ("1er"); the other days as numbers.
      return `${day === 1 ? '1er' : day} ${monthName} ${year}`;
  }
}

/**
 * "a, b og c" / "a, b and c" (British: no comma before "and") / "a, b, and c" (US: serial comma) /
 * "a, b et c".
 */
export function formatList(items: readonly string[], language: Language): string {
  if (items.length < 2) return items.join('');
  const tag = tagOf(language);
  const and = AND[localeOf(tag)];
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  const serialComma = tag === 'en-US' ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serialComma} ${and} ${items.at(-1)}`;
}

/** A colon after a label: French puts a non-breaking space before it ("Version : 1.0"). */
export const colon = (language: Language): string => (localeOf(tagOf(language)) === 'fr' ? '\u00a0:' : ':');
