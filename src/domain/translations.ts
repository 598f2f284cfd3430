import type { Answers } from './answers';
import type { LANGUAGES } from './options';

/**
 * One set of answers, a policy in two languages. The free text a user types (who speaks for us,
 * what is confidential, her own disclaimer) is in one language, the answers' language; a policy
 * in another language takes each such answer from `translations[locale]`, keyed by the text as
 * typed. Keyed by text rather than by place, so reordering a list or using one wording twice
 * needs no new translation, and a changed answer asks for its translation again.
 *
 * "Keep as written" (a name, or a word that is the same in both languages) is stored as a
 * translation equal to the text: an answer counts as translated only when the user said so, and
 * the app makes no policy in the other language while one is missing (`untranslatedAnswers`).
 */

type Locale = (typeof LANGUAGES)[number];

/**
 * The answers that are prose in the answers' language, as paths (`*` for any list item). Left
 * out on purpose: names of people and of the organisation, e-mail addresses, phone numbers,
 * account handles and network names: they are the same in
 * every language, and asking for them would only add work.
 */
export const TRANSLATABLE_PATHS = [
  'policy.title',
  'policy.owner.function',
  'policy.approval.role',
  'policy.revisions.*.changes',
  'policy.relatedPolicies.*',
  'roles.accounts.*.purpose',
  'roles.accounts.*.owner',
  'roles.accounts.*.backup',
  'roles.responsibilities.*.who',
  'roles.spokespeople',
  'roles.approval.approver',
  'roles.customerEnquiries.handledBy',
  'security.passwordManager',
  'security.passwordKeeper',
  'security.reportTo.name',
  'crisis.contacts.*.roleName',
  'crisis.internalChannel',
  'crisis.responseApprover',
  'crisis.separatePlanLocation',
  'legal.confidentialExamples.*',
  'legal.legalContact',
  'legal.dataProtectionContact',
  'legal.whistleblowerScheme.location',
  'personal.disclaimer',
  'advocacy.contentLibrary',
  'advocacy.negativeCommentsContact',
  'rollout.stakeholders.*.name',
  'rollout.keyChanges.*',
] as const;

/** A text the user typed and the places it is used, as concrete paths (`roles.accounts.0.purpose`). */
export interface TranslatableText {
  text: string;
  paths: string[];
}

/**
 * The translation of a text, if given. Own keys only: a user's text may well be "constructor" or
 * "__proto__", which every plain object has on its prototype.
 */
const translationOf = (translations: Readonly<Record<string, string>>, text: string): string =>
  Object.hasOwn(translations, text) ? (translations[text] ?? '').trim() : '';

/** The language the free-text answers are written in. */
export const answersLanguageOf = (answers: Answers): Locale =>
  answers.policy.answersLanguage || answers.policy.language;

/** Every value at a path pattern, with its concrete path. */
function valuesAt(value: unknown, pattern: readonly string[], path: string[] = []): [string, unknown][] {
  if (pattern.length === 0) return [[path.join('.'), value]];
  const [head, ...rest] = pattern;
  if (head === '*')
    return Array.isArray(value)
      ? value.flatMap((item, index) => valuesAt(item, rest, [...path, String(index)]))
      : [];
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, head!)) return [];
  return valuesAt((value as Record<string, unknown>)[head!], rest, [...path, head!]);
}

/** The free text in these answers, each distinct text once, in the order of the questions. */
export function translatableTexts(answers: Answers): TranslatableText[] {
  const byText = new Map<string, string[]>();
  for (const pattern of TRANSLATABLE_PATHS)
    for (const [path, value] of valuesAt(answers, pattern.split('.'))) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      byText.set(value, [...(byText.get(value) ?? []), path]);
    }
  return [...byText].map(([text, paths]) => ({ text, paths }));
}

/** Whether a policy in `locale` takes its free text from translations. */
export const needsTranslation = (answers: Answers, locale: Locale): boolean =>
  locale !== answersLanguageOf(answers);

/** The free text a policy in `locale` has no translation for: none when it is the answers' language. */
export function untranslatedAnswers(answers: Answers, locale: Locale): TranslatableText[] {
  if (!needsTranslation(answers, locale)) return [];
  const translated = answers.translations[locale];
  return translatableTexts(answers).filter(({ text }) => !translationOf(translated, text));
}

/**
 * The answers as a policy in `locale` uses them: each free-text answer replaced by its
 * translation where there is one. The rest is left as typed; whoever makes the policy checks
 * `untranslatedAnswers` first (the app and the command line refuse while any is missing, unless
 * the user accepted it).
 */
export function answersIn(answers: Answers, locale: Locale): Answers {
  if (!needsTranslation(answers, locale)) return answers;
  const translated = answers.translations[locale];
  if (Object.keys(translated).length === 0) return answers;
  let result = answers;
  for (const { text, paths } of translatableTexts(answers)) {
    const translation = translationOf(translated, text);
    if (translation)
      for (const path of paths) result = withValueAt(result, path.split('.'), translation) as Answers;
  }
  return result;
}

/**
 * A copy of `node` with `value` at `keys`, copying only the objects and arrays on the way: the
 * rest (a logo of a megabyte, long lists) is shared, as this runs on every preview render.
 */
function withValueAt(node: unknown, keys: readonly string[], value: string): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const container = node as Record<string, unknown>;
  const copy = Array.isArray(node) ? ([...node] as unknown as Record<string, unknown>) : { ...container };
  copy[key] = withValueAt(container[key], rest, value);
  return copy;
}

/** The translations of one language kept to the texts these answers still have (others are stale). */
export function currentTranslations(
  answers: Answers,
  translations: Readonly<Record<string, string>>,
): Record<string, string> {
  const kept: [string, string][] = [];
  for (const { text } of translatableTexts(answers)) {
    const translation = translationOf(translations, text);
    if (translation) kept.push([text, translation]);
  }
  return Object.fromEntries(kept);
}
