import type { TFunction } from 'i18next';
import { formatDate } from '@/document/format';
import type { Locale } from '@/document/template';
import type { Answers } from '@/domain/answers';
import { getPath } from '@/lib/path';
import { pagePath } from './flow';
import type { Field, QuestionPage } from './questions';

/**
 * A list on its question page, each item on a page of its own (GOV.UK's "add another"): where
 * those pages are, and how an item is named in the list.
 */

export type ListDefinition = Extract<Field, { kind: 'list' }>;

/** The list a page asks for item by item (each of the wizard's lists has a page to itself). */
export const listOf = (page: QuestionPage): ListDefinition | undefined =>
  page.fields.find((field): field is ListDefinition => field.kind === 'list');

export const storedItems = (list: ListDefinition, answers: Answers): Record<string, unknown>[] => {
  const items = getPath(answers, list.path);
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
};

/** `?return=` kept from page to page, so Continue after a Change link still returns to the check page. */
const withReturn = (path: string, returnTo: string | null, extra = '') => {
  const query = [extra, returnTo && `return=${encodeURIComponent(returnTo)}`].filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

export const listPagePath = (page: QuestionPage, returnTo: string | null) =>
  withReturn(pagePath(page), returnTo);

/**
 * An item's page, `/roles/accounts/2` (numbered from 1, as the page names it) or
 * `/roles/accounts/new`; `showErrors` when the list page's error summary links to it.
 */
export const itemPagePath = (
  page: QuestionPage,
  item: number | 'new',
  returnTo: string | null,
  showErrors = false,
) => withReturn(`${pagePath(page)}/${item}`, returnTo, showErrors ? 'errors=1' : '');

/** "Konto 2": the item by its number, as its page's heading and the error summary say it. */
export const itemNumberTitle = (list: ListDefinition, index: number, t: TFunction) =>
  t(`wizard:fields.${list.path}.itemTitle`, { number: index + 1 });

/** An answer in an item as a short text, or '' when it has none. */
function shortValue(field: Field, value: unknown, t: TFunction, locale: Locale): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  if (field.kind === 'radios') return t(`wizard:options.${field.group}.${value}`);
  if (field.kind === 'date') return formatDate(value, locale);
  return value.trim();
}

/**
 * The item's fields shown for it: a choice of "Other" is named by the field asked only then
 * (a network's own name) in its place, when that has been given.
 */
function namedParts(list: ListDefinition, item: Record<string, unknown>, t: TFunction, locale: Locale) {
  const shown = list.item.filter((field) => field.showIfItem?.(item) ?? true);
  const onlyThen = new Set(shown.filter((field) => field.showIfItem).map((field) => field.path));
  const other = shown.find(
    (field) =>
      list.titleFields.includes(field.path) &&
      field.kind === 'radios' &&
      item[field.path] === 'other' &&
      [...onlyThen].some((path) => shortValue(field, item[path], t, locale) !== ''),
  );
  const replacement = other && shown.find((field) => onlyThen.has(field.path));
  const title = list.titleFields
    .map((path) => {
      const field = shown.find((candidate) => candidate.path === path);
      if (!field) return '';
      const source = field === other && replacement ? replacement : field;
      return shortValue(source, item[source.path], t, locale);
    })
    .filter(Boolean);
  const details = shown
    .filter((field) => !list.titleFields.includes(field.path) && field !== replacement)
    .map((field) => shortValue(field, item[field.path], t, locale))
    .filter(Boolean);
  return { title, details };
}

/** The item's name in the list: "LinkedIn – @acme", or its number when it has no answers to name it. */
export function itemName(
  list: ListDefinition,
  item: Record<string, unknown>,
  index: number,
  t: TFunction,
  locale: Locale,
): string {
  const { title } = namedParts(list, item, t, locale);
  return title.length > 0 ? title.join(' – ') : itemNumberTitle(list, index, t);
}

/** The item's other answers, in short: "News and dialogue · Mette · Ole". */
export function itemDetails(
  list: ListDefinition,
  item: Record<string, unknown>,
  t: TFunction,
  locale: Locale,
): string {
  return namedParts(list, item, t, locale).details.join(' · ');
}

/** "account 2: LinkedIn – @acme": which item a Change or Remove link is for, read after its word. */
export function itemContext(
  list: ListDefinition,
  item: Record<string, unknown>,
  index: number,
  t: TFunction,
  locale: Locale,
): string {
  const numbered = itemNumberTitle(list, index, t);
  const lowered = numbered.charAt(0).toLowerCase() + numbered.slice(1);
  const { title } = namedParts(list, item, t, locale);
  return title.length > 0 ? `${lowered}: ${title.join(' – ')}` : lowered;
}

/** Which item (0-based) a field path is in, e.g. 1 for `roles.accounts.1.handle`. */
export function itemIndexOf(list: ListDefinition, path: string): number | undefined {
  if (!path.startsWith(`${list.path}.`)) return undefined;
  const index = Number(path.slice(list.path.length + 1).split('.')[0]);
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

/**
 * The item just saved on its own page, for the list page to say so when it opens ("Account 2
 * saved"): kept in memory only, so a reload or a later visit says nothing.
 */
let justSaved: { listPath: string; index: number } | null = null;

export const noteSavedItem = (list: ListDefinition, index: number) => {
  justSaved = { listPath: list.path, index };
};

/** The index of the item just saved in this list, once: the note is gone after it is read. */
export function takeSavedItem(list: ListDefinition): number | null {
  if (justSaved?.listPath !== list.path) return null;
  const { index } = justSaved;
  justSaved = null;
  return index;
}
