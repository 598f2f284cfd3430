/**
 * `npx tsx tests/tools/table-layout-libreoffice.ts`: do the measured column widths hold in
 * LibreOffice? Writes a small Word file, converts it to PDF with LibreOffice (Carlito standing in
 * for Calibri) and reads it back with `pdftotext -layout`. Needs `soffice` and `pdftotext`.
 *
 * 1. Tables laid out by `columnWidths`: every address, phone number and date must come out whole
 *    on one line.
 * 2. Calibration: one-column tables exactly as wide as a string measures (plus padding), and a
 *    little narrower or wider. Whole at 100 % and broken below shows the measure is right, not
 *    merely generous.
 *
 * Exits non-zero if anything in (1) breaks. Not part of `npm test`: LibreOffice takes seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  CELL_PADDING,
  columnWidths,
  textWidth,
  unbreakablePieces,
  withNoBreakSpaces,
} from '@/document/writers/table-layout';

const TEXT_WIDTH = 9_070; // A4, 2.5 cm margins, as in src/document/writers/docx/theme.ts
const SIZE = 20; // 10 pt

/** Contact tables as the policies have them, with the longest addresses the examples use and longer. */
const TABLES: string[][][] = [
  [
    ['Rolle', 'Navn', 'Telefon', 'E-mail', 'Stedfortræder'],
    [
      'Kommunikation',
      'Ellie Hughes',
      '+44 7700 900412',
      'ellie.hughes@thornburyvale.example',
      'Sam Whitaker (Deputy Chief People Officer)',
    ],
    ['IT security', 'Daniel Okafor', '+1 (555) 010-0199', 'its-security@lakeshoreu.example', 'Service desk'],
    ['HR', 'Louise Brandt', '+45 51 36 72 19', 'louise.brandt@lyngboelge.example', 'Anne Kjærgaard'],
  ],
  [
    ['Address', 'Deputy', 'Since'],
    ['press.office@thornburyvale.example', 'deputy.press@thornburyvale.example', '1er septembre 2016'],
    ['press@lindebjergkommune.example', 'press.office@lakeshoreuni.example', '1. marts 2027'],
  ],
  [
    ['Kanal', 'Formål', 'Kontakt'],
    [
      'Facebook',
      'Pressemeddelelser, nyheder og driftsforstyrrelser for borgere og virksomheder i kommunen',
      withNoBreakSpaces('IT Security team, +44 20 7946 0999 (24/7)'),
    ],
  ],
];

/** Four long addresses side by side can't fit A4: `columnWidths` must say so rather than squeeze. */
const TOO_WIDE = [
  [
    'ellie.hughes@thornburyvale.example',
    'fiona.mcleod@thornburyvale.example',
    'daniel.okafor@thornburyvale.example',
    'its-security@lakeshoreu.example',
  ],
];

/** One-column calibration tables at these fractions of the measured width. */
const CALIBRATION_STRINGS = ['ellie.hughes@thornburyvale.example', '+44 7700 900412', 'Pressemeddelelser'];
const CALIBRATION_FACTORS = [0.97, 0.99, 1, 1.01, 1.03];
/** Each calibration table, with a label printed before it to find its lines in the PDF's text. */
const CALIBRATIONS = CALIBRATION_STRINGS.flatMap((text, stringIndex) =>
  CALIBRATION_FACTORS.map((factor, factorIndex) => ({
    text,
    factor,
    label: `calibration ${stringIndex}.${factorIndex}`,
  })),
);
const END_OF_CALIBRATION = 'end of calibration';

const line = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };

/** A table set as the policy's Word writer sets it: fixed layout, 100 DXA side margins, ½-pt rules. */
function wordTable(rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: rows.map(
      (row, index) =>
        new TableRow({
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    spacing: { after: 0 },
                    children: [new TextRun({ text: row[column] ?? '', bold: index === 0, size: SIZE })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

const gap = () => new Paragraph({ text: '' });

function calibrationTable(text: string, factor: number): Table {
  const width = Math.round(textWidth(text, { sizeHalfPoints: SIZE }) * factor) + CELL_PADDING;
  // A header row that can't influence anything: bold text is measured bold, this is regular.
  return wordTable([[''], [text]], [width]);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'table-layout-'));
  const blocks: (Paragraph | Table)[] = [];
  const tooWide = columnWidths(TOO_WIDE, { total: TEXT_WIDTH, sizeHalfPoints: SIZE });
  if (tooWide.fits) throw new Error('Four long addresses side by side should not fit.');
  console.info(`four addresses: no fit, minimum ${tooWide.minimum.join(' + ')} = ${tooWide.minimumTotal}`);
  const layouts = TABLES.map((rows) => columnWidths(rows, { total: TEXT_WIDTH, sizeHalfPoints: SIZE }));
  layouts.forEach((layout, index) => {
    if (!layout.fits) throw new Error(`Table ${index + 1} doesn't fit: minimum ${layout.minimumTotal} DXA.`);
    console.info(`table ${index + 1}: widths ${layout.widths.join(' + ')} = ${TEXT_WIDTH}`);
    blocks.push(wordTable(TABLES[index]!, layout.widths), gap());
  });
  // Each calibration table after a label, so its lines can be found in the text.
  for (const { label, text, factor } of CALIBRATIONS)
    blocks.push(new Paragraph({ text: label }), calibrationTable(text, factor));
  blocks.push(new Paragraph({ text: END_OF_CALIBRATION }));

  const document = new Document({
    styles: { default: { document: { run: { font: 'Calibri', size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11_906, height: 16_838 },
            margin: { top: 1_418, bottom: 1_418, left: 1_418, right: 1_418 },
          },
        },
        children: blocks,
      },
    ],
  });
  const docx = join(dir, 'tables.docx');
  writeFileSync(docx, await Packer.toBuffer(document));
  execFileSync(
    'soffice',
    [
      '-env:UserInstallation=file:///tmp/lo-metrics',
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  execFileSync('pdftotext', ['-layout', join(dir, 'tables.pdf'), join(dir, 'tables.txt')]);
  // No-break spaces come back as spaces or U+00A0 depending on poppler; compare on plain spaces.
  const lines = readFileSync(join(dir, 'tables.txt'), 'utf8')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const onOneLine = (text: string) => lines.some((entry) => entry.includes(text.replace(/\u00a0/g, ' ')));

  // Every piece that must not break, in every table, on one line.
  const pieces = [...new Set(TABLES.flat(2).flatMap(unbreakablePieces))];
  const broken = pieces.filter((piece) => !onOneLine(piece));
  console.info(`${pieces.length - broken.length} of ${pieces.length} unbreakable pieces on one line`);
  for (const piece of broken) console.error(`  broken: ${piece}`);

  // Calibration: is the string whole between its table's label and the next label?
  const text = lines.join('\n');
  const labels = [...CALIBRATIONS.map(({ label }) => label), END_OF_CALIBRATION];
  const whole = CALIBRATIONS.map(({ label, text: measured }, index) =>
    text.slice(text.indexOf(label), text.indexOf(labels[index + 1]!)).includes(measured),
  );
  for (const measured of CALIBRATION_STRINGS) {
    const results = CALIBRATIONS.flatMap(({ text: string, factor }, index) =>
      string === measured ? [`${Math.round(factor * 100)} %: ${whole[index] ? 'whole' : 'broken'}`] : [],
    );
    const width = textWidth(measured, { sizeHalfPoints: SIZE }).toFixed(1);
    console.info(`calibration "${measured}" (${width} DXA): ${results.join(', ')}`);
  }
  console.info(`PDF and text in ${dir}`);
  if (broken.length > 0) process.exitCode = 1;
}

await main();
