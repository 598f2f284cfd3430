import { wizardTranslations } from '../support/wizard-t';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '@/domain/answers';
import { missingAnswers } from '@/domain/required';
import { pageValues } from '@/features/wizard/form-values';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { validatePage } from '@/features/wizard/validate';

/**
 * What the check page reports as missing, the page that asks it refuses to continue without:
 * the user learns it where she can answer it, not at the end. And where one of two answers is
 * enough, either one lets her go on.
 */

const translations: Partial<Record<'da' | 'en', TFunction>> = {};
beforeAll(async () => {
  Object.assign(translations, await wizardTranslations());
});

/** The page that asks `path`. */
const pageAsking = (path: string) => {
  const page = QUESTION_PAGES.find((candidate) => candidate.fields.some((field) => field.path === path));
  if (!page) throw new Error(`no page asks ${path}`);
  return page;
};

/** Answers with nothing the check page asks for, except what `input` gives. */
const blank = (input: AnswersInput = {}) =>
  answersSchema().parse({ organisation: { country: 'CA', networks: [] }, ...input });

const errorsOn = (path: string, input?: AnswersInput, locale: 'da' | 'en' = 'en') => {
  const answers = blank(input);
  const page = pageAsking(path);
  const result = validatePage(page, answers, pageValues(page, answers), translations[locale]!);
  return result.ok ? [] : result.errors;
};

describe('a required answer', () => {
  const missing = missingAnswers(blank()).map((answer) => answer.path);

  it('covers every rule of the check page (the answers above miss them all)', () => {
    expect(missing).toEqual(
      expect.arrayContaining([
        'organisation.name',
        'organisation.province',
        'organisation.networks',
        'policy.owner.name',
        'policy.owner.email',
        'roles.spokespeople',
        'security.reportTo.name',
        'crisis.contacts',
      ]),
    );
  });

  it.each(missingAnswers(blank()).map((answer) => answer.path))(
    'stops the page that asks %s, with a message in both languages',
    (path) => {
      for (const locale of ['da', 'en'] as const) {
        const error = errorsOn(path, undefined, locale).find((candidate) => candidate.path === path);
        expect(error?.message).toMatch(/\S/);
        expect(error?.message).not.toContain('wizard:');
      }
    },
  );

  it('is either of two answers where one is enough: the owner’s function, or the e-mail to report to', () => {
    expect(
      errorsOn('policy.owner.name', { policy: { owner: { function: 'Head of HR' } } }),
    ).not.toContainEqual(expect.objectContaining({ path: 'policy.owner.name' }));
    expect(
      errorsOn('security.reportTo.name', { security: { reportTo: { email: 'it@example.org' } } }),
    ).not.toContainEqual(expect.objectContaining({ path: 'security.reportTo.name' }));
  });
});
