import { describe, expect, it } from 'vitest';
import { formatDate, formatList, isLanguageTag, languageTag } from '@/document/format';

// Our own month names and list words stand in for Intl (see format.ts); Node's full ICU is the
// reference they must match, for every month and every list length the template produces.
// A bare locale means the template's own language (en → en-GB); en-US is English for a US organisation.
const intlTag = {
  da: 'da-DK',
  en: 'en-GB',
  fr: 'fr-CA',
  'da-DK': 'da-DK',
  'en-GB': 'en-GB',
  'en-US': 'en-US',
  'fr-CA': 'fr-CA',
  'fr-FR': 'fr-FR',
} as const;
// Intl writes "1 mars"; French typography writes the first of the month as an ordinal, "1er mars".
const asWritten = (formatted: string, locale: keyof typeof intlTag) =>
  intlTag[locale].startsWith('fr') ? formatted.replace(/^1 /, '1er ') : formatted;

describe.each(['da', 'en', 'fr', 'da-DK', 'en-GB', 'en-US', 'fr-CA', 'fr-FR'] as const)(
  'formatting in %s',
  (locale) => {
    it('spells every month of the year as Intl does', () => {
      const intl = new Intl.DateTimeFormat(intlTag[locale], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const iso = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, locale)).toBe(asWritten(intl.format(new Date(`${iso}T00:00:00Z`)), locale));
        }
      }
    });

    it('joins lists of any length as Intl does', () => {
      const intl = new Intl.ListFormat(intlTag[locale], { type: 'conjunction', style: 'long' });
      const words = ['LinkedIn', 'Facebook', 'Instagram', 'TikTok', 'X'];
      for (let length = 0; length <= words.length; length++) {
        const items = words.slice(0, length);
        expect(formatList(items, locale)).toBe(intl.format(items));
      }
    });
  },
);

it('writes Danish dates with a day-number point and English ones without', () => {
  expect(formatDate('2027-03-01', 'da')).toBe('1. marts 2027');
  expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
});

it('writes the first of the month in French as an ordinal', () => {
  expect(formatDate('2027-03-01', 'fr')).toBe('1er mars 2027');
  expect(formatDate('2027-03-02', 'fr-CA')).toBe('2 mars 2027');
  expect(formatList(['LinkedIn', 'Facebook', 'X'], 'fr')).toBe('LinkedIn, Facebook et X');
});

it('writes US dates month first and US lists with the serial comma', () => {
  expect(formatDate('2027-01-04', 'en-US')).toBe('January 4, 2027');
  expect(formatDate('2027-01-04', 'en-GB')).toBe('4 January 2027');
  expect(formatList(['LinkedIn', 'Facebook', 'X'], 'en-US')).toBe('LinkedIn, Facebook, and X');
  expect(formatList(['LinkedIn', 'Facebook', 'X'], 'en-GB')).toBe('LinkedIn, Facebook and X');
  expect(formatList(['LinkedIn', 'X'], 'en-US')).toBe('LinkedIn and X');
});

it('knows a language tag from a locale', () => {
  expect(languageTag('da')).toBe('da-DK');
  expect(languageTag('en')).toBe('en-GB');
  expect(isLanguageTag('en-US')).toBe(true);
  expect(isLanguageTag('en')).toBe(false);
});
