import type { Locale } from './template';

const LOCALE_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** The BCP 47 tag of a document language, as Word's spell-check and `<html lang>` want it. */
export const languageTag = (locale: Locale): string => LOCALE_TAG[locale];

// Intl formatters are slow to make and cheap to use: one of each per language.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();

/** "1. marts 2027" / "1 March 2027"; computed in UTC so the day never shifts with the time zone. */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "a, b og c" / "a, b and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(LOCALE_TAG[locale], { type: 'conjunction', style: 'long' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}
