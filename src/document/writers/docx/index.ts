import {
  AlignmentType,
  Document,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageOrientation,
  type ISectionOptions,
} from 'docx';
import { partOf, printedAnnexes, type PartId, type PolicyPart } from '../../parts';
import type { PolicyDocument } from '../../render';
import { cleanInline } from '../../text';
import { WordBuilder } from './blocks';
import { compactHead, coverHeader, headerAndFooter, titlePage } from './page';
import { tableFit } from './tables';
import {
  ACCENT,
  BULLETS,
  COMPACT_MARGIN,
  FONT,
  HEADING_NUMBERS,
  LEVEL_INDENT,
  MARGIN,
  NUMBERS,
  PAPER,
  TABLE_TEXT_SIZE,
  TABLE_TEXT_STYLE,
  landscapeTextWidthOf,
  textWidthOf,
  type Block,
} from './theme';

/**
 * The policy as a Word document. This folder holds the only files in the project that import
 * `docx`; the app loads them on demand, when the user asks for the Word file. Its parts: the
 * measures (theme.ts), inline text (inline.ts), the body's blocks (blocks.ts), tables
 * (tables.ts), the title page and page furniture (page.ts); here, the styles and the file.
 *
 * Layout: A4 (US Letter in the United States and Canada), 2.5 cm margins, Calibri 11 pt (a compact
 * policy: 2 cm, 10 pt); Word's built-in Title and Heading 1–3 styles with outline levels (so
 * Word's navigation pane, LibreOffice's Navigator and PDF bookmarks all see the headings), Heading
 * 1 and 2 numbered by the list their styles are linked to; real Word lists, each numbered list
 * restarting at 1; tables with measured widths in twentieths of a point,
 * because LibreOffice and Google Docs ignore automatic widths, and an annex whose table needs
 * it on a landscape page; header with organisation and title, footer with version and "Page X of Y".
 */

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

/**
 * "3." and "3.2", as numberHeadings writes them in the Markdown. Each level names its heading style
 * and each heading style names its level (`numbered` below): Word then numbers a heading given
 * the style in Word, renumbers the rest, and lists the level under "Link level to style". A space
 * after the number and no indent keep the headings as they looked with the number as text, and make
 * Word's own contents entries, when it updates the list, read "3. Security" as ours do; a tab would
 * need a hanging indent as wide as the widest number ("10.12" at 13 pt).
 */
const headingNumberLevels = (['%1.', '%1.%2'] as const).map((text, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.SPACE,
  style: { style: `Heading${level + 1}`, paragraph: { indent: { left: 0, hanging: 0 } } },
}));

/** The compact policy itself is set tighter; an annex printed on its own keeps the usual page. */
const isCompact = (policy: PolicyDocument, annex?: PartId) =>
  policy.length === 'compact' && annex === undefined;

/**
 * The policy as a Word document: the cover and contents (a compact policy: the title above its
 * first section), then the sections and the annexes, each annex from a new page. With `annex`, that
 * annex alone, for printing and filing on its own.
 */
export function buildWordDocument(policy: PolicyDocument, annex?: PartId): Document {
  const language = { value: policy.languageTag };
  // A compact policy is set a little tighter, as a short document is: smaller headings with less
  // space around them (most of its clause headings run into their text; see WordBuilder.runInBlocks).
  const tight = isCompact(policy, annex);
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size: tight ? size - 4 : size, bold: true, color: ACCENT },
    paragraph: {
      spacing: { before: tight ? before / 2 : before, after: tight ? 60 : 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  });
  const numbered = (style: ReturnType<typeof heading>, level: number) => ({
    ...style,
    paragraph: { ...style.paragraph, numbering: { reference: HEADING_NUMBERS, level } },
  });
  return new Document({
    styles: {
      default: {
        document: {
          // The policy on a page is set a half point smaller (10.5 pt): its dozen rules must fit one
          // sheet even when long answers (names of teams, a hotline) come in another language. So is
          // the compact policy, a few pages, 10 pt with a little less space between lines.
          run: { font: FONT, size: tight ? 20 : annex === 'summary' ? 21 : 22, language },
          // lineRule written out: LibreOffice reads a bare w:line as an exact height, which crushes
          // a title or heading that wraps onto a second line.
          paragraph: {
            spacing: { after: tight ? 80 : 140, line: tight ? 252 : 276, lineRule: LineRuleType.AUTO },
          },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 360 } },
        },
        heading1: numbered(heading(32, 360, 0), 0),
        heading2: numbered(heading(26, 240, 1), 1),
        heading3: heading(23, 200, 2),
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: TABLE_TEXT_SIZE },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: bulletLevels },
        { reference: NUMBERS, levels: numberLevels },
        { reference: HEADING_NUMBERS, levels: headingNumberLevels },
      ],
    },
    sections: documentSections(policy, annex),
  });
}

/**
 * The cover with the contents, then the body and the annexes. Each part is a section: portrait,
 * except an annex whose table would wrap its names and roles upright but fits a landscape page,
 * which is set on one (the crisis contact sheet stays one page to pin up, a contact a line).
 */
function documentSections(policy: PolicyDocument, annex?: PartId): ISectionOptions[] {
  const side = isCompact(policy, annex) ? COMPACT_MARGIN : MARGIN;
  const portrait = textWidthOf(policy.paper, side);
  const landscape = landscapeTextWidthOf(policy.paper, side);
  const margin = { top: side, bottom: side, left: side, right: side, header: 708, footer: 708 };
  const frames = {
    portrait: headerAndFooter(policy, portrait),
    landscape: headerAndFooter(policy, landscape),
  };
  const section = (onItsSide: boolean, children: Block[]): ISectionOptions => ({
    properties: {
      page: {
        // docx turns the portrait size round itself for a landscape page.
        size: {
          ...PAPER[policy.paper],
          orientation: onItsSide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin,
      },
    },
    headers: { default: frames[onItsSide ? 'landscape' : 'portrait'].header },
    footers: { default: frames[onItsSide ? 'landscape' : 'portrait'].footer },
    children,
  });
  const onItsSide = (annex: PolicyPart) => {
    const tables = annex.body.children.filter((node) => node.type === 'table');
    return (
      tables.some((table) => tableFit(table, portrait) !== 'comfortable') &&
      tables.every((table) => tableFit(table, landscape) !== 'none')
    );
  };
  // The body before the title page: its sections and annexes are the entries of the contents list there.
  const builder = new WordBuilder(portrait);
  if (annex) {
    const alone = partOf(policy, annex);
    if (!alone) throw new Error(`This policy has no ${annex === 'summary' ? 'summary' : `${annex} annex`}`);
    const turned = onItsSide(alone);
    return [
      section(
        turned,
        builder.blocksAt(alone.body.children, turned ? landscape : portrait, { opensSection: true }),
      ),
    ];
  }
  const body = policy.body.children;
  const parts = [
    { turned: false, blocks: isCompact(policy) ? builder.runInBlocks(body) : builder.blocks(body) },
  ];
  for (const each of printedAnnexes(policy)) {
    const turned = onItsSide(each);
    const last = parts.at(-1)!;
    // Annexes of one orientation share a section; a change of orientation starts a new one.
    const opensSection = last.turned !== turned;
    const blocks = builder.blocksAt(each.body.children, turned ? landscape : portrait, { opensSection });
    if (opensSection) parts.push({ turned, blocks });
    else last.blocks.push(...blocks);
  }
  // The first page carries the title, so it has a header of its own (none). Only this section is
  // given a first page's header and footer: docx writes every one it is given into the file, used
  // or not, twice over.
  const opening = (children: Block[]): ISectionOptions => {
    const first = section(false, children);
    return {
      ...first,
      properties: { ...first.properties, titlePage: true },
      headers: { ...first.headers, first: coverHeader() },
      footers: { ...first.footers, first: frames.portrait.footer },
    };
  };
  // A compact policy is a few pages: the rules start under the title, with no contents list.
  if (policy.length === 'compact') {
    const [body, ...rest] = parts;
    return [
      opening([...compactHead(policy, portrait), ...body!.blocks]),
      ...rest.map((part) => section(part.turned, part.blocks)),
    ];
  }
  return [
    // The cover and the contents list; then the policy itself from a new page, numbered on.
    opening(titlePage(policy, portrait, builder.contents)),
    ...parts.map((part) => section(part.turned, part.blocks)),
  ];
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

/** The .docx file (of the policy, or one annex alone) as bytes, in Node or the browser. */
export async function writeDocx(policy: PolicyDocument, annex?: PartId): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildWordDocument(policy, annex), false, overrides(policy));
  return new Uint8Array(buffer);
}

/** The .docx file as a Blob, for a download link in the browser. */
export function writeDocxBlob(policy: PolicyDocument, annex?: PartId): Promise<Blob> {
  return Packer.toBlob(buildWordDocument(policy, annex), false, overrides(policy));
}
