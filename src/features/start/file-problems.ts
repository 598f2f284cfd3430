import type { TFunction } from 'i18next';
import type { AnswerIssue, FileProblem, FileWarning } from '@/domain/answers-file';
import { QUESTION_PAGES, type Field } from '@/features/wizard/questions';
import { fieldAt, issueReason, type IssueReason } from '@/features/wizard/validate';

/**
 * An answers file that won't open, or opens with fields left out, said in the wizard's words:
 * each answer by its question's label ("Account 2 – Email address") and a short reason by zod's
 * issue code. Needs the `wizard` namespace loaded in the current language.
 */

/** At most this many problems or left-out fields are listed; the rest are counted. */
export const SHOWN = 5;

/** Paths in a file can be as long as a key someone typed: no list item runs on for lines. */
const MAX_PATH = 80;

export interface DescribedProblems {
  /** One sentence: why the file could not be opened. */
  headline: string;
  /** The answers that are wrong, at most `SHOWN`. */
  details: string[];
  /** "and 3 more answers", or null. */
  more: string | null;
}

type Reason = IssueReason | 'missing' | 'text' | 'yesNo' | 'list' | 'shape' | 'choice' | 'choices';

/** What an answer should have been, when the file holds the wrong type of value. */
const TYPE_REASONS: Partial<Record<string, Reason>> = {
  string: 'text',
  boolean: 'yesNo',
  array: 'list',
  object: 'shape',
};

/** The field's own reasons first, shared with the wizard; a wrong choice by the kind of question. */
function reasonFor(issue: AnswerIssue, field: Field | undefined): Reason {
  if (issue.received === 'missing') return 'missing';
  if (issue.code === 'invalid_type') return TYPE_REASONS[issue.expected ?? ''] ?? 'invalid';
  if (!field) return 'invalid';
  const reason = issueReason(issue, field);
  if (reason !== 'invalid') return reason;
  if (field.kind === 'radios') return 'choice';
  if (field.kind === 'checkboxes') return 'choices';
  if (field.kind === 'yesNo') return field.recommended ? 'choice' : 'yesNo';
  return 'invalid';
}

const itemNumber = (rest: string) => Number(rest.split('.')[0]) + 1;

/**
 * Names answers (paths inside `answers`) as the wizard does, each with the field behind it; null
 * when the wizard doesn't ask it. A list item is named as its heading names it, a group of
 * answers by the page that asks them, or else by their part.
 */
function answerNamer(t: TFunction) {
  const label = (fieldPath: string) => t(`wizard:fields.${fieldPath}.label`);
  // Questions can share a label ("Email address", "Phone number"): those not in a list item,
  // which says whose, also say which page.
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const field of QUESTION_PAGES.flatMap((page) => page.fields)) {
    const inner = field.kind === 'list' ? field.item.map((item) => `${field.path}.${item.path}`) : [];
    for (const text of [field.path, ...inner].map(label)) {
      if (seen.has(text)) shared.add(text);
      seen.add(text);
    }
  }

  return (path: string): { name: string; field?: Field } | null => {
    for (const page of QUESTION_PAGES) {
      const found = fieldAt(page, path);
      if (!found) continue;
      const { field, list } = found;
      if (list) {
        const title = t(`wizard:fields.${list.path}.itemTitle`, {
          number: itemNumber(path.slice(list.path.length + 1)),
        });
        return { name: `${title} – ${label(`${list.path}.${field.path}`)}`, field };
      }
      const rest = path.slice(field.path.length + 1);
      if (rest && field.kind === 'list')
        return { name: t(`wizard:fields.${field.path}.itemTitle`, { number: itemNumber(rest) }) };
      if (rest && field.kind === 'textList') {
        const item = t(`wizard:fields.${field.path}.itemLabel`, { number: itemNumber(rest) });
        return { name: `${label(field.path)} – ${item}`, field };
      }
      const text = label(field.path);
      return { name: shared.has(text) ? `${t(`wizard:pages.${page.id}.title`)} – ${text}` : text, field };
    }
    const pages = QUESTION_PAGES.filter((page) =>
      page.fields.some((field) => field.path.startsWith(`${path}.`)),
    );
    const [first] = pages;
    if (!first) return null;
    if (pages.length === 1) return { name: t(`wizard:pages.${first.id}.title`) };
    return pages.every((page) => page.part === first.part)
      ? { name: t(`wizard:parts.${first.part}.title`) }
      : null;
  };
}

const shortPath = (path: string) => (path.length > MAX_PATH ? `${path.slice(0, MAX_PATH - 1)}…` : path);

/** The file as a whole comes first: an answer is only worth naming in an answers file. */
const FILE_KINDS = ['notJson', 'notAnswersFile', 'newerVersion', 'unknownVersion'] as const;

export function describeFileProblems(problems: readonly FileProblem[], t: TFunction): DescribedProblems {
  for (const kind of FILE_KINDS) {
    const problem = problems.find((candidate) => candidate.kind === kind);
    if (problem)
      return {
        headline: t(`fileProblems.${kind}`, { version: 'version' in problem ? problem.version : undefined }),
        details: [],
        more: null,
      };
  }
  const nameOf = answerNamer(t);
  // Said once each: zod may find two things wrong in one place, and two places may read alike.
  const details = [
    ...new Set(
      problems.flatMap((problem) => {
        if (problem.kind !== 'answer') return [];
        const named = nameOf(problem.path.replace(/^answers\./, ''));
        return t(`fileProblems.answer.${reasonFor(problem.issue, named?.field)}`, {
          name: named?.name ?? shortPath(problem.path),
          max: problem.issue.maximum,
        });
      }),
    ),
  ];
  const hidden = details.length - SHOWN;
  return {
    headline: t('fileProblems.answers', { count: details.length }),
    details: details.slice(0, SHOWN),
    more: hidden > 0 ? t('fileProblems.moreAnswers', { count: hidden }) : null,
  };
}

/** The fields a file holds that will be left out, as their paths in the file. */
export function describeIgnoredFields(
  warnings: readonly FileWarning[],
  t: TFunction,
): { fields: string[]; more: string | null } {
  const hidden = warnings.length - SHOWN;
  return {
    fields: warnings.slice(0, SHOWN).map((warning) => shortPath(warning.path)),
    more: hidden > 0 ? t('fileProblems.moreFields', { count: hidden }) : null,
  };
}
