import { BOLD_ADVANCES, FALLBACK_ADVANCE, REGULAR_ADVANCES, UNITS_PER_EM } from './font-metrics';

/**
 * Table column widths for the Word file, measured with Calibri's real glyph widths (from
 * Carlito, which has the same metrics and is what LibreOffice draws Calibri with) rather than
 * counted in characters. Pure: no `docx`, no fonts at run time.
 *
 * The rule that matters: a column is never narrower than the widest thing in it that must not
 * break (an e-mail address, a URL, a phone number, a date, a word). Word and LibreOffice break
 * such a thing mid-character when it doesn't fit ("…@thornburyvale.exa|mple"). When the page
 * can't give every column that much, `columnWidths` says so instead of squeezing, and the
 * writer chooses another layout.
 *
 * All widths are in DXA, twentieths of a point.
 */

export interface TextStyle {
  bold?: boolean;
  /** Font size in half-points, as Word stores it: 20 is 10 pt. */
  sizeHalfPoints: number;
}

/** Code point → advance in font units, one map per weight. */
const ADVANCES = { regular: advanceMap(REGULAR_ADVANCES), bold: advanceMap(BOLD_ADVANCES) };

function advanceMap(runs: readonly (readonly number[])[]): ReadonlyMap<number, number> {
  const map = new Map<number, number>();
  for (const [first, ...advances] of runs)
    advances.forEach((advance, index) => map.set(first! + index, advance));
  return map;
}

/** How wide `text` is set in Calibri, in DXA (unrounded, without kerning). */
export function textWidth(text: string, { bold = false, sizeHalfPoints }: TextStyle): number {
  const advances = bold ? ADVANCES.bold : ADVANCES.regular;
  let units = 0;
  // Composed, so "é" typed as e + combining accent is measured as the one glyph Word draws.
  for (const character of text.normalize('NFC'))
    units += advances.get(character.codePointAt(0)!) ?? FALLBACK_ADVANCE;
  // An em is the font size: sizeHalfPoints / 2 pt, which is sizeHalfPoints × 10 DXA.
  return (units / UNITS_PER_EM) * sizeHalfPoints * 10;
}

/**
 * Spaces a line may break at (a character class's contents). Not the no-break spaces (U+00A0,
 * U+2007, U+202F), which is why this isn't `\s`.
 */
const BREAKING_SPACES = String.raw`\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000`;
const BREAKING_SPACE = new RegExp(`[${BREAKING_SPACES}]`, 'gu');
const WORD = new RegExp(`[^${BREAKING_SPACES}]+`, 'gu');

/**
 * A phone number: digit groups with single spaces, dots, hyphens or brackets between them, and
 * an optional leading "+": "+45 33 12 34 56", "+1 (555) 010-0199", "07700 900323",
 * "819 555-0140". Only a run of at least 7 digits counts (see `isPhoneNumber`), so a version
 * ("3.0") or an amount ("10 000") stays ordinary words.
 */
const DIGIT_GROUP = String.raw`(?:\(\d{1,4}\)|\d{1,5})`;
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])\+?${DIGIT_GROUP}(?:[ .\-\u00a0\u202f]?${DIGIT_GROUP}){1,7}(?![\p{L}\p{N}])`,
  'gu',
);
const isPhoneNumber = (match: string) => (match.match(/\d/g)?.length ?? 0) >= 7;

/** Month names and their usual abbreviations in English, Danish and French. */
const MONTH = [
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'januar|februar|marts|maj|juni|juli|oktober',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'janv|févr|juil|sept|jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec|déc',
].join('|');
const DAY = String.raw`\d{1,2}(?:\.|er|st|nd|rd|th)?`;
/**
 * A written date: "1 March 2027", "1. marts 2027", "1er septembre 2016", "March 1, 2027",
 * "mars 2027". Numeric dates ("2027-03-01", "01/03/2027") have no spaces, so they are single
 * words anyway; a date without a digit ("March") is only a word (see `isDate`).
 */
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${DAY}\s+)?(?:${MONTH})\.?(?![\p{L}])(?:\s+${DAY},?)?(?:\s+\d{4})?(?![\p{L}\p{N}])`,
  'giu',
);
const isDate = (match: string) => /\d/.test(match);

/**
 * E-mail addresses, handles ("@lakeshoreu") and URLs, with or without their scheme
 * ("linkedin.com/company/thornbury-vale"): never split, not even at a hyphen.
 */
const isAddress = (word: string) =>
  word.includes('@') ||
  /^(?:[a-z][a-z+.-]*:\/\/|www\.)/i.test(word) ||
  /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\//u.test(word);

/**
 * Where a word may break: after a hyphen (or en dash) between two letters, as Word and
 * LibreOffice do ("e-|mail", "IT-|sikkerhed"). Not before a digit ("COVID-19", "010-2299"),
 * where LibreOffice doesn't break, and not after a slash ("og/eller", "24/7"): LibreOffice
 * might, but keeping such a word whole only costs a little width.
 */
const HYPHEN_BREAK = /(?<=\p{L}[-\u2010\u2013])(?=\p{L})/u;

interface Span {
  start: number;
  end: number;
}

/** Phone numbers and dates: the pieces that contain spaces but must stay on one line. */
function multiWordSpans(cell: string): Span[] {
  const found = (pattern: RegExp, accept: (match: string) => boolean) =>
    [...cell.matchAll(pattern)]
      .filter((match) => accept(match[0]))
      .map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return [...found(PHONE, isPhoneNumber), ...found(DATE, isDate)].sort((a, b) => a.start - b.start);
}

/** A cell's words, each with where it stands, and the multi-word pieces merged into one. */
function pieceSpans(cell: string): (Span & { whole: boolean })[] {
  const spans = multiWordSpans(cell);
  const pieces: (Span & { whole: boolean })[] = [];
  for (const word of cell.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    const within = spans.find((span) => start < span.end && end > span.start);
    const previous = pieces.at(-1);
    // A word that shares a phone number or date with the word before joins it, with the space
    // between; punctuation stuck to it ("(+45 33 12 34 56)," ) comes along, as nothing breaks there.
    if (within && previous?.whole && previous.end > within.start) previous.end = end;
    else pieces.push({ start, end, whole: within !== undefined });
  }
  return pieces;
}

/**
 * What must never break across lines in a cell: e-mail addresses, URLs and handles, phone
 * numbers and written dates (spaces included), and otherwise single words, a hyphenated word
 * split after its hyphens. The column that holds the cell must be at least as wide as the
 * widest of these.
 */
export function unbreakablePieces(cell: string): string[] {
  return pieceSpans(cell).flatMap(({ start, end, whole }) => {
    const piece = cell.slice(start, end);
    return whole || isAddress(piece) ? [piece] : piece.split(HYPHEN_BREAK);
  });
}

/**
 * The cell with no-break spaces inside its phone numbers and dates. A column wide enough for a
 * phone number keeps it whole only when it stands alone; in "IT Security team, +44 20 7946
 * 0999 (24/7)" a line could still break at one of its spaces, unless those can't break.
 */
export function withNoBreakSpaces(cell: string): string {
  let result = '';
  let done = 0;
  for (const { start, end, whole } of pieceSpans(cell)) {
    if (!whole) continue;
    result += cell.slice(done, start) + cell.slice(start, end).replace(BREAKING_SPACE, '\u00a0');
    done = end;
  }
  return result + cell.slice(done);
}

export interface ColumnOptions {
  /** The table's width: the page's text width, 9,070 on A4 with 2.5 cm margins. */
  total: number;
  /** The first row is the header, set in bold. */
  headerBold?: boolean;
  sizeHalfPoints?: number;
  /** What a cell takes besides its text: left and right margins and the border between cells. */
  cellPadding?: number;
}

/**
 * A cell's left and right margins (100 DXA each, as the Word writer sets them), plus 10 for the
 * ½-pt border between cells. LibreOffice needs only the margins (a string stayed whole in a
 * column of its measure + 200); the 10 is for renderers that count the border inside the cell.
 */
export const CELL_PADDING = 2 * 100 + 10;

/**
 * Either widths for every column, or the news that the table can't fit: each column's minimum
 * and what they add up to, so the writer can lay the table out another way (a block per row, a
 * landscape page). `widths` exists only on the first, so a caller can't use widths without
 * having handled the second.
 */
export type ColumnLayout =
  | {
      fits: true;
      widths: number[];
      /**
       * Every column got at least its preferred width (short cells such as names on one line, no
       * column starved). False when the table fits only by wrapping more than it would like: a
       * writer with a wider page at hand (landscape) can use it.
       */
      comfortable: boolean;
    }
  | { fits: false; minimum: number[]; minimumTotal: number };

/**
 * Measured text is widened by this much before it decides a minimum. LibreOffice keeps a string
 * whole in a column exactly as wide as it measures and breaks it at 99 %
 * (tests/tools/table-layout-libreoffice.ts); the 2 % is for kerning and for renderers that
 * round glyph positions differently. 3 % would push one more example's contact table off A4.
 */
const SAFETY = 1.02;
/**
 * A cell this narrow or narrower (9 em, about 20 characters) is kept on one line when the page
 * has room: a name, a role, a date. Preferred, not required: names can break between words.
 */
const SHORT_CELL_EMS = 9;
/** A very long cell wants no more than four tables' width, so it can't take all the spare room. */
const LONGEST_WANTED = 4;

/**
 * Column widths that sum to exactly `total`, in whole DXA, that never break an unbreakable
 * piece. Room is handed out in three rounds, each only when the one before was met in full:
 *   1. every column gets its longest unbreakable piece (else: `{ fits: false }`);
 *   2. every column gets its short cells whole, and at least a third of an equal share, so no
 *      column looks starved (shared in proportion when not all of it fits);
 *   3. what is left goes to the columns whose text would wrap most, so a column of sentences
 *      gets the room and a column of short codes stays narrow.
 */
export function columnWidths(
  rows: readonly (readonly string[])[],
  { total, headerBold = true, sizeHalfPoints = 20, cellPadding = CELL_PADDING }: ColumnOptions,
): ColumnLayout {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  if (columns === 0) return { fits: true, widths: [], comfortable: true };
  const measure = (text: string, row: number) =>
    textWidth(text, { bold: headerBold && row === 0, sizeHalfPoints });
  // The width a column needs to hold text of this measure on one line.
  const holding = (measured: number) => Math.ceil(measured * SAFETY) + cellPadding;
  const cells = Array.from({ length: columns }, (_, column) =>
    rows.map((row, index) => ({ text: row[column] ?? '', row: index })),
  );
  const widest = (measures: number[]) => holding(Math.max(0, ...measures));

  const required = cells.map((column) =>
    widest(column.flatMap(({ text, row }) => unbreakablePieces(text).map((piece) => measure(piece, row)))),
  );
  const requiredTotal = sum(required);
  if (requiredTotal > total) return { fits: false, minimum: required, minimumTotal: requiredTotal };

  const oneLine = cells.map((column) => column.map(({ text, row }) => measure(text, row)));
  const shortCell = SHORT_CELL_EMS * sizeHalfPoints * 10;
  const floor = total / columns / 3;
  const preferred = oneLine.map((measures, column) =>
    Math.max(required[column]!, floor, widest(measures.filter((measured) => measured <= shortCell))),
  );
  const wanted = oneLine.map((measures, column) =>
    Math.max(preferred[column]!, Math.min(LONGEST_WANTED * total, widest(measures))),
  );

  const preferredTotal = sum(preferred);
  const widths =
    preferredTotal > total
      ? share(required, preferred, total - requiredTotal)
      : share(preferred, wanted, total - preferredTotal);
  return { fits: true, widths: wholeWidthsSummingTo(widths, total), comfortable: preferredTotal <= total };
}

/**
 * `from` plus `room`, shared in proportion to how far each column is from `to`; evenly when
 * every column is already there.
 */
function share(from: readonly number[], to: readonly number[], room: number): number[] {
  const gaps = from.map((width, column) => Math.max(0, to[column]! - width));
  const gap = sum(gaps);
  return from.map((width, column) => width + (gap > 0 ? (room * gaps[column]!) / gap : room / from.length));
}

/**
 * Rounds down, then hands the DXA lost to rounding to the columns that lost most: whole
 * numbers, summing exactly to `total`, none below its rounded-down self (so none below a
 * required minimum, which is whole).
 */
function wholeWidthsSummingTo(widths: readonly number[], total: number): number[] {
  const whole = widths.map(Math.floor);
  const left = Math.round(total - sum(whole));
  const byLoss = widths
    .map((width, column) => ({ column, loss: width - whole[column]! }))
    .sort((a, b) => b.loss - a.loss || a.column - b.column);
  for (let index = 0; index < left; index++) whole[byLoss[index % byLoss.length]!.column]! += 1;
  return whole;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
