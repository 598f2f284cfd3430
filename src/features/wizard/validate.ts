import type { TFunction } from 'i18next';
import { answersSchema, type Answers } from '@/domain/answers';
import { readDateParts, type DatePart, type DateParts, type DateProblem } from '@/lib/date-parts';
import { getPath, setPath } from '@/lib/path';
import { isVisible, withPageValues, type PageValues } from './form-values';
import type { Field, QuestionPage } from './questions';

/**
 * Checks a page when Continue is pressed (never while typing): the zod schema for the answers'
 * shape, plus the page's required answers. Messages are translated here, in the words of the
 * GOV.UK pattern, one per field, in the order of the page.
 */

export interface PageError {
  /** The field's full path, e.g. `roles.accounts.1.email`. */
  path: string;
  message: string;
  /**
   * For a date, the parts the message is about, in day-month-year order: the error summary
   * links to the first, and each is marked (all three when the date as a whole is wrong).
   */
  parts?: readonly DatePart[];
  /** The question was left unanswered (a list: it has no item yet). */
  unanswered?: true;
}

export type PageResult = { ok: true; answers: Answers } | { ok: false; errors: PageError[] };

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** The field definition behind a full path, looking inside list items. */
export function fieldAt(page: QuestionPage, path: string): { field: Field; list?: Field } | undefined {
  for (const field of page.fields) {
    if (path === field.path || path.startsWith(`${field.path}.`)) {
      if (field.kind !== 'list') return { field };
      const itemField = path.slice(field.path.length + 1).split('.')[1];
      const inner = field.item.find((candidate) => candidate.path === itemField);
      return inner ? { field: inner, list: field } : { field };
    }
  }
  return undefined;
}

/**
 * The list item a path is in, as the page names it ("Task 2", "Example 1"), or undefined outside
 * a list's items: the error summary says which item is wrong, since its fields' labels repeat.
 */
export function listItemName(page: QuestionPage, path: string, t: TFunction): string | undefined {
  const list = page.fields.find(
    (field) => (field.kind === 'list' || field.kind === 'textList') && path.startsWith(`${field.path}.`),
  );
  if (!list) return undefined;
  const index = Number(path.slice(list.path.length + 1).split('.')[0]);
  if (!Number.isInteger(index)) return undefined;
  const title = list.kind === 'list' ? 'itemTitle' : 'itemLabel';
  return t(`wizard:fields.${list.path}.${title}`, { number: index + 1 });
}

/** The i18n key of a field's own words: list item fields sit under their list. */
export const fieldKey = (path: string, list?: Field) =>
  list ? `fields.${list.path}.${path.split('.').slice(-1)[0]}` : `fields.${path}`;

/**
 * What is wrong with an answer, by zod's issue and the kind of field. The wizard words it as an
 * instruction (`errors.*`); an answers file that won't open words it by the same reasons.
 */
export type IssueReason = 'tooMany' | 'tooLong' | 'email' | 'phone' | 'date' | 'invalid';

export function issueReason(issue: { code: string; origin?: unknown }, field: Field): IssueReason {
  // A picture is read from a file, never typed: whatever is wrong with it, it is not valid as it is.
  if (field.kind === 'image') return 'invalid';
  // What is too big, not which field: an item of a list of texts is a text that is too long.
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'tooMany' : 'tooLong';
  if (field.kind === 'text' && field.inputMode === 'email') return 'email';
  if (field.kind === 'text' && field.inputMode === 'tel') return 'phone';
  if (field.kind === 'date') return 'date';
  return 'invalid';
}

function messageFor(
  t: TFunction,
  issue: { code: string; maximum?: unknown; origin?: unknown },
  field: Field,
): string {
  // Only a damaged draft or answers file holds a picture the schema refuses: say it as for a file.
  if (field.kind === 'image') return t(`wizard:fields.${field.path}.unreadable`);
  return t(`errors.${issueReason(issue, field)}`, { max: Number(issue.maximum) });
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** GOV.UK's date messages: "Date must include a month", "Date must be a real date", … */
export function dateMessage(t: TFunction, problem: DateProblem): string {
  switch (problem.kind) {
    case 'missing':
      // dateMissing.day, .dayMonth, .monthYear, …
      return t(
        `errors.dateMissing.${problem.parts.map((part, i) => (i ? capitalised(part) : part)).join('')}`,
      );
    case 'notNumber':
      return t(`errors.dateNumber.${problem.parts[0] ?? 'day'}`);
    case 'yearDigits':
      return t('errors.dateYear');
    case 'notReal':
      return t('errors.dateReal');
  }
}

/**
 * The page's dates, read from their three fields (a list's items' dates too), where the parts
 * don't make a date: one error each, with the parts to mark. An empty date is no date, which the
 * required check deals with.
 */
function dateErrors(page: QuestionPage, values: PageValues, merged: Answers, t: TFunction): PageError[] {
  const check = (path: string): PageError[] => {
    const typed = getPath(values, path);
    if (typed === null || typeof typed !== 'object') return [];
    const reading = readDateParts(typed as Partial<DateParts>);
    return reading.ok
      ? []
      : [{ path, message: dateMessage(t, reading.problem), parts: reading.problem.parts }];
  };
  return page.fields
    .filter((field) => isVisible(field, merged))
    .flatMap((field) => {
      if (field.kind === 'date') return check(field.path);
      if (field.kind !== 'list') return [];
      const items = getPath(values, field.path);
      if (!Array.isArray(items)) return [];
      return items.flatMap((item: unknown, index) =>
        field.item
          .filter(
            (inner) =>
              inner.kind === 'date' && (inner.showIfItem?.((item ?? {}) as Record<string, unknown>) ?? true),
          )
          .flatMap((inner) => check(`${field.path}.${index}.${inner.path}`)),
      );
    });
}

/** Errors in the order of the page's fields (the error summary's order), list items by number. */
export function inPageOrder(page: QuestionPage, errors: readonly PageError[]): PageError[] {
  const order = (path: string) =>
    page.fields.findIndex((field) => path === field.path || path.startsWith(`${field.path}.`));
  return [...errors].sort(
    (a, b) => order(a.path) - order(b.path) || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}

export function validatePage(
  page: QuestionPage,
  answers: Answers,
  values: PageValues,
  t: TFunction,
): PageResult {
  const merged = withPageValues(page, answers, values);
  const errors = new Map<string, string>();
  const dateParts = new Map<string, readonly DatePart[]>();

  // A date typed in part is a date with a part missing, not a question left unanswered.
  for (const error of dateErrors(page, values, merged, t)) {
    errors.set(error.path, error.message);
    if (error.parts) dateParts.set(error.path, error.parts);
  }
  const unanswered = new Set<string>();
  for (const field of page.fields) {
    if (
      (typeof field.required === 'function' ? field.required(merged) : field.required) &&
      !errors.has(field.path) &&
      isVisible(field, merged) &&
      isEmpty(getPath(merged, field.path))
    ) {
      errors.set(field.path, t(`wizard:fields.${field.path}.required`));
      unanswered.add(field.path);
    }
  }

  // A list item's own required answers (an account's name), in every item of a list shown.
  for (const field of page.fields) {
    if (field.kind !== 'list' || !isVisible(field, merged)) continue;
    const items = getPath(merged, field.path);
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const record = (item ?? {}) as Record<string, unknown>;
      for (const inner of field.item) {
        const path = `${field.path}.${index}.${inner.path}`;
        if (
          inner.required &&
          !errors.has(path) &&
          (inner.showIfItem?.(record) ?? true) &&
          isEmpty(record[inner.path])
        )
          errors.set(path, t(`wizard:fields.${field.path}.${inner.path}.required`));
      }
    });
  }

  const parsed = answersSchema().safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const found = fieldAt(page, path);
      if (!found || errors.has(path) || !isVisible(found.list ?? found.field, merged)) continue;
      // A list's own limit is reported on the list; an item's field on that field; a picture's
      // parts (its width, its data) on the picture.
      errors.set(
        found.list || (found.field.kind !== 'list' && found.field.kind !== 'image') ? path : found.field.path,
        messageFor(t, issue as { code: string; maximum?: unknown; origin?: unknown }, found.field),
      );
    }
  }

  if (errors.size > 0) {
    const list = [...errors].map(([path, message]): PageError => {
      const parts = dateParts.get(path);
      return { path, message, ...(parts && { parts }), ...(unanswered.has(path) && { unanswered: true }) };
    });
    return { ok: false, errors: inPageOrder(page, list) };
  }
  if (parsed.success) return { ok: true, answers: parsed.data };
  // Only fields the page hides are wrong (typed, then hidden by another answer): keep their
  // last saved values, so what the user can see and fix is never blocked by what they can't.
  const repaired = parsed.error.issues.reduce<Answers>((draft, issue) => {
    const found = fieldAt(page, issue.path.map(String).join('.'));
    return found
      ? setPath(draft, (found.list ?? found.field).path, getPath(answers, (found.list ?? found.field).path))
      : draft;
  }, merged);
  const retried = answersSchema().safeParse(repaired);
  return { ok: true, answers: retried.success ? retried.data : answers };
}

/**
 * Checks one item of a page's list on the item's own page: the page's checks, of which only the
 * item's own (and the list's limit) are this page's. Other items wrong in a way the answers'
 * shape allows (saved before an answer was required) don't stop it: the list page names them.
 */
export function validateListItem(
  page: QuestionPage,
  listPath: string,
  index: number,
  answers: Answers,
  values: PageValues,
  t: TFunction,
): PageResult {
  const result = validatePage(page, answers, values, t);
  if (result.ok) return result;
  const own = result.errors.filter(
    (error) =>
      error.path.startsWith(`${listPath}.${index}.`) || (error.path === listPath && !error.unanswered),
  );
  if (own.length > 0) return { ok: false, errors: own };
  const parsed = answersSchema().safeParse(withPageValues(page, answers, values));
  return parsed.success ? { ok: true, answers: parsed.data } : result;
}
