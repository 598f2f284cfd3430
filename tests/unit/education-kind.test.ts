import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import type { Locale } from '@/document/template';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, TODAY } from '../support/templates';

/**
 * Academic freedom, faculty accounts and research belong to universities and colleges. A school,
 * or an education organisation that hasn't said which it is, must not be told that its staff have
 * academic freedom (a Danish friskole's lawyer: a false promise that disarms the school), and its
 * staff get the rule that protects children in photos.
 */

const LOCALES: Locale[] = ['da', 'en', 'fr'];
const ACADEMIC_FREEDOM = {
  da: /akademisk(e)? frihed/i,
  en: /academic freedom/i,
  fr: /libert[ée] acad[ée]mique/i,
};
const FACULTY_ACCOUNTS = { da: /Fakulteter|fakultet/, en: /Facult(y|ies)/, fr: /[Ff]acult[ée]s?/ };
const CHILD_PHOTO_RULE = {
  da: /Elever under 18\./,
  en: /Pupils who are children\./,
  fr: /[ÉE]lèves mineurs\./,
};

const policy = (dataSubjects: string[], locale: Locale) =>
  writeMarkdown(
    renderPolicy({
      answers: answersSchema().parse({
        organisation: { name: 'Egely', country: 'DK', sector: 'education' },
        legal: { dataSubjects },
      }),
      bundle: bundles[locale],
      today: TODAY,
    }),
  );

describe('an education organisation', () => {
  it.each(LOCALES)(
    '%s: that hasn’t said what it is, gets no academic freedom and the children’s photo rule',
    (locale) => {
      const text = policy([], locale);
      expect(text).not.toMatch(ACADEMIC_FREEDOM[locale]);
      expect(text).not.toMatch(FACULTY_ACCOUNTS[locale]);
      expect(text).toMatch(CHILD_PHOTO_RULE[locale]);
    },
  );

  it.each(LOCALES)('%s: a school (pupils) gets no academic freedom either', (locale) => {
    const text = policy(['pupils', 'children'], locale);
    expect(text).not.toMatch(ACADEMIC_FREEDOM[locale]);
    expect(text).toMatch(CHILD_PHOTO_RULE[locale]);
  });

  it.each(LOCALES)(
    '%s: a university (students) keeps academic freedom and its faculty accounts',
    (locale) => {
      const text = policy(['students'], locale);
      expect(text).toMatch(ACADEMIC_FREEDOM[locale]);
      expect(text).toMatch(FACULTY_ACCOUNTS[locale]);
      expect(text).not.toMatch(CHILD_PHOTO_RULE[locale]);
    },
  );
});
