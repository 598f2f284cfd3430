import type { AnnexId } from './annexes';

/** What the renderer records on tree nodes for the writers, beyond what Markdown itself says. */
declare module 'mdast' {
  interface HeadingData {
    /** The first heading of an annex: writers start the annex on a page of its own. */
    annex?: AnnexId;
  }
  interface TableData {
    /** A form to fill in by hand: labels, with empty space to write beside each (see `markFormTables`). */
    form?: boolean;
  }
}
