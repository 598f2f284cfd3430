import {
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LeaderType,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type IRunOptions,
} from 'docx';
import { logoAlt } from '../../full-tree';
import type { Logo, PolicyDocument } from '../../render';
import { labelValueTable } from './tables';
import { ACCENT, RULE, type Block, type ContentsEntry } from './theme';

/** What frames the policy: the title page with its contents list, and each page's header and footer. */

/** The logo's box on the cover, in pixels at 96 to the inch (docx's unit for pictures): 6 × 2.5 cm. */
const LOGO_BOX = { width: 227, height: 94 };

/**
 * The logo, scaled to fit its box with its proportions kept, never enlarged (a small picture
 * enlarged turns blurry). Its text alternative names the organisation.
 */
function logoParagraph(document: PolicyDocument, logo: Logo): Paragraph {
  const scale = Math.min(1, LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  const size = (pixels: number) => Math.max(1, Math.round(pixels * scale));
  const alt = logoAlt(document);
  return new Paragraph({
    spacing: { before: 600, after: 480 },
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: Uint8Array.from(atob(logo.data), (c) => c.charCodeAt(0)),
        transformation: { width: size(logo.width), height: size(logo.height) },
        altText: { name: logo.fileName, title: alt, description: alt },
      }),
    ],
  });
}

/**
 * The cover: the logo if there is one, the title, the organisation, and the title block
 * (version, dates, owner, approval, classification). The title comes first in the text: readers
 * that take the first paragraphs as the document's title (pandoc, mammoth, screen readers) find
 * it there (a picture has no text). The contents list follows on a page of its own.
 */
export function titlePage(
  document: PolicyDocument,
  textWidth: number,
  contents: readonly ContentsEntry[],
): Block[] {
  return [...titleBlock(document, textWidth, { lowered: true }), ...contentsList(document, contents)];
}

/**
 * The title, the organisation and the title block, at the top of the first page: the head of the
 * compact policy, which a few pages of rules follow on the same page, with no contents list.
 */
export const compactHead = (document: PolicyDocument, textWidth: number): Block[] =>
  titleBlock(document, textWidth, { lowered: false });

function titleBlock(document: PolicyDocument, textWidth: number, { lowered }: { lowered: boolean }): Block[] {
  const blocks: Block[] = [];
  if (document.logo) blocks.push(logoParagraph(document, document.logo));
  blocks.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      // A cover sets the title a third of the way down; a compact policy starts at the top.
      spacing: {
        before: lowered && !document.logo ? 1_200 : 0,
        after: document.organisation ? 120 : undefined,
      },
      children: [new TextRun(document.title)],
    }),
  );
  if (document.organisation)
    blocks.push(
      new Paragraph({
        spacing: { after: 360 },
        children: [new TextRun({ text: document.organisation, size: 28, color: ACCENT, bold: true })],
      }),
    );
  const lines = document.titleBlock.map((row) => ({
    label: [new TextRun({ text: row.label, bold: true })],
    value: [new TextRun(row.value)],
  }));
  blocks.push(labelValueTable(lines, { labelWidth: 2_600, textWidth, padding: 80, framed: false }));
  return blocks;
}

function contentsList(document: PolicyDocument, contents: readonly ContentsEntry[]): Block[] {
  // A real contents list: Word's TOC field, written with an entry per section already in it (each
  // a link to its heading), so it reads right before anyone updates it; Word and LibreOffice
  // add the page numbers when they update it. Clean, so Word doesn't ask to update on opening;
  // no dot leaders, which would lead to a page number that isn't there yet.
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 120 },
      keepNext: true,
      children: [new TextRun({ text: document.strings.contents, bold: true, size: 26, color: ACCENT })],
    }),
    new TableOfContents(document.strings.contents, {
      // The sections with their numbers: Word numbers the headings from a list, which docx leaves out.
      cachedEntries: contents,
      hyperlink: true,
      headingStyleRange: '1-1',
      beginDirty: false,
      tabLeader: LeaderType.NONE,
    }),
  ];
}

/** Each page's header and footer, for this width of text. */
export function headerAndFooter(
  document: PolicyDocument,
  textWidth: number,
): { header: Header; footer: Footer } {
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
  return { header, footer };
}

/** The cover's header: empty, as the cover carries the organisation and the title already. */
export function coverHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}
