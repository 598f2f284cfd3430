import type { Paragraph, Table, TableOfContents } from 'docx';
import type { Paper } from '../../render';

/** The Word file's measures and colours, shared by its parts. Sizes in DXA (1/20 pt). */

export const PAPER: Record<Paper, { width: number; height: number }> = {
  A4: { width: 11_906, height: 16_838 },
  letter: { width: 12_240, height: 15_840 },
};
export const MARGIN = 1_418; // 2.5 cm
/** A compact policy is a short document of rules, set on 2 cm margins to keep it to a few pages. */
export const COMPACT_MARGIN = 1_134;
/** The width between the margins: 9,070 on A4, 9,404 on Letter (compact: 9,638 and 9,972). */
export const textWidthOf = (paper: Paper, margin = MARGIN) => PAPER[paper].width - 2 * margin;
/** The width between the margins of a landscape page: 14,002 on A4, 13,004 on Letter. */
export const landscapeTextWidthOf = (paper: Paper, margin = MARGIN) => PAPER[paper].height - 2 * margin;
export const FONT = 'Calibri';
export const ACCENT = '1F4E79';
export const RULE = 'A6A6A6';
export const HEADER_FILL = 'DCE6F0';

export const BULLETS = 'policy-bullets';
export const NUMBERS = 'policy-numbers';
/** The numbering of Heading 1 and Heading 2 ("3.", "3.2"), which those styles are linked to. */
export const HEADING_NUMBERS = 'policy-heading-numbers';
export const LEVEL_INDENT = 360;

/**
 * A line of the contents list as written before Word updates the field: a section's heading with
 * its number, as the Markdown shows it, and the bookmark on the heading it links to.
 */
export interface ContentsEntry {
  title: string;
  level: number;
  href: string;
}

/** A named paragraph style for table text, so it can be changed in Word in one place. */
export const TABLE_TEXT_STYLE = 'TableText';
/** Table text is Calibri 10 pt. */
export const TABLE_TEXT_SIZE = 20;

export type Block = Paragraph | Table | TableOfContents;
