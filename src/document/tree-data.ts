import type { ListItem, RootContent } from 'mdast';
import type { AnnexId } from './annexes';

/** What the renderer records on tree nodes for the writers, beyond what Markdown itself says. */
declare module 'mdast' {
  interface HeadingData {
    /** The first heading of an annex: writers start the annex on a page of its own. */
    annex?: AnnexId;
    /**
     * The clause's stable id, "security.passwords": the `{#…}` marker the template wrote after a
     * `##` heading (`takeClauseIds`), or the section's key for its `#` heading. The same in every
     * language and never printed, so a user's edits to a clause can be saved against it.
     */
    clauseId?: string;
    /** A clause or section the user wrote herself (wording-edits.ts): the editing view marks it. */
    own?: boolean;
  }
  /** Explanation around the rules (`:::more`, or `{- … -}` in a text): the compact policy leaves it out. */
  interface TextData {
    explanation?: boolean;
  }
  interface ParagraphData {
    explanation?: boolean;
    /** A clause's rules in few words (`:::short`): only the compact policy prints it, instead of the rest. */
    short?: boolean;
    /** Text the user added at the end of a clause (an added clause without a title): always printed. */
    own?: boolean;
  }
  interface ListData {
    explanation?: boolean;
    short?: boolean;
    own?: boolean;
  }
  interface ListItemData {
    explanation?: boolean;
  }
  interface TableData {
    explanation?: boolean;
    short?: boolean;
    own?: boolean;
    /** A form to fill in by hand: labels, with empty space to write beside each (see `markFormTables`). */
    form?: boolean;
  }
}

/** Whether the renderer set this mark (declared above) on a block or list item. */
export const hasMark = (node: RootContent | ListItem, mark: 'explanation' | 'short' | 'own'): boolean =>
  (node.data as Partial<Record<typeof mark, boolean>> | undefined)?.[mark] === true;
