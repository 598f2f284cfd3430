import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOLD_ADVANCES,
  FALLBACK_ADVANCE,
  REGULAR_ADVANCES,
  UNITS_PER_EM,
} from '@/document/writers/font-metrics';
import {
  CELL_PADDING,
  columnWidths,
  textWidth,
  unbreakablePieces,
  withNoBreakSpaces,
  type ColumnLayout,
} from '@/document/writers/table-layout';
import { PROPERTY_RUNS } from '../support/arbitraries';
import { advanceRuns, BOLD_FONT, readFont, REGULAR_FONT } from '../tools/font-metrics';

/** A4 with 2.5 cm margins, and US Letter with the same margins. */
const A4 = 9_070;
const LETTER = 9_404;
const REGULAR = { sizeHalfPoints: 20 };
const BOLD = { bold: true, sizeHalfPoints: 20 };

// Carlito is a system package (fonts-crosextra-carlito; .ci/run installs it); read it once here.
const regularTtf = readFileSync(REGULAR_FONT);
const boldTtf = readFileSync(BOLD_FONT);

/** Widths from a layout the test expects to fit; fails the test (with the minimum) if it doesn't. */
function widthsOf(layout: ColumnLayout): number[] {
  if (!layout.fits) throw new Error(`Expected the table to fit; it needs ${layout.minimumTotal} DXA.`);
  return layout.widths;
}

const total = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

/** The width of `text` at 10 pt in DXA, read straight from the TTF, not from the generated module. */
function carlitoWidth(text: string, ttf: Uint8Array): number {
  const font = readFont(ttf);
  const units = [...text].reduce((sum, character) => sum + font.advance(character.codePointAt(0)!)!, 0);
  return (units / font.unitsPerEm) * 200;
}

describe('the generated font metrics', () => {
  it('hold the units per em that the font file says: 2048', () => {
    // Read independently of tests/tools/font-metrics.ts: the table directory, then head + 18.
    const view = new DataView(regularTtf.buffer, regularTtf.byteOffset, regularTtf.byteLength);
    const tables = view.getUint16(4);
    const head = Array.from({ length: tables }, (_, index) => 12 + 16 * index).find(
      (record) => String.fromCharCode(...regularTtf.subarray(record, record + 4)) === 'head',
    )!;
    expect(view.getUint16(view.getUint32(head + 8) + 18)).toBe(2048);
    expect(UNITS_PER_EM).toBe(2048);
    expect(FALLBACK_ADVANCE).toBe(UNITS_PER_EM);
  });

  it('are what the generator reads from the fonts today (regenerate if this fails)', () => {
    expect(REGULAR_ADVANCES).toEqual(advanceRuns(readFont(regularTtf)));
    expect(BOLD_ADVANCES).toEqual(advanceRuns(readFont(boldTtf)));
  });

  it('match advance widths read with fontTools', () => {
    const regular = readFont(regularTtf);
    const bold = readFont(boldTtf);
    const advance = (font: typeof regular, character: string) => font.advance(character.codePointAt(0)!);
    expect(['n', 'i', 'W', '@', ' ', '–', '…'].map((c) => advance(regular, c))).toEqual([
      1076, 470, 1822, 1831, 463, 1020, 1414,
    ]);
    expect(['n', 'i', 'W', '@'].map((c) => advance(bold, c))).toEqual([1099, 503, 1856, 1840]);
    // Carlito has no U+00A0 glyph; Word and LibreOffice draw a no-break space as a space.
    expect(regular.advance(0xa0)).toBeUndefined();
    expect(textWidth('a\u00a0b', REGULAR)).toBe(textWidth('a b', REGULAR));
  });

  it('stay small', () => {
    const runs = [...REGULAR_ADVANCES, ...BOLD_ADVANCES];
    expect(runs.flat().length).toBeLessThan(1_000);
  });
});

describe('textWidth', () => {
  it('measures each glyph: "W" is wider than "i"', () => {
    expect(textWidth('W', REGULAR)).toBeCloseTo((1822 / 2048) * 200, 6);
    expect(textWidth('i', REGULAR)).toBeCloseTo((470 / 2048) * 200, 6);
    expect(textWidth('W', REGULAR)).toBeGreaterThan(3 * textWidth('i', REGULAR));
  });

  it('measures bold wider, and scales with the size', () => {
    expect(textWidth('Stedfortræder', BOLD)).toBeGreaterThan(textWidth('Stedfortræder', REGULAR));
    expect(textWidth('Facebook', { sizeHalfPoints: 40 })).toBeCloseTo(2 * textWidth('Facebook', REGULAR), 6);
  });

  it('agrees with the font file for an address', () => {
    const address = 'ellie.hughes@thornburyvale.example';
    expect(textWidth(address, REGULAR)).toBeCloseTo(carlitoWidth(address, regularTtf), 6);
  });

  it('measures a decomposed accent as its composed letter, and an unknown character as an em', () => {
    expect(textWidth('Émilie'.normalize('NFD'), REGULAR)).toBe(textWidth('Émilie', REGULAR));
    expect(textWidth('漢', REGULAR)).toBe(200);
  });
});

describe('unbreakablePieces', () => {
  it.each([
    ['+45 33 12 34 56'],
    ['+1 (555) 010-0199'],
    ['+44 7700 900412'],
    ['07700 900323'],
    ['(555) 010-2299'],
    ['819 555-0140'],
  ])('keeps the phone number %s as one piece, spaces included', (phone) => {
    expect(unbreakablePieces(phone)).toEqual([phone]);
  });

  it('finds a phone number inside other text, with the punctuation stuck to it', () => {
    expect(unbreakablePieces('IT Security team, +44 20 7946 0999 (24/7)')).toEqual([
      'IT',
      'Security',
      'team,',
      '+44 20 7946 0999',
      '(24/7)',
    ]);
    expect(unbreakablePieces('Vagt (+45 33 12 34 56), hele døgnet')).toEqual([
      'Vagt',
      '(+45 33 12 34 56),',
      'hele',
      'døgnet',
    ]);
  });

  it.each([['1 March 2027'], ['1. marts 2027'], ['1er septembre 2016'], ['March 1, 2027'], ['mars 2027']])(
    'keeps the date %s as one piece',
    (date) => expect(unbreakablePieces(date)).toEqual([date]),
  );

  it('does not take versions, amounts or month-like words for phone numbers and dates', () => {
    expect(unbreakablePieces('Version 3.0 costs 10 000 kr in May')).toEqual([
      'Version',
      '3.0',
      'costs',
      '10',
      '000',
      'kr',
      'in',
      'May',
    ]);
  });

  it('breaks a hyphenated word after its hyphen, but not before a digit', () => {
    expect(unbreakablePieces('e-mail og IT-sikkerhed, COVID-19')).toEqual([
      'e-',
      'mail',
      'og',
      'IT-',
      'sikkerhed,',
      'COVID-19',
    ]);
  });

  it('never breaks an e-mail address, a handle or a URL, hyphens and all', () => {
    expect(unbreakablePieces('its-security@lakeshoreu.example @dvbf-beach https://x.example/a-b')).toEqual([
      'its-security@lakeshoreu.example',
      '@dvbf-beach',
      'https://x.example/a-b',
    ]);
  });

  it('keeps a web address without its scheme whole too, but still breaks "og/eller" and "e-mail"', () => {
    expect(unbreakablePieces('linkedin.com/company/thornbury-vale og/eller e-mail')).toEqual([
      'linkedin.com/company/thornbury-vale',
      'og/eller',
      'e-',
      'mail',
    ]);
  });

  it('does not break at a no-break space', () => {
    expect(unbreakablePieces('10\u00a0000 kr')).toEqual(['10\u00a0000', 'kr']);
  });
});

describe('withNoBreakSpaces', () => {
  it('joins a phone number and a date with no-break spaces and leaves the rest', () => {
    expect(withNoBreakSpaces('Ring +45 33 12 34 56 før 1. marts 2027')).toBe(
      'Ring +45\u00a033\u00a012\u00a034\u00a056 før 1.\u00a0marts\u00a02027',
    );
  });
});

describe('columnWidths', () => {
  const contacts = [
    ['Rolle', 'Navn', 'Telefon', 'E-mail', 'Stedfortræder'],
    [
      'HR',
      'Fiona McLeod',
      '+44 7700 900619',
      'ellie.hughes@thornburyvale.example',
      'Sam Whitaker (Deputy Chief People Officer)',
    ],
    ['IT security', 'Daniel Okafor', '+1 (555) 010-0199', 'its-security@lakeshoreu.example', 'Service desk'],
  ];

  it.each([[A4], [LETTER], [12_000]])('sum exactly to the total, %i DXA, in whole DXA', (width) => {
    const widths = widthsOf(columnWidths(contacts, { total: width }));
    expect(total(widths)).toBe(width);
    widths.forEach((w) => expect(Number.isInteger(w)).toBe(true));
  });

  it('give the e-mail column at least the address measured in Carlito 10 pt, plus the padding', () => {
    const widths = widthsOf(columnWidths(contacts, { total: A4 }));
    const address = carlitoWidth('ellie.hughes@thornburyvale.example', regularTtf);
    expect(address).toBeGreaterThan(3_000); // about 34 characters of 10 pt Calibri
    expect(widths[3]).toBeGreaterThanOrEqual(address + CELL_PADDING);
  });

  it('give every column its longest unbreakable piece', () => {
    const widths = widthsOf(columnWidths(contacts, { total: A4 }));
    widths.forEach((width, column) => {
      const pieces = contacts.flatMap((row, index) =>
        unbreakablePieces(row[column]!).map((piece) => textWidth(piece, index === 0 ? BOLD : REGULAR)),
      );
      expect(width).toBeGreaterThanOrEqual(Math.max(...pieces) + CELL_PADDING);
    });
  });

  it('measure a bold header in bold', () => {
    // With no room at all, the layout reports each column's minimum.
    const rows = [['Stedfortræder'], ['Bo']];
    const bold = columnWidths(rows, { total: 0 });
    const regular = columnWidths(rows, { total: 0, headerBold: false });
    expect(bold.fits || regular.fits).toBe(false);
    if (bold.fits || regular.fits) return;
    expect(bold.minimum[0]).toBeGreaterThanOrEqual(textWidth('Stedfortræder', BOLD) + CELL_PADDING);
    expect(bold.minimum[0]).toBeGreaterThan(regular.minimum[0]!);
  });

  it('do not squeeze addresses that cannot fit side by side: they report the minimum instead', () => {
    const addresses = [
      'ellie.hughes@thornburyvale.example',
      'fiona.mcleod@thornburyvale.example',
      'daniel.okafor@thornburyvale.example',
      'its-security@lakeshoreu.example',
    ];
    const header = ['Kommunikation', 'HR', 'IT', 'IT-sikkerhed'];
    const layout = columnWidths([header, addresses], { total: A4 });
    expect(layout.fits).toBe(false);
    if (layout.fits) return;
    expect(layout.minimumTotal).toBeGreaterThan(A4);
    expect(layout.minimumTotal).toBe(total(layout.minimum));
    layout.minimum.forEach((width, column) =>
      expect(width).toBeGreaterThanOrEqual(carlitoWidth(addresses[column]!, regularTtf) + CELL_PADDING),
    );
    // Two of them fit; so do all four on a landscape page.
    expect(columnWidths([header.slice(0, 2), addresses.slice(0, 2)], { total: A4 }).fits).toBe(true);
    expect(columnWidths([header, addresses], { total: 16_838 - 2 * 1_418 }).fits).toBe(true);
  });

  it('give long text more room than short codes', () => {
    const widths = widthsOf(
      columnWidths(
        [
          ['Net', 'Purpose'],
          ['X', 'A long sentence describing what the account is for and who reads it'],
        ],
        { total: A4 },
      ),
    );
    expect(widths[1]).toBeGreaterThan(3 * widths[0]!);
  });

  it('keep short cells (a name, a date) on one line when the page has room', () => {
    const rows = [
      ['Version', 'Dato', 'Ændringer'],
      ['3.0', '1. september 2016', 'Første udgave af politikken, skrevet sammen med medarbejderne'],
      ['3.1', '2. marts 2027', 'Nye regler'],
    ];
    const widths = widthsOf(columnWidths(rows, { total: A4 }));
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('1. september 2016', REGULAR) + CELL_PADDING);
  });

  it('say when a table fits only by wrapping its short cells, so a wider page can be chosen', () => {
    const names = ['Priya Natarajan', 'Tom Hargreaves', 'Chloe Bennett', 'Grace Adeyemi', 'Olivia Grant'];
    const rows = [names, names.map((name) => name.split(' ')[0]!)];
    const narrow = columnWidths(rows, { total: 7_000 });
    const wide = columnWidths(rows, { total: A4 });
    expect(narrow).toMatchObject({ fits: true, comfortable: false });
    expect(wide).toMatchObject({ fits: true, comfortable: true });
  });

  it('never go below a third of an equal share when there is room', () => {
    const widths = widthsOf(columnWidths([['a', 'b', 'c', 'x '.repeat(400)]], { total: A4 }));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(Math.floor(A4 / 4 / 3));
    expect(total(widths)).toBe(A4);
  });

  it('have nothing to lay out for an empty table', () => {
    expect(columnWidths([], { total: A4 })).toEqual({ fits: true, widths: [], comfortable: true });
  });

  it(`for any table, fit exactly with every piece whole, or report a minimum over the total (${PROPERTY_RUNS} runs)`, () => {
    const word = fc.stringMatching(/^[A-Za-zæøåÆØÅéü@.\-+0-9]{1,30}$/);
    const cell = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    const table = fc
      .integer({ min: 1, max: 6 })
      .chain((columns) =>
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }),
      );
    fc.assert(
      fc.property(table, fc.integer({ min: 2_000, max: 15_000 }), (rows, width) => {
        const layout = columnWidths(rows, { total: width });
        const needed = rows[0]!.map((_, column) =>
          Math.max(
            0,
            ...rows.flatMap((row, index) =>
              unbreakablePieces(row[column]!).map((piece) => textWidth(piece, index === 0 ? BOLD : REGULAR)),
            ),
          ),
        );
        if (!layout.fits) {
          expect(layout.minimumTotal).toBeGreaterThan(width);
          layout.minimum.forEach((w, column) =>
            expect(w).toBeGreaterThanOrEqual(needed[column]! + CELL_PADDING),
          );
          return;
        }
        expect(total(layout.widths)).toBe(width);
        layout.widths.forEach((w, column) => {
          expect(Number.isInteger(w)).toBe(true);
          expect(w).toBeGreaterThanOrEqual(needed[column]! + CELL_PADDING);
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
