/**
 * `npx tsx tests/tools/font-metrics.ts`: writes src/document/writers/font-metrics.ts, the advance
 * widths of Carlito Regular and Bold (metric-compatible with Calibri, the policy's font, and what
 * LibreOffice draws Calibri with) for the characters the policies use, so table columns can be
 * measured in the browser without shipping or parsing a font.
 *
 * The TrueType reader below is deliberately tiny: it reads only `head` (units per em), `hhea`
 * (how many glyphs have their own advance), `hmtx` (the advances) and a format 4 `cmap` (code
 * point → glyph), which is all an advance width needs. No kerning: the table layout allows a
 * safety margin for it instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const FONT_DIR = '/usr/share/fonts/truetype/crosextra';
export const REGULAR_FONT = join(FONT_DIR, 'Carlito-Regular.ttf');
export const BOLD_FONT = join(FONT_DIR, 'Carlito-Bold.ttf');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = join(ROOT, 'src/document/writers/font-metrics.ts');

/**
 * The code points the policies use (Danish, English and French text, names from anywhere in
 * Europe, typographic punctuation), as inclusive ranges. Code points Carlito lacks are left
 * out, so the layout's fallback applies to them.
 */
export const CODE_POINT_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A
  [0x2000, 0x206f], // General Punctuation: spaces, dashes, quotes, bullet, ellipsis, ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2192, 0x2192], // →
  [0x2212, 0x2212], // − (minus)
  [0x25e6, 0x25e6], // ◦
];

/**
 * Characters Carlito has no glyph for but that Word and LibreOffice draw as another character:
 * a no-break space as a space, the Unicode hyphens as a hyphen-minus. A soft hyphen is invisible
 * unless the line breaks at it, so it takes no room.
 */
const DRAWN_AS = new Map<number, number | 'nothing'>([
  [0x00a0, 0x0020],
  [0x00ad, 'nothing'],
  [0x2010, 0x002d],
  [0x2011, 0x002d],
]);

export interface FontMetrics {
  unitsPerEm: number;
  /** The advance width in font units, or undefined when the font has no glyph for the code point. */
  advance(codePoint: number): number | undefined;
}

/** Reads the advance widths of a TrueType font (a `.ttf` file's bytes). */
export function readFont(bytes: Uint8Array): FontMetrics {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableOffsets(data);
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font has no '${tag}' table.`);
    return offset;
  };
  const unitsPerEm = data.getUint16(table('head') + 18);
  const advancesCount = data.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = cmapFormat4(data, table('cmap'));
  return {
    unitsPerEm,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (glyph === 0) return undefined; // glyph 0 is .notdef: the font has no such character
      // Glyphs after the last long metric all share its advance (monospaced tails).
      return data.getUint16(hmtx + 4 * Math.min(glyph, advancesCount - 1));
    },
  };
}

/** The table directory: each table's tag and offset from the start of the file. */
function tableOffsets(data: DataView): Map<string, number> {
  const count = data.getUint16(4);
  const offsets = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const record = 12 + 16 * index;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => data.getUint8(record + byte)));
    offsets.set(tag, data.getUint32(record + 8));
  }
  return offsets;
}

/** Code point → glyph index from the Windows Unicode (BMP) subtable, which is format 4. */
function cmapFormat4(data: DataView, cmap: number): (codePoint: number) => number {
  const subtables = data.getUint16(cmap + 2);
  let subtable: number | undefined;
  for (let index = 0; index < subtables; index++) {
    const record = cmap + 4 + 8 * index;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const offset = cmap + data.getUint32(record + 4);
    if (platform === 3 && encoding === 1 && data.getUint16(offset) === 4) subtable = offset;
  }
  if (subtable === undefined) throw new Error('The font has no Windows Unicode format 4 cmap.');
  const segments = data.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2; // + 2: the reserved pad after the end codes
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segments; segment++) {
      if (codePoint > data.getUint16(ends + 2 * segment)) continue;
      const start = data.getUint16(starts + 2 * segment);
      if (codePoint < start) return 0;
      const delta = data.getUint16(deltas + 2 * segment);
      const rangeOffsetAt = rangeOffsets + 2 * segment;
      const rangeOffset = data.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      // idRangeOffset counts from its own position into the glyph index array.
      const glyph = data.getUint16(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The advance of a code point as Word and LibreOffice draw it, or undefined for the fallback. */
function drawnAdvance(font: FontMetrics, codePoint: number): number | undefined {
  const own = font.advance(codePoint);
  if (own !== undefined) return own;
  const drawnAs = DRAWN_AS.get(codePoint);
  if (drawnAs === 'nothing') return 0;
  return drawnAs === undefined ? undefined : font.advance(drawnAs);
}

/**
 * The font's advances as runs of consecutive code points: `[first code point, advance, advance, …]`.
 * A code point without a glyph ends a run, which is how the generated module tells "missing"
 * from a genuine zero width (U+200B and friends).
 */
export function advanceRuns(font: FontMetrics): number[][] {
  const runs: number[][] = [];
  let run: number[] | undefined;
  let next = -1;
  for (const [first, last] of CODE_POINT_RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const advance = drawnAdvance(font, codePoint);
      if (advance === undefined) continue;
      if (run === undefined || codePoint !== next) runs.push((run = [codePoint]));
      run.push(advance);
      next = codePoint + 1;
    }
  }
  return runs;
}

/** The generated module's source, before formatting. */
export function metricsModule(regular: FontMetrics, bold: FontMetrics): string {
  if (regular.unitsPerEm !== bold.unitsPerEm) throw new Error('Regular and Bold differ in units per em.');
  const runs = (font: FontMetrics) =>
    `[${advanceRuns(font)
      .map(([first, ...advances]) => `[0x${first!.toString(16).padStart(4, '0')}, ${advances.join(', ')}]`)
      .join(', ')}]`;
  return `/**
 * GENERATED by tests/tools/font-metrics.ts from Carlito Regular and Bold (metric-compatible
 * with Calibri): do not edit. Regenerate with \`npx tsx tests/tools/font-metrics.ts\`.
 *
 * Advance widths in font units for the characters the policies use. Each run is
 * \`[first code point, advance of it, advance of the next code point, …]\`; a code point in no
 * run has no glyph in the font.
 */

export const UNITS_PER_EM = ${regular.unitsPerEm};

/**
 * The advance assumed for a character in no run: one em. What's missing is mostly CJK, emoji
 * and symbols, which a fallback font draws about an em wide; guessing wide costs a column a
 * little room, guessing narrow breaks a word.
 */
export const FALLBACK_ADVANCE = ${regular.unitsPerEm};

export const REGULAR_ADVANCES: readonly (readonly number[])[] = ${runs(regular)};

export const BOLD_ADVANCES: readonly (readonly number[])[] = ${runs(bold)};
`;
}

async function main() {
  const source = metricsModule(readFont(readFileSync(REGULAR_FONT)), readFont(readFileSync(BOLD_FONT)));
  const options = await resolveConfig(OUTPUT);
  writeFileSync(OUTPUT, await format(source, { ...options, filepath: OUTPUT }));
  console.info(`Wrote ${OUTPUT}`);
}

// Run only as a script: the unit tests import the reader to check the generated module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
