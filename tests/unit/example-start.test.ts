import { describe, expect, it } from 'vitest';
import { defaultAnswers } from '@/domain/answers';
import { answerPaths, fromExample } from '@/domain/example-start';
import { getPath } from '@/lib/path';
import { EXAMPLE_IDS, loadExample } from '@/features/examples/examples';
import { QUESTION_PAGES } from '@/features/wizard/questions';

/** An example is a starting point: its history stays behind, and each of its answers is named. */

const FIELD_PATHS = QUESTION_PAGES.flatMap((page) => page.fields.map((field) => field.path));

describe.each(EXAMPLE_IDS)('a draft started from %s', (id) => {
  it('carries over none of its history: no earlier versions, and version 1.0', async () => {
    const example = await loadExample(id);
    const { answers } = fromExample(example);
    expect(answers.policy.revisions).toEqual([]);
    expect(answers.policy.version).toBe('1.0');
    // Everything else is the example's, to be checked.
    expect({ ...answers, policy: { ...answers.policy, revisions: [], version: '' } }).toEqual({
      ...example,
      policy: { ...example.policy, revisions: [], version: '' },
    });
  });

  it('marks every answer the example gave, each a question the wizard asks, and nothing else', async () => {
    const example = await loadExample(id);
    const { answers, examplePaths } = fromExample(example);
    expect(examplePaths.length).toBeGreaterThan(10);
    expect(examplePaths.filter((path) => !FIELD_PATHS.includes(path))).toEqual([]);
    const defaults = defaultAnswers();
    // The example's answers in another language are not questions (see the test below).
    for (const path of answerPaths({ ...answers, translations: defaults.translations })) {
      const differs = JSON.stringify(getPath(answers, path)) !== JSON.stringify(getPath(defaults, path));
      expect(examplePaths.includes(path), path).toBe(differs);
    }
    expect(examplePaths).not.toContain('policy.revisions');
    expect(examplePaths).not.toContain('policy.version');
  });
});

describe('answer paths', () => {
  it('walk into groups and take a list as one answer', () => {
    expect(answerPaths({ a: { b: 1, c: [{ d: 2 }] }, e: '' })).toEqual(['a.b', 'a.c', 'e']);
    // Every answer but the user's own wording and her answers in another language, which she
    // writes on pages of their own, and their language and the policy's length, which the result
    // page sets.
    const asked = answerPaths(defaultAnswers()).filter(
      (path) =>
        !path.startsWith('wording.') &&
        !path.startsWith('translations.') &&
        path !== 'policy.answersLanguage' &&
        path !== 'policy.length',
    );
    expect(asked.filter((path) => !FIELD_PATHS.includes(path))).toEqual([]);
  });
});
