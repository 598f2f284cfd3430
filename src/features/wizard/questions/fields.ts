import type { Answers, Part } from '@/domain/answers';
import * as o from '@/domain/options';

/**
 * What a question page is made of: its fields, and short builders for the common kinds of field.
 * The pages themselves are in one file per part of the wizard, gathered in index.ts.
 */

interface FieldBase {
  /** The answer's path, e.g. `organisation.name`; inside a list item, relative to the item. */
  path: string;
  /**
   * Must be answered before Continue (GOV.UK: no asterisk; optional ones say "(optional)"); a
   * function for one of two answers, where either is enough (it says when this one is needed).
   * Matches what `domain/required.ts` reports as missing, so the page says it first.
   */
  required?: boolean | ((answers: Answers) => boolean);
  /** Shown only when this holds for the answers as they stand (page values included). */
  showIf?: (answers: Answers) => boolean;
  /** Inside a list item: shown only when this holds for the item (e.g. "other" was chosen). */
  showIfItem?: (item: Record<string, unknown>) => boolean;
  /**
   * When the hint depends on other answers: the key (under `fields.<path>`) of the hint to show
   * instead of `hint`, or undefined for the usual one.
   */
  hintFor?: (answers: Answers) => string | undefined;
}

export type Field =
  | (FieldBase & {
      kind: 'text';
      inputMode?: 'email' | 'tel';
      autoComplete?: string;
      width?: 'short' | 'medium' | 'long';
    })
  | (FieldBase & { kind: 'textarea' })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & {
      kind: 'radios';
      options: readonly string[];
      group: o.TermGroup;
      /**
       * For an answer that may stay empty: a last choice ("No set time") whose value is empty, so
       * a choice made can be taken back. Its words are `fields.<path>.none`.
       */
      none?: boolean;
    })
  | (FieldBase & { kind: 'checkboxes'; options: readonly string[]; group: o.TermGroup })
  | (FieldBase & {
      kind: 'yesNo';
      /** A third choice, "I don't know – use recommended practice" (`domain/recommended.ts`). */
      recommended?: boolean;
    })
  /** A list of short texts, one per line of a field each, added and removed with buttons. */
  | (FieldBase & { kind: 'textList' })
  /**
   * A list of records (GOV.UK's "add another"): the question page lists the items, and each is
   * added or changed on a page of its own with the item's fields.
   */
  | (FieldBase & {
      kind: 'list';
      item: readonly Field[];
      newItem: () => Record<string, unknown>;
      /**
       * The item's fields that name it in the list, e.g. network and account name ("LinkedIn –
       * @acme"); the others are summed up under the name.
       */
      titleFields: readonly string[];
    })
  /**
   * A picture from a file on the user's computer (PNG or JPEG), read in the browser and kept in
   * the answers as data: the logo. Never inside a list.
   */
  | (FieldBase & { kind: 'image' });

export interface QuestionPage {
  /** Unique; the page's URL is /<part>/<id>. */
  id: string;
  part: Part;
  fields: readonly Field[];
  /** Asked only when this holds (e.g. no crisis contacts here when the crisis plan is separate). */
  showIf?: (answers: Answers) => boolean;
}

export const choice = <G extends o.TermGroup>(
  path: string,
  group: G,
  extra: Partial<FieldBase> & { none?: boolean } = {},
): Field => ({
  kind: 'radios',
  path,
  group,
  options: o.TERM_GROUPS[group],
  ...extra,
});
export const choices = <G extends o.TermGroup>(
  path: string,
  group: G,
  extra: Partial<FieldBase> = {},
): Field => ({
  kind: 'checkboxes',
  path,
  group,
  options: o.TERM_GROUPS[group],
  ...extra,
});
export const text = (path: string, extra: Partial<Extract<Field, { kind: 'text' }>> = {}): Field => ({
  kind: 'text',
  path,
  ...extra,
});
export const email = (path: string, extra: Partial<FieldBase> = {}): Field => ({
  kind: 'text',
  path,
  inputMode: 'email',
  autoComplete: 'off',
  width: 'medium',
  ...extra,
});
export const phone = (path: string): Field => ({ kind: 'text', path, inputMode: 'tel', width: 'short' });
export const yesNo = (path: string, extra: Partial<FieldBase> & { recommended?: boolean } = {}): Field => ({
  kind: 'yesNo',
  path,
  ...extra,
});
