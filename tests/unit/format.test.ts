import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '@/document/format';

// Our own month names and list words stand in for Intl (see format.ts); Node's full ICU is the
// reference they must match, for every month and every list length the template produces.
const intlTag = { da: 'da-DK', en: 'en-GB' } as const;

describe.each(['da', 'en'] as const)('formatting in %s', (locale) => {
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
        expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
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
});

it('writes Danish dates with a day-number point and English ones without', () => {
  expect(formatDate('2027-03-01', 'da')).toBe('1. marts 2027');
  expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
});
