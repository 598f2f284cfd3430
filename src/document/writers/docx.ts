import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { List, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { Paper, PolicyDocument } from '../render';
import { cleanInline } from '../text';
import { CELL_PADDING, columnWidths, textWidth as measureText, withNoBreakSpaces } from './table-layout';

/**
 * The policy as a Word document. The only file in the project that imports `docx`; the app
 * loads it on demand, when the user asks for the Word file.
 *
 * Layout: A4 (US Letter in the United States and Canada), 2.5 cm margins, Calibri 11 pt; Word's
 * built-in Title and Heading 1–3 styles with outline levels (so Word's navigation pane,
 * LibreOffice's Navigator and PDF bookmarks all see the headings); real Word lists, each numbered list restarting at 1; tables with
 * explicit widths in twentieths of a point, because LibreOffice and Google Docs ignore
 * automatic widths; header with organisation and title, footer with version and "Page X of Y".
 */

const PAPER: Record<Paper, { width: number; height: number }> = {
  A4: { width: 11_906, height: 16_838 },
  letter: { width: 12_240, height: 15_840 },
};
const MARGIN = 1_418; // 2.5 cm
/** The width between the margins: 9,070 on A4, 9,404 on Letter. */
const textWidthOf = (paper: Paper) => PAPER[paper].width - 2 * MARGIN;
const FONT = 'Calibri';
const ACCENT = '1F4E79';
const RULE = 'A6A6A6';
const HEADER_FILL = 'DCE6F0';

const BULLETS = 'policy-bullets';
const NUMBERS = 'policy-numbers';
const LEVEL_INDENT = 360;

type Block = Paragraph | Table | TableOfContents;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...style })];
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italics: true });
      case 'break':
        return [new TextRun({ text: '', break: 1, ...style })];
      case 'inlineCode':
        return [new TextRun({ text: node.value, ...style })];
      case 'link':
      case 'delete':
        return runs(node.children, style);
      default:
        throw new Error(`The Word writer has no rule for inline "${node.type}"`);
    }
  });
}

interface ListContext {
  reference: typeof BULLETS | typeof NUMBERS;
  instance: number;
  level: number;
  /** The last paragraph of the whole list. */
  closing: boolean;
}

class WordBuilder {
  /** Each numbered list gets its own instance so that it starts again at 1. */
  private nextListInstance = 0;

  private readonly textWidth: number;

  constructor(textWidth: number) {
    this.textWidth = textWidth;
  }

  blocks(nodes: readonly RootContent[], list?: ListContext): Block[] {
    return nodes.flatMap((node) => this.block(node, list));
  }

  private block(node: RootContent, list?: ListContext): Block[] {
    switch (node.type) {
      case 'heading': {
        const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
          Math.min(node.depth, 3) - 1
        ];
        return [new Paragraph({ heading, children: runs(node.children) })];
      }
      case 'paragraph':
        return [this.paragraph(runs(node.children), list)];
      case 'list':
        return this.list(node, list);
      case 'table':
        return [...table(node, this.textWidth), new Paragraph({ spacing: { after: 0 }, children: [] })];
      case 'thematicBreak':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } },
            children: [],
          }),
        ];
      case 'blockquote':
        return this.blocks(node.children, list);
      default:
        throw new Error(`The Word writer has no rule for block "${node.type}"`);
    }
  }

  private paragraph(children: TextRun[], list?: ListContext): Paragraph {
    const options: IParagraphOptions = list
      ? {
          children,
          numbering: { reference: list.reference, level: list.level, instance: list.instance },
          // Items sit close together; the list as a whole keeps a paragraph's distance from what follows.
          spacing: { after: list.closing ? 140 : 60 },
        }
      : { children };
    return new Paragraph(options);
  }

  private list(node: List, parent?: ListContext): Block[] {
    const reference: ListContext['reference'] = node.ordered ? NUMBERS : BULLETS;
    const base = {
      reference,
      instance: reference === NUMBERS ? ++this.nextListInstance : 0,
      level: parent ? Math.min(parent.level + 1, 2) : 0,
    };
    return node.children.flatMap((item, itemIndex) =>
      item.children.flatMap((child, index) => {
        const closing =
          (parent ? parent.closing : true) &&
          itemIndex === node.children.length - 1 &&
          index === item.children.length - 1;
        const context: ListContext = { ...base, closing };
        if (child.type === 'list') return this.list(child, context);
        // A list item's second paragraph continues the item: indented, without a new marker.
        if (index > 0 && child.type === 'paragraph')
          return [
            new Paragraph({
              children: runs(child.children),
              indent: { left: LEVEL_INDENT * (context.level + 2) },
              spacing: { after: closing ? 140 : 60 },
            }),
          ];
        return this.block(child, context);
      }),
    );
  }
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : ''))
    .join('');
}

/** A named paragraph style for table text, so it can be changed in Word in one place. */
const TABLE_TEXT_STYLE = 'TableText';
/** Table text is Calibri 10 pt. */
const TABLE_TEXT_SIZE = 20;
const TABLE_LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** A cell's text, with its phone numbers and dates made unbreakable (no-break spaces). */
function cellRuns(nodes: readonly PhrasingContent[], style: RunStyle = {}): TextRun[] {
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
function table(node: MdTable, textWidth: number): Block[] {
  const texts = node.children.map((row) => row.children.map((cell) => plainText(cell.children)));
  const layout = columnWidths(texts, { total: textWidth, sizeHalfPoints: TABLE_TEXT_SIZE });
  return layout.fits ? [gridTable(node, layout.widths, textWidth)] : rowBlocks(node, textWidth);
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
    borders: {
      top: TABLE_LINE,
      bottom: TABLE_LINE,
      left: TABLE_LINE,
      right: TABLE_LINE,
      insideHorizontal: TABLE_LINE,
      insideVertical: TABLE_LINE,
    },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
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
    const lines = pairs.map(
      ({ label, value }, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              margins: { top: 40, bottom: 40, left: 0, right: 100 },
              children: [
                new Paragraph({
                  style: TABLE_TEXT_STYLE,
                  keepNext: index < pairs.length - 1,
                  children: cellRuns(label, { bold: true }),
                }),
              ],
            }),
            new TableCell({
              width: { size: textWidth - labelWidth, type: WidthType.DXA },
              margins: { top: 40, bottom: 40, left: 100, right: 0 },
              children: [
                new Paragraph({
                  style: TABLE_TEXT_STYLE,
                  keepNext: index < pairs.length - 1,
                  children: cellRuns(value),
                }),
              ],
            }),
          ],
        }),
    );
    return [
      name,
      new Table({
        rows: lines,
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: [labelWidth, textWidth - labelWidth],
        layout: TableLayoutType.FIXED,
        borders: {
          top: TABLE_LINE,
          bottom: TABLE_LINE,
          left: NO_LINE,
          right: NO_LINE,
          insideHorizontal: TABLE_LINE,
          insideVertical: NO_LINE,
        },
      }),
    ];
  });
}

/**
 * The title comes first, then the organisation: readers that take the first paragraphs as the
 * document's title (pandoc, mammoth, screen readers) find the title there.
 */
function titlePage(document: PolicyDocument, textWidth: number): Block[] {
  const blocks: Block[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 1_200, after: document.organisation ? 120 : undefined },
      children: [new TextRun(document.title)],
    }),
  ];
  if (document.organisation)
    blocks.push(
      new Paragraph({
        spacing: { after: 360 },
        children: [new TextRun({ text: document.organisation, size: 28, color: ACCENT, bold: true })],
      }),
    );
  const labelWidth = 2_600;
  const noBorder = NO_LINE;
  blocks.push(
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: [labelWidth, textWidth - labelWidth],
      layout: TableLayoutType.FIXED,
      borders: {
        top: noBorder,
        bottom: noBorder,
        left: noBorder,
        right: noBorder,
        insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: RULE },
        insideVertical: noBorder,
      },
      rows: document.titleBlock.map(
        (row) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                margins: { top: 80, bottom: 80, left: 0, right: 100 },
                children: [
                  new Paragraph({
                    spacing: { after: 0 },
                    children: [new TextRun({ text: row.label, bold: true })],
                  }),
                ],
              }),
              new TableCell({
                width: { size: textWidth - labelWidth, type: WidthType.DXA },
                margins: { top: 80, bottom: 80, left: 100, right: 0 },
                children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun(row.value)] })],
              }),
            ],
          }),
      ),
    }),
  );

  // A real contents list: Word's TOC field, written with an entry per section already in it (each
  // a link to its heading), so it reads right before anyone updates it; Word and LibreOffice
  // add the page numbers when they update it. Clean, so Word doesn't ask to update on opening;
  // no dot leaders, which would lead to a page number that isn't there yet.
  blocks.push(
    new Paragraph({
      spacing: { before: 600, after: 120 },
      keepNext: true,
      children: [new TextRun({ text: document.strings.contents, bold: true, size: 26, color: ACCENT })],
    }),
    new TableOfContents(document.strings.contents, {
      hyperlink: true,
      headingStyleRange: '1-1',
      beginDirty: false,
      tabLeader: LeaderType.NONE,
    }),
  );
  return blocks;
}

function headerAndFooter(
  document: PolicyDocument,
  textWidth: number,
): Pick<ISectionOptions, 'headers' | 'footers'> {
  const small: IRunOptions = { size: 18, color: '595959' };
  const headerText = [document.organisation, document.title].filter(Boolean).join(' · ');
  const [before = '', afterCurrent = ''] = document.strings.page.split('{current}');
  const [between = '', after = ''] = afterCurrent.split('{total}');
  const version = document.titleBlock[0];
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: textWidth }],
        children: [
          new TextRun({ ...small, text: version ? `${version.label} ${version.value}` : '' }),
          new TextRun({ ...small, text: '\t' + before }),
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          new TextRun({ ...small, text: between }),
          new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
          new TextRun({ ...small, text: after }),
        ],
      }),
    ],
  });
  const header = new Header({
    children: [
      new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [new TextRun({ ...small, text: headerText })],
      }),
    ],
  });
  return {
    // The title page carries the organisation and title already, so its header stays empty.
    headers: { default: header, first: new Header({ children: [new Paragraph({ children: [] })] }) },
    footers: { default: footer, first: footer },
  };
}

const bulletLevels = ['•', '–', '◦'].map((text, level) => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: LEVEL_INDENT * (level + 1) + 360, hanging: 360 } } },
}));
const numberLevels = (['%1.', '%2.', '%3.'] as const).map((text, level) => ({
  level,
  format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level],
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: LEVEL_INDENT * (level + 1) + 360, hanging: 360 } } },
}));

export function buildWordDocument(policy: PolicyDocument): Document {
  const language = { value: policy.languageTag };
  const textWidth = textWidthOf(policy.paper);
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return new Document({
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language },
          // lineRule written out: LibreOffice reads a bare w:line as an exact height, which crushes
          // a title or heading that wraps onto a second line.
          paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 360 } },
        },
        heading1: heading(32, 360, 0),
        heading2: heading(26, 240, 1),
        heading3: heading(23, 200, 2),
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: 20 },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: bulletLevels },
        { reference: NUMBERS, levels: numberLevels },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAPER[policy.paper],
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 },
          },
        },
        ...headerAndFooter(policy, textWidth),
        children: [
          ...titlePage(policy, textWidth),
          ...new WordBuilder(textWidth).blocks(policy.body.children),
        ],
      },
    ],
  });
}

/**
 * Our own core properties: docx cannot write `dc:language`, and writing the dates ourselves
 * (from the effective date, not the clock) makes the same answers give the same file.
 */
function coreProperties(policy: PolicyDocument, isoDate: string): string {
  const escape = (text: string) =>
    cleanInline(text).replace(
      /[<>&"]/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
    );
  const when = `${isoDate}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escape(policy.title)}</dc:title>`,
    `<dc:subject>${escape([policy.title, policy.organisation].filter(Boolean).join(' – '))}</dc:subject>`,
    `<dc:creator>${escape(policy.organisation || 'Policy Builder')}</dc:creator>`,
    `<dc:description>${escape(policy.titleBlock.map((row) => `${row.label}: ${row.value}`).join('; '))}</dc:description>`,
    `<dc:language>${policy.languageTag}</dc:language>`,
    '<cp:lastModifiedBy>Policy Builder</cp:lastModifiedBy>',
    `<cp:version>${escape(policy.titleBlock[0]?.value ?? '')}</cp:version>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function overrides(policy: PolicyDocument) {
  return [{ path: 'docProps/core.xml', data: coreProperties(policy, policy.effectiveDate) }];
}

/** The .docx file as bytes, in Node or the browser. */
export async function writeDocx(policy: PolicyDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildWordDocument(policy), false, overrides(policy));
  return new Uint8Array(buffer);
}

/** The .docx file as a Blob, for a download link in the browser. */
export function writeDocxBlob(policy: PolicyDocument): Promise<Blob> {
  return Packer.toBlob(buildWordDocument(policy), false, overrides(policy));
}
