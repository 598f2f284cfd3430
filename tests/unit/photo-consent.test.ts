import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import type { Locale } from '@/document/template';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, TODAY } from '../support/templates';

/**
 * Who consents to a photo of a child is a rule of the country the organisation is in, in
 * whichever language its policy is written: the policy must state that country's rule once and
 * never another country's beside it.
 */

const policy = (organisation: Record<string, unknown>, locale: Locale) =>
  writeMarkdown(
    renderPolicy({
      answers: answersSchema().parse({
        organisation: { name: 'Skolen', sector: 'education', ...organisation },
        legal: { dataSubjects: ['pupils', 'children'] },
      }),
      bundle: bundles[locale],
      today: TODAY,
    }),
  ).replace(/[\u00a0\u202f]/g, ' '); // French sets a thin space before a colon

const AGE_15 = { da: 'Når barnet er fyldt 15 år', en: 'From 15, young people', fr: 'Dès 15 ans, le jeune' };
// England and Wales set no age; a rule staff can apply without judging a child's understanding.
const FROM_16 = {
  da: 'Fra 16 år lader vi den unge',
  en: 'From 16, we let young people',
  fr: 'Dès 16 ans, nous laissons le jeune',
};
const UNDER_18 = {
  da: 'under 18 år: en forælder bestemmer',
  // US English calls pupils "school students".
  en: 'under 18: a parent decides',
  fr: 'moins de 18 ans : un parent décide',
};
const RECORD = {
  da: 'Vi noterer hvert samtykke',
  en: 'We keep a record of each consent',
  fr: 'Nous consignons chaque consentement',
};

const OWN_TASKS = {
  da: 'når billedet fortæller om vores egne opgaver',
  en: 'when it tells people about our own tasks',
  fr: 'si la photo fait connaître nos propres missions',
};
const IN_CARE = { da: 'Børn, der er anbragt', en: 'Children in care', fr: 'Les enfants placés' };

describe.each(['da', 'en', 'fr'] as const)('photos of children (%s)', (locale) => {
  it('gives a Danish school the Danish age of 15, and no other age beside it', () => {
    const text = policy({ country: 'DK' }, locale);
    expect(text).toContain(AGE_15[locale]);
    expect(text).not.toContain(UNDER_18[locale]);
    expect(text).not.toContain(FROM_16[locale]);
    expect(text).toContain(RECORD[locale]);
  });

  it('gives a UK school the age of 16, with the child agreeing below it', () => {
    const text = policy({ country: 'UK' }, locale);
    expect(text).toContain(FROM_16[locale]);
    expect(text).not.toContain(AGE_15[locale]);
    expect(text).not.toContain(UNDER_18[locale]);
  });

  it('gives a school elsewhere in the EU no age at all', () => {
    const text = policy({ country: 'EU' }, locale);
    expect(text).not.toContain(AGE_15[locale]);
    expect(text).not.toContain(FROM_16[locale]);
    expect(text).not.toContain(UNDER_18[locale]);
  });

  it('keeps the parent’s say until 18 for US schools and for Canada outside Quebec, not in Quebec', () => {
    expect(policy({ country: 'US' }, locale)).toContain(UNDER_18[locale]);
    expect(policy({ country: 'CA', province: 'ON' }, locale)).toContain(UNDER_18[locale]);
    expect(policy({ country: 'CA', province: 'QC' }, locale)).not.toContain(UNDER_18[locale]);
  });

  it('lets a public authority post event photos only about its own work, and guards children in its care', () => {
    const municipality = policy({ country: 'DK', sector: 'public' }, locale);
    expect(municipality).toContain(OWN_TASKS[locale]);
    expect(municipality).toContain(IN_CARE[locale]);
    const company = policy({ country: 'DK', sector: 'private' }, locale);
    expect(company).not.toContain(OWN_TASKS[locale]);
    expect(company).not.toContain(IN_CARE[locale]);
  });
});
