import { describe, expect, it } from 'vitest';
import { TERM_GROUPS } from '@/domain/options';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { PARTS } from '@/domain/answers';
import { resources as common } from '@/i18n/i18n';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';
import { EXAMPLE_IDS } from '@/features/examples/examples';
import { CHOICE_WARNINGS } from '@/features/wizard/warnings';
import { defaultAnswers } from '@/domain/answers';
import { setPath } from '@/lib/path';

const resources = {
  da: { ...common.da, wizard: daWizard },
  en: { ...common.en, wizard: enWizard },
};

/** Every UI string exists in Danish and English, and every page, field and choice has its words. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function has(namespace: object, key: string): boolean {
  let value: unknown = namespace;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' && value.trim() !== '';
}

describe('UI text in both languages', () => {
  it.each(Object.keys(resources.da) as (keyof typeof resources.da)[])(
    'the %s namespace has the same keys in Danish and English',
    (namespace) => {
      expect(keys(resources.en[namespace]).sort()).toEqual(keys(resources.da[namespace]).sort());
    },
  );

  it('has no empty strings', () => {
    for (const locale of ['da', 'en'] as const)
      for (const [namespace, texts] of Object.entries(resources[locale]))
        for (const key of keys(texts)) expect(has(texts, key), `${locale}:${namespace}:${key}`).toBe(true);
  });

  describe.each(['da', 'en'] as const)('the wizard (%s)', (locale) => {
    const wizard = resources[locale].wizard;
    const missing = (wanted: string[]) => wanted.filter((key) => !has(wizard, key));

    it('names every part and page', () => {
      expect(
        missing(
          PARTS.flatMap((part) => [
            `parts.${part}.title`,
            `parts.${part}.description`,
            `parts.${part}.inspiration.heading`,
            `parts.${part}.inspiration.text`,
          ]),
        ),
      ).toEqual([]);
      expect(missing(QUESTION_PAGES.map((page) => `pages.${page.id}.title`))).toEqual([]);
    });

    it('labels every field, with an error message for each required one and the words lists need', () => {
      const wanted = QUESTION_PAGES.flatMap((page) =>
        page.fields.flatMap((field) => [
          `fields.${field.path}.label`,
          ...(field.required ? [`fields.${field.path}.required`] : []),
          ...(field.kind === 'list' || field.kind === 'textList'
            ? ['add', 'remove', 'empty'].map((word) => `fields.${field.path}.${word}`)
            : []),
          ...(field.kind === 'list'
            ? [
                `fields.${field.path}.itemTitle`,
                `fields.${field.path}.addAnother`,
                ...field.item.flatMap((inner) => [
                  `fields.${field.path}.${inner.path}.label`,
                  ...(inner.required ? [`fields.${field.path}.${inner.path}.required`] : []),
                ]),
              ]
            : []),
          ...(field.kind === 'textList' ? [`fields.${field.path}.itemLabel`] : []),
        ]),
      );
      expect(missing(wanted)).toEqual([]);
    });

    it('words the "none" choice of every answer that may stay empty, and every hint that depends on answers', () => {
      const fields = QUESTION_PAGES.flatMap((page) => page.fields.map((field) => ({ page, field })));
      expect(
        missing(
          fields.flatMap(({ field }) =>
            field.kind === 'radios' && field.none ? [`fields.${field.path}.none`] : [],
          ),
        ),
      ).toEqual([]);
      // Each other choice on the page, in turn: the hint may depend on any of them.
      const hintKeys = fields.flatMap(({ page, field }) => {
        const hintFor = field.hintFor;
        if (!hintFor) return [];
        return page.fields
          .flatMap((other) =>
            other.kind === 'radios'
              ? other.options.map((option) => hintFor(setPath(defaultAnswers(), other.path, option)))
              : [],
          )
          .filter((key): key is string => key !== undefined)
          .map((key) => `fields.${field.path}.${key}`);
      });
      expect(hintKeys.length).toBeGreaterThan(0);
      expect(missing(hintKeys)).toEqual([]);
    });

    it('words every warning, under a question that is asked', () => {
      expect(
        missing(['warnings.prefix', ...CHOICE_WARNINGS.map((warning) => `warnings.${warning.message}`)]),
      ).toEqual([]);
      // Radios: a choice or a yes/no.
      const radios = QUESTION_PAGES.flatMap((page) => page.fields).filter(
        (field) => field.kind === 'radios' || field.kind === 'yesNo',
      );
      for (const warning of CHOICE_WARNINGS)
        expect(
          radios.map((field) => field.path),
          warning.field,
        ).toContain(warning.field);
    });

    it('labels every choice', () => {
      expect(
        missing(
          Object.entries(TERM_GROUPS).flatMap(([group, ids]) => ids.map((id) => `options.${group}.${id}`)),
        ),
      ).toEqual([]);
    });
  });

  it.each(['da', 'en'] as const)('describes every example (%s)', (locale) => {
    expect(EXAMPLE_IDS.length).toBeGreaterThanOrEqual(3);
    for (const id of EXAMPLE_IDS)
      expect(has(resources[locale].common, `start.examples.${id}`), id).toBe(true);
  });

  it('notices a missing key (the check is not blind)', () => {
    expect(has({ a: { b: 'x' } }, 'a.b')).toBe(true);
    expect(has({ a: { b: '' } }, 'a.b')).toBe(false);
    expect(has({ a: {} }, 'a.b')).toBe(false);
  });
});
