import type { Answers } from '@/domain/answers';
import { LOGO_TYPES } from '@/domain/options';
import { DATE_PARTS, isoToParts, readDateParts, type DatePart } from '@/lib/date-parts';
import { getPath, setPath } from '@/lib/path';
import type { Field, QuestionPage } from './questions';
import { isRecord } from '@/lib/records';

/**
 * A page's form holds the answers at its fields' paths, shaped like the answers, except that
 * yes/no answers are the strings "yes"/"no" (radio values are strings) and a date is its three
 * parts as typed, `{ day, month, year }`. Values are never cleared: a field hidden by another
 * answer keeps what was typed into it.
 */
export type PageValues = Record<string, unknown>;

/** Yes/no radios: a yes/no answer may also be unanswered ('') or "use recommended practice". */
const YES_NO_TO_FORM = new Map<unknown, string>([
  [true, 'yes'],
  [false, 'no'],
  ['recommended', 'recommended'],
]);
const YES_NO_FROM_FORM = new Map<unknown, unknown>([
  ['yes', true],
  ['no', false],
  ['recommended', 'recommended'],
]);

// Radios hold strings, and react-hook-form's field arrays hold objects.
function toForm(field: Field, value: unknown): unknown {
  if (field.kind === 'yesNo') return YES_NO_TO_FORM.get(value) ?? '';
  if (field.kind === 'textList')
    return ((value as string[] | undefined) ?? []).map((text) => ({ value: text }));
  if (field.kind === 'date') return isoToParts(typeof value === 'string' ? value : '');
  if (field.kind === 'list')
    return Array.isArray(value) ? value.map((item: unknown) => listItemToForm(field, item)) : value;
  return value;
}

/**
 * What the form holds for an answer, or undefined to keep the answer as it was: a date whose
 * parts don't make a date yet (being typed, or wrong) leaves the saved date in the preview
 * until Continue says what is wrong with it.
 */
function fromForm(field: Field, value: unknown): unknown {
  // A radio group with nothing chosen reads as null once focus has passed through it: not answered.
  if (field.kind === 'yesNo') return YES_NO_FROM_FORM.get(value) ?? '';
  if (field.kind === 'radios') return value ?? '';
  if (field.kind === 'textList')
    return ((value as { value: string }[] | undefined) ?? []).map((item) => item.value);
  if (field.kind === 'date') return dateFromForm(value);
  // A list item's date that is not a date yet is no date (an item has no saved answer to keep).
  if (field.kind === 'list' && Array.isArray(value))
    return value.map((item: unknown) =>
      isRecord(item)
        ? field.item.reduce<Record<string, unknown>>((inner, itemField) => {
            const itemValue = inner[itemField.path];
            return itemValue === undefined
              ? inner
              : { ...inner, [itemField.path]: fromForm(itemField, itemValue) ?? '' };
          }, item)
        : item,
    );
  return value;
}

/** A date's parts as the ISO date they make ('' for none), or undefined when they make none. */
function dateFromForm(value: unknown): string | undefined {
  // A bare string is already the answer's own shape: an ISO date, or '' (the schema checks it).
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const reading = readDateParts(value as Partial<Record<DatePart, string>>);
  return reading.ok ? reading.iso : undefined;
}

/** A list item (e.g. from the list's `newItem`) as the form holds it: its dates in three parts. */
export function listItemToForm(list: Extract<Field, { kind: 'list' }>, item: unknown): unknown {
  if (!isRecord(item)) return item;
  return list.item.reduce<Record<string, unknown>>(
    (inner, itemField) =>
      itemField.path in inner
        ? { ...inner, [itemField.path]: toForm(itemField, inner[itemField.path]) }
        : inner,
    item,
  );
}

export function pageValues(page: QuestionPage, answers: Answers): PageValues {
  return savedPageValues(page, {}, answers);
}

/**
 * Typing kept for this page, with the answers for any of its fields the typing doesn't hold: a
 * draft kept from a page since merged into this one (MOVED_PAGES) holds only that page's fields.
 */
export function savedPageValues(page: QuestionPage, saved: PageValues, answers: Answers): PageValues {
  return page.fields.reduce<PageValues>(
    (values, field) =>
      getPath(values, field.path) === undefined
        ? setPath(values, field.path, toForm(field, getPath(answers, field.path)))
        : values,
    saved,
  );
}

/** The answers with this page's form values in place (not yet validated). */
export function withPageValues(page: QuestionPage, answers: Answers, values: PageValues): Answers {
  return page.fields.reduce<Answers>((merged, field) => {
    const value = getPath(values, field.path);
    const answer = value === undefined ? undefined : fromForm(field, value);
    return answer === undefined ? merged : setPath(merged, field.path, answer);
  }, answers);
}

export const isVisible = (field: Field, answers: Answers) => field.showIf?.(answers) ?? true;

/** The element id of a field's input (for a group, its first option): what error links point to. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** The id of one of a date's three fields (the date's own id is its fieldset's). */
export const datePartId = (path: string, part: DatePart) => `${fieldId(path)}-${part}`;

const YES_NO_VALUES: readonly unknown[] = ['yes', 'no', 'recommended', '', null];

/** A picture answer (the logo) as the form holds it: the answer itself (the schema checks the rest). */
export function isLogo(value: unknown): value is NonNullable<Answers['policy']['logo']> {
  return (
    isRecord(value) &&
    typeof value.fileName === 'string' &&
    LOGO_TYPES.includes(value.mediaType as (typeof LOGO_TYPES)[number]) &&
    typeof value.data === 'string' &&
    Number.isInteger(value.width) &&
    Number.isInteger(value.height)
  );
}

/**
 * Whether a value kept from an earlier visit (a page draft) has the shape this page's form
 * gives: the form and the preview can't use anything else. Data that was damaged in storage,
 * or saved by another version of the page, is dropped rather than breaking the page.
 */
export function fitsPage(page: QuestionPage, values: unknown): values is PageValues {
  return isRecord(values) && page.fields.every((field) => fitsAt(field, values, field.path));
}

function fitsAt(field: Field, container: Record<string, unknown>, path: string): boolean {
  let value: unknown = container;
  for (const key of path.split('.')) {
    if (value === undefined) return true;
    if (!isRecord(value)) return false;
    value = value[key];
  }
  return value === undefined || fitsField(field, value);
}

function fitsField(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string';
    case 'date':
      return (
        isRecord(value) &&
        DATE_PARTS.every((part) => value[part] === undefined || typeof value[part] === 'string')
      );
    case 'yesNo':
      return YES_NO_VALUES.includes(value);
    case 'radios':
      return value === '' || value === null || field.options.includes(value as string);
    case 'checkboxes':
      return Array.isArray(value) && value.every((option) => field.options.includes(option as string));
    case 'textList':
      return (
        Array.isArray(value) &&
        value.every((item) => isRecord(item) && (item.value === undefined || typeof item.value === 'string'))
      );
    case 'image':
      return value === null || isLogo(value);
    case 'list':
      return (
        Array.isArray(value) &&
        value.every((item) => isRecord(item) && field.item.every((inner) => fitsAt(inner, item, inner.path)))
      );
  }
}
