import { getPath } from '@/lib/path';
import { defaultAnswers, type Answers } from './answers';
import { isRecord } from '@/lib/records';

/**
 * An example is a starting point, never content: a draft started from one keeps its answers
 * only as suggestions to check. Its invented history (earlier versions and the version number
 * they lead up to) is not carried over at all, and every answer the example gave is named, so
 * the wizard can mark it "Example answer" until the user changes or confirms it.
 */
export interface StartingPoint {
  answers: Answers;
  /** The answers still holding the example's values, as field paths (`organisation.name`, `roles.accounts`). */
  examplePaths: string[];
}

/**
 * Every answer's path: groups are walked into, a list is one answer (the wizard asks for it on
 * one page, as one field). These are the wizard's field paths.
 */
export function answerPaths(value: unknown, prefix = ''): string[] {
  if (!isRecord(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, inner]) =>
    answerPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function fromExample(example: Answers): StartingPoint {
  const defaults = defaultAnswers();
  const answers: Answers = {
    ...example,
    policy: { ...example.policy, revisions: defaults.policy.revisions, version: defaults.policy.version },
  };
  // What equals a new policy's default is no more the example's than a new policy's. The
  // example's wording of its answers in another language is not a question the wizard asks.
  const examplePaths = answerPaths({ ...answers, translations: defaults.translations }).filter(
    (path) => !sameValue(getPath(answers, path), getPath(defaults, path)),
  );
  return { answers, examplePaths };
}
