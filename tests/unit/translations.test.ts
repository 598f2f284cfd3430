import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers, type Answers } from '@/domain/answers';
import {
  answersIn,
  currentTranslations,
  TRANSLATABLE_PATHS,
  translatableTexts,
  untranslatedAnswers,
} from '@/domain/translations';
import { renderPolicy } from '@/document/render';
import { answerLabel, answerPart } from '@/features/translate/answer-label';
import { writeMarkdown } from '@/document/writers/markdown';
import {
  answers as randomAnswers,
  hostileText,
  PROPERTY_RUNS,
  propertyTimeout,
} from '../support/arbitraries';
import { bundles, TODAY } from '../support/templates';

/** Danish answers with free text in three places, one of them used twice. */
function danishAnswers(): Answers {
  const answers = defaultAnswers();
  answers.policy.language = 'da';
  answers.organisation.name = 'Blåbær ApS';
  answers.roles.spokespeople = 'kommunikationschefen og direktøren';
  answers.crisis.responseApprover = 'kommunikationschefen og direktøren';
  answers.personal.employerInBio = 'allowed';
  answers.personal.disclaimer = 'Mine holdninger er mine egne';
  answers.legal.confidentialExamples = ['lønforhandlinger', 'kundelister'];
  return answers;
}

describe('free-text answers in another language', () => {
  it('lists each distinct text once, with every place it is used', () => {
    const texts = translatableTexts(danishAnswers());
    expect(texts).toEqual([
      {
        text: 'kommunikationschefen og direktøren',
        paths: ['roles.spokespeople', 'crisis.responseApprover'],
      },
      { text: 'lønforhandlinger', paths: ['legal.confidentialExamples.0'] },
      { text: 'kundelister', paths: ['legal.confidentialExamples.1'] },
      { text: 'Mine holdninger er mine egne', paths: ['personal.disclaimer'] },
    ]);
    // Names are the same in every language: the organisation's is never asked for.
    expect(texts.some(({ text }) => text === 'Blåbær ApS')).toBe(false);
  });

  it('asks nothing for a policy in the answers’ own language', () => {
    expect(untranslatedAnswers(danishAnswers(), 'da')).toEqual([]);
  });

  it('asks for every free text in another language until it is translated or kept', () => {
    const answers = danishAnswers();
    expect(untranslatedAnswers(answers, 'en')).toHaveLength(4);
    answers.translations.en = {
      'kommunikationschefen og direktøren': 'the head of communications and the CEO',
      lønforhandlinger: '  ',
      // Kept as written: stored as itself.
      kundelister: 'kundelister',
    };
    expect(untranslatedAnswers(answers, 'en').map(({ text }) => text)).toEqual([
      'lønforhandlinger',
      'Mine holdninger er mine egne',
    ]);
  });

  it('takes the answers’ language from policy.answersLanguage once the policy is in another one', () => {
    const answers = danishAnswers();
    answers.policy.language = 'en';
    answers.policy.answersLanguage = 'da';
    expect(untranslatedAnswers(answers, 'da')).toEqual([]);
    expect(untranslatedAnswers(answers, 'en')).toHaveLength(4);
  });

  it('puts each translation wherever its text is used, and leaves the answers untouched', () => {
    const answers = danishAnswers();
    answers.translations.en = {
      'kommunikationschefen og direktøren': 'the head of communications and the CEO',
    };
    const english = answersIn(answers, 'en');
    expect(english.roles.spokespeople).toBe('the head of communications and the CEO');
    expect(english.crisis.responseApprover).toBe('the head of communications and the CEO');
    expect(english.personal.disclaimer).toBe('Mine holdninger er mine egne');
    expect(answers.roles.spokespeople).toBe('kommunikationschefen og direktøren');
    expect(answersIn(answers, 'da')).toBe(answers);
  });

  it('copies only what it changes, so a preview render does not copy the logo or untouched lists', () => {
    const answers = danishAnswers();
    answers.translations.en = { kundelister: 'customer lists' };
    const english = answersIn(answers, 'en');
    expect(english.legal.confidentialExamples).toEqual(['lønforhandlinger', 'customer lists']);
    expect(answers.legal.confidentialExamples).toEqual(['lønforhandlinger', 'kundelister']);
    expect(english.organisation).toBe(answers.organisation);
    expect(english.roles).toBe(answers.roles);
    expect(english.legal).not.toBe(answers.legal);
  });

  it('names only text answers the schema has', () => {
    // Every list with one item, so a path into a list item is found too.
    const answers = answersSchema().parse({
      policy: { revisions: [{}] },
      roles: { accounts: [{}], responsibilities: [{ area: 'posting' }] },
      crisis: { contacts: [{}] },
      rollout: { stakeholders: [{}] },
    });
    const at = (value: unknown, keys: string[]): unknown =>
      keys.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key === '*' ? '0' : key],
        value,
      );
    for (const pattern of TRANSLATABLE_PATHS) {
      const keys = pattern.split('.');
      // A list of texts (`relatedPolicies.*`): the list itself.
      const value = keys.at(-1) === '*' ? at(answers, keys.slice(0, -1)) : at(answers, keys);
      expect(keys.at(-1) === '*' ? Array.isArray(value) : typeof value === 'string', pattern).toBe(true);
    }
  });

  it('asks each one in a part of the wizard, under its question', () => {
    // The keys themselves stand in for the words: a path no question has would come back as is.
    const t = ((key: string) => key) as unknown as Parameters<typeof answerLabel>[1];
    for (const pattern of TRANSLATABLE_PATHS) {
      const path = pattern.replaceAll('*', '0');
      expect(answerPart(path), pattern).toBeDefined();
      expect(answerLabel(path, t), pattern).not.toBe(path);
    }
    expect(answerPart('policy.title')).toBe('organisation');
    expect(answerLabel('roles.accounts.1.purpose', t)).toBe(
      'wizard:fields.roles.accounts.itemTitle: wizard:fields.roles.accounts.purpose.label',
    );
  });

  it('keeps only the translations of texts the answers still have', () => {
    const answers = danishAnswers();
    expect(
      currentTranslations(answers, {
        kundelister: 'customer lists',
        'en gammel tekst': 'an old text',
        lønforhandlinger: ' ',
      }),
    ).toEqual({ kundelister: 'customer lists' });
  });

  it('reads translations from an answers file, and a translation too long is refused', () => {
    const parsed = answersSchema().parse({ translations: { en: { kundelister: ' customer lists ' } } });
    expect(parsed.translations.en).toEqual({ kundelister: 'customer lists' });
    expect(parsed.translations.da).toEqual({});
    expect(answersSchema().safeParse({ translations: { en: { a: 'x'.repeat(10_001) } } }).success).toBe(
      false,
    );
  });

  it('makes an English policy with the English wording and no Danish free text', () => {
    const answers = danishAnswers();
    answers.translations.en = {
      'kommunikationschefen og direktøren': 'the head of communications and the CEO',
      lønforhandlinger: 'pay negotiations',
      kundelister: 'customer lists',
      'Mine holdninger er mine egne': 'My views are my own',
    };
    const english = writeMarkdown(renderPolicy({ answers, bundle: bundles.en, today: TODAY }));
    expect(english).toContain('the head of communications and the CEO');
    expect(english).toContain('My views are my own');
    expect(english).toContain('pay negotiations');
    expect(english).not.toMatch(/kommunikationschefen|holdninger|lønforhandlinger|kundelister/);
    // The Danish policy from the same answers keeps the Danish text.
    const danish = writeMarkdown(renderPolicy({ answers, bundle: bundles.da, today: TODAY }));
    expect(danish).toContain('kommunikationschefen og direktøren');
    expect(danish).not.toContain('My views are my own');
  });

  it(
    'never breaks the policy, whatever the answers and their translations (hostile text included)',
    () => {
      const runs = Math.max(20, Math.round(PROPERTY_RUNS / 10));
      fc.assert(
        fc.property(
          randomAnswers,
          fc.array(hostileText(300), { minLength: 1, maxLength: 5 }),
          (answers, words) => {
            answers.policy.answersLanguage = 'da';
            answers.translations.en = Object.fromEntries(
              translatableTexts(answers).map(({ text }, index) => [text, words[index % words.length]!]),
            );
            if (words.every((word) => word.trim() !== ''))
              expect(untranslatedAnswers(answers, 'en')).toEqual([]);
            const translated = renderPolicy({ answers, bundle: bundles.en, today: TODAY });
            const untouched = renderPolicy({
              answers: { ...answers, translations: { da: {}, en: {}, fr: {} } },
              bundle: bundles.en,
              today: TODAY,
            });
            // Text stays text: the same sections, however hostile the translations.
            const sections = (root: Root) =>
              root.children.filter((node) => node.type === 'heading' && node.depth === 1).length;
            expect(sections(translated.body)).toBe(sections(untouched.body));
            expect(() => writeMarkdown(translated)).not.toThrow();
          },
        ),
        { numRuns: runs },
      );
    },
    propertyTimeout(),
  );
});
