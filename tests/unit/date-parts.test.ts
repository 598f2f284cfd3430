import { wizardTranslations } from '../support/wizard-t';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAnswers, type Answers } from '@/domain/answers';
import { fitsPage, pageValues, withPageValues } from '@/features/wizard/form-values';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { validatePage } from '@/features/wizard/validate';
import { isoToParts, readDateParts, type DateParts } from '@/lib/date-parts';

/**
 * Dates typed GOV.UK's way, in three fields: day, month, year, always in that order, read into
 * the ISO date the answers keep, with a message that says which part is wrong.
 */

const date = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('reading a date from its three parts', () => {
  it.each([
    [date('1', '2', '2027'), '2027-02-01'],
    [date('01', '02', '2027'), '2027-02-01'],
    [date(' 1 ', ' 2', '2027 '), '2027-02-01'],
    [date('001', '2', '2027'), '2027-02-01'],
    [date('29', '2', '2028'), '2028-02-29'],
    [date('31', '12', '2027'), '2027-12-31'],
    [date('27', '3', '2027'), '2027-03-27'],
    [date('1', 'feb', '2027'), '2027-02-01'],
    [date('1', 'Marts', '2027'), '2027-03-01'],
    [date('1', 'Oct.', '2027'), '2027-10-01'],
  ])('reads %o as %s, day first', (typed, iso) => {
    expect(readDateParts(typed)).toEqual({ ok: true, iso });
  });

  it('reads nothing typed as no date, which an optional question accepts', () => {
    expect(readDateParts(date('', '', ''))).toEqual({ ok: true, iso: '' });
    expect(readDateParts(date(' ', '  ', ''))).toEqual({ ok: true, iso: '' });
    expect(readDateParts(undefined)).toEqual({ ok: true, iso: '' });
    expect(readDateParts({ day: '1' })).toEqual({
      ok: false,
      problem: { kind: 'missing', parts: ['month', 'year'] },
    });
  });

  it.each([
    [date('', '2', '2027'), ['day']],
    [date('1', '', '2027'), ['month']],
    [date('1', '2', ''), ['year']],
    [date('', '', '2027'), ['day', 'month']],
    [date('', '2', ''), ['day', 'year']],
    [date('1', '', ''), ['month', 'year']],
  ])('names the missing parts of %o', (typed, parts) => {
    expect(readDateParts(typed)).toEqual({ ok: false, problem: { kind: 'missing', parts } });
  });

  it('says which part is not a number; two or more are not a date at all', () => {
    expect(readDateParts(date('x', '2', '2027'))).toEqual({
      ok: false,
      problem: { kind: 'notNumber', parts: ['day'] },
    });
    expect(readDateParts(date('1', 'febr', '2027'))).toEqual({
      ok: false,
      problem: { kind: 'notNumber', parts: ['month'] },
    });
    expect(readDateParts(date('1', '2', '2027a'))).toEqual({
      ok: false,
      problem: { kind: 'notNumber', parts: ['year'] },
    });
    expect(readDateParts(date('-1', '2', '2027'))).toMatchObject({ problem: { kind: 'notNumber' } });
    expect(readDateParts(date('1.5', '2', '2027'))).toMatchObject({ problem: { kind: 'notNumber' } });
    expect(readDateParts(date('a', 'b', '2027'))).toEqual({
      ok: false,
      problem: { kind: 'notReal', parts: ['day', 'month'] },
    });
  });

  it.each(['27', '202', '20277', '02027'])('wants a year of four digits, not %s', (year) => {
    expect(readDateParts(date('1', '2', year))).toEqual({
      ok: false,
      problem: { kind: 'yearDigits', parts: ['year'] },
    });
  });

  it.each([
    [date('29', '2', '2027'), ['day', 'month', 'year']],
    [date('31', '2', '2027'), ['day', 'month', 'year']],
    [date('31', '4', '2027'), ['day', 'month', 'year']],
    [date('29', '2', '1900'), ['day', 'month', 'year']],
    [date('32', '1', '2027'), ['day']],
    [date('0', '1', '2027'), ['day']],
    [date('1', '13', '2027'), ['month']],
    [date('1', '0', '2027'), ['month']],
    [date('32', '13', '2027'), ['day', 'month']],
    [date('1', '1', '0999'), ['year']],
  ])('refuses %o, which is not a real date, marking %o', (typed, parts) => {
    expect(readDateParts(typed)).toEqual({ ok: false, problem: { kind: 'notReal', parts } });
  });

  it('accepts 29 February in a leap year only, 2000 included', () => {
    expect(readDateParts(date('29', '2', '2000'))).toEqual({ ok: true, iso: '2000-02-29' });
    expect(readDateParts(date('29', '2', '2028'))).toEqual({ ok: true, iso: '2028-02-29' });
    expect(readDateParts(date('29', '2', '2027')).ok).toBe(false);
  });

  it('shows a stored ISO date in its parts without leading zeros, and nothing for no date', () => {
    expect(isoToParts('2027-02-01')).toEqual(date('1', '2', '2027'));
    expect(isoToParts('2027-12-31')).toEqual(date('31', '12', '2027'));
    expect(isoToParts('')).toEqual(date('', '', ''));
    for (const iso of ['2027-02-01', '2028-02-29', '1999-10-09'])
      expect(readDateParts(isoToParts(iso))).toEqual({ ok: true, iso });
  });
});

describe('dates on a question page', () => {
  const translations: Partial<Record<'da' | 'en', TFunction>> = {};
  beforeAll(async () => {
    Object.assign(translations, await wizardTranslations());
  });
  const page = (id: string) => QUESTION_PAGES.find((candidate) => candidate.id === id)!;
  const withDate = (iso: string): Answers => {
    const answers = defaultAnswers();
    return { ...answers, policy: { ...answers.policy, effectiveDate: iso } };
  };

  it('go into the form as three parts and come back as the stored ISO date', () => {
    const document = page('document');
    const values = pageValues(document, withDate('2027-02-01'));
    expect(values).toMatchObject({ policy: { effectiveDate: date('1', '2', '2027') } });
    expect(fitsPage(document, values)).toBe(true);
    expect(withPageValues(document, defaultAnswers(), values).policy.effectiveDate).toBe('2027-02-01');
    // A page draft from before dates had three fields holds a string: not this page's shape.
    expect(fitsPage(document, { policy: { effectiveDate: '2027-02-01' } })).toBe(false);
  });

  it('keep the saved date in the preview while the typed parts make no date yet', () => {
    const typed = { policy: { effectiveDate: date('1', '', '') } };
    expect(withPageValues(page('document'), withDate('2026-12-24'), typed).policy.effectiveDate).toBe(
      '2026-12-24',
    );
  });

  it('save 01 02 2027 as 1 February 2027', () => {
    const result = validatePage(
      page('document'),
      defaultAnswers(),
      { policy: { effectiveDate: date('01', '02', '2027') } },
      translations.en!,
    );
    expect(result.ok && result.answers.policy.effectiveDate).toBe('2027-02-01');
  });

  it('leave an optional date empty', () => {
    const result = validatePage(
      page('document'),
      withDate('2027-02-01'),
      { policy: { effectiveDate: date('', '', '') } },
      translations.en!,
    );
    expect(result.ok && result.answers.policy.effectiveDate).toBe('');
  });

  it.each([
    ['en', date('31', '2', '2027'), 'Date must be a real date', ['day', 'month', 'year']],
    ['da', date('31', '2', '2027'), 'Datoen findes ikke – tjek dag og måned', ['day', 'month', 'year']],
    ['en', date('1', '', '2027'), 'Date must include a month', ['month']],
    ['da', date('1', '', '2027'), 'Datoen skal indeholde en måned', ['month']],
    ['en', date('', '', '2027'), 'Date must include a day and month', ['day', 'month']],
    ['da', date('1', '', ''), 'Datoen skal indeholde en måned og et år', ['month', 'year']],
    ['en', date('1', '2', '27'), 'Year must include 4 numbers', ['year']],
    ['da', date('1', '2', '27'), 'Året skal have 4 cifre', ['year']],
    ['en', date('1', 'x', '2027'), 'Month must be a number', ['month']],
    ['da', date('x', '2', '2027'), 'Dagen skal være et tal', ['day']],
    ['en', date('1', '13', '2027'), 'Date must be a real date', ['month']],
  ] as const)('(%s) say %o is wrong: %s', (lang, typed, message, parts) => {
    const result = validatePage(
      page('review'),
      defaultAnswers(),
      { rollout: { nextReviewDate: typed } },
      translations[lang]!,
    );
    expect(result).toEqual({ ok: false, errors: [{ path: 'rollout.nextReviewDate', message, parts }] });
  });

  it('check each earlier version’s date, by its item', () => {
    const history = page('history');
    const values = {
      policy: {
        revisions: [
          { version: '1.0', date: date('1', '2', '2020'), changes: 'First' },
          { version: '2.0', date: date('30', '2', '2021'), changes: 'Second' },
        ],
      },
    };
    expect(validatePage(history, defaultAnswers(), values, translations.en!)).toEqual({
      ok: false,
      errors: [
        {
          path: 'policy.revisions.1.date',
          message: 'Date must be a real date',
          parts: ['day', 'month', 'year'],
        },
      ],
    });
    values.policy.revisions[1]!.date = date('28', '02', '2021');
    const fixed = validatePage(history, defaultAnswers(), values, translations.en!);
    expect(fixed.ok && fixed.answers.policy.revisions.map((revision) => revision.date)).toEqual([
      '2020-02-01',
      '2021-02-28',
    ]);
    // The items go into the form with their dates in parts too.
    const answers = fixed.ok ? fixed.answers : defaultAnswers();
    expect(pageValues(history, answers)).toMatchObject({
      policy: { revisions: [{ date: date('1', '2', '2020') }, { date: date('28', '2', '2021') }] },
    });
    expect(fitsPage(history, pageValues(history, answers))).toBe(true);
  });
});
