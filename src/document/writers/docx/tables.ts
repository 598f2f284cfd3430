import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { PhrasingContent, Table as MdTable } from 'mdast';
import { CELL_PADDING, columnWidths, textWidth as measureText, withNoBreakSpaces } from '../table-layout';
import { plainText, runs, type InlineRun, type RunStyle } from './inline';
import { HEADER_FILL, RULE, TABLE_TEXT_SIZE, TABLE_TEXT_STYLE, type Block } from './theme';

export const TABLE_LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE };
export const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** A grid: a thin rule round the table and between all its cells. */
const ALL_LINES = {
  top: TABLE_LINE,
  bottom: TABLE_LINE,
  left: TABLE_LINE,
  right: TABLE_LINE,
  insideHorizontal: TABLE_LINE,
  insideVertical: TABLE_LINE,
};

/** A cell's text, with its phone numbers and dates made unbreakable (no-break spaces). */
function cellRuns(nodes: readonly PhrasingContent[], style: RunStyle = {}): InlineRun[] {
  const keepWhole = (node: PhrasingContent): PhrasingContent =>
    node.type === 'text'
      ? { ...node, value: withNoBreakSpaces(node.value) }
      : 'children' in node
        ? ({ ...node, children: node.children.map(keepWhole) } as PhrasingContent)
        : node;
  return runs(nodes.map(keepWhole), style);
}

/**
 * A table whose columns are measured (table-layout.ts) so that no address, phone number, date
 * or word breaks inside a cell. When the page is too narrow for that, the rows become blocks
 * instead of being squeezed: each row's first cell as a bold line, the other cells under it as
 * label and value (the usual shape of a contact list printed on paper).
 */
export function table(node: MdTable, textWidth: number): Block[] {
  if (node.data?.form) return [formTable(node, textWidth)];
  const layout = measuredLayout(node, textWidth);
  return layout.fits ? [gridTable(node, layout.widths, textWidth)] : rowBlocks(node, textWidth);
}

function measuredLayout(node: MdTable, textWidth: number) {
  const texts = node.children.map((row) => row.children.map((cell) => plainText(cell.children)));
  return columnWidths(texts, { total: textWidth, sizeHalfPoints: TABLE_TEXT_SIZE });
}

/**
 * How the table sits in this width: `comfortable` as a grid with its short cells (names, roles)
 * on one line; `tight` as a grid only by wrapping those; `none`, laid out as blocks. A part whose
 * table is tight or worse upright is better set on a landscape page, if it fits there. A form is
 * always comfortable: its widths are fixed.
 */
export function tableFit(node: MdTable, textWidth: number): 'comfortable' | 'tight' | 'none' {
  if (node.data?.form) return 'comfortable';
  const layout = measuredLayout(node, textWidth);
  return !layout.fits ? 'none' : layout.comfortable ? 'comfortable' : 'tight';
}

function gridTable(node: MdTable, widths: readonly number[], textWidth: number): Table {
  const rows = node.children.map((row, rowIndex) => {
    const header = rowIndex === 0;
    return new TableRow({
      // Only the header row says anything: an explicit "off" on a data row makes mammoth read it as a header.
      tableHeader: header || undefined,
      cantSplit: true,
      children: widths.map((width, column) => {
        const cell = row.children[column];
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
          children: [
            new Paragraph({
              style: TABLE_TEXT_STYLE,
              children: cellRuns(cell?.children ?? [], header ? { bold: true } : {}),
            }),
          ],
        });
      }),
    });
  });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    // Borders and padding once for the table, not per cell: a smaller file, written faster.
    borders: ALL_LINES,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** Room to write a name or a signature by hand: 1.4 cm a line. */
const FORM_ROW_HEIGHT = 800;

/**
 * A form to fill in by hand (`markFormTables`): each row a label in bold and a box to write in,
 * tall enough for handwriting, with no header row (every row is a question).
 */
function formTable(node: MdTable, textWidth: number): Table {
  const labelWidth = Math.round(textWidth * 0.3);
  const widths = [labelWidth, textWidth - labelWidth];
  return new Table({
    rows: node.children.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          height: { value: FORM_ROW_HEIGHT, rule: HeightRule.ATLEAST },
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                verticalAlign: VerticalAlign.BOTTOM,
                children: [
                  new Paragraph({
                    style: TABLE_TEXT_STYLE,
                    children: cellRuns(row.children[column]?.children ?? [], { bold: column === 0 }),
                  }),
                ],
              }),
          ),
        }),
    ),
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ALL_LINES,
    margins: { top: 60, bottom: 80, left: 100, right: 100 },
  });
}

/** Each data row as a block: its first cell in bold, then "label | value" for the other cells. */
function rowBlocks(node: MdTable, textWidth: number): Block[] {
  const [header, ...rows] = node.children;
  const labels = header?.children.map((cell) => cell.children) ?? [];
  const labelWidth = Math.min(
    Math.floor(textWidth * 0.35),
    Math.ceil(
      Math.max(
        0,
        ...labels.map((label) =>
          measureText(plainText(label), { bold: true, sizeHalfPoints: TABLE_TEXT_SIZE }),
        ),
      ) * 1.02,
    ) + CELL_PADDING,
  );
  return rows.flatMap((row) => {
    const [first, ...rest] = row.children;
    const pairs = rest.flatMap((cell, index) =>
      plainText(cell.children).trim() ? [{ label: labels[index + 1] ?? [], value: cell.children }] : [],
    );
    const name = new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 160, after: 60 },
      children: cellRuns(first?.children ?? [], { bold: true }),
    });
    if (pairs.length === 0) return [name];
    const lines = pairs.map(({ label, value }) => ({
      label: cellRuns(label, { bold: true }),
      value: cellRuns(value),
    }));
    return [
      name,
      labelValueTable(lines, { labelWidth, textWidth, padding: 40, framed: true, style: TABLE_TEXT_STYLE }),
    ];
  });
}

export interface LabelledLine {
  label: InlineRun[];
  value: InlineRun[];
}

/**
 * Two columns, a label and its value, with a rule between lines and none down the sides: the
 * title block, and a table row laid out as a block. Kept together on one page (each line keeps
 * with the next); `framed` adds a rule above and below.
 */
export function labelValueTable(
  lines: readonly LabelledLine[],
  options: { labelWidth: number; textWidth: number; padding: number; framed: boolean; style?: string },
): Table {
  const { labelWidth, textWidth, padding, framed, style } = options;
  const cell = (
    children: InlineRun[],
    width: number,
    margins: { left: number; right: number },
    keepNext: boolean,
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: padding, bottom: padding, ...margins },
      children: [new Paragraph({ style, spacing: style ? undefined : { after: 0 }, keepNext, children })],
    });
  return new Table({
    rows: lines.map(({ label, value }, index) => {
      const keepNext = index < lines.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [
          cell(label, labelWidth, { left: 0, right: 100 }, keepNext),
          cell(value, textWidth - labelWidth, { left: 100, right: 0 }, keepNext),
        ],
      });
    }),
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, textWidth - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: framed ? TABLE_LINE : NO_LINE,
      bottom: framed ? TABLE_LINE : NO_LINE,
      left: NO_LINE,
      right: NO_LINE,
      insideHorizontal: TABLE_LINE,
      insideVertical: NO_LINE,
    },
  });
}
