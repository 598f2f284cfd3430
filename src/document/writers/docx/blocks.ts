import { BorderStyle, Bookmark, HeadingLevel, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { Heading, List, RootContent } from 'mdast';
import { headingTextWithoutNumber } from '../../fill';
import { plainText, runs, type InlineRun } from './inline';
import { table } from './tables';
import { ACCENT, BULLETS, LEVEL_INDENT, NUMBERS, RULE, type Block, type ContentsEntry } from './theme';

/** The policy's body (headings, paragraphs, lists, tables, rules) as Word blocks. */

/** Between a run-in clause heading and its text: an en space. */
const RUN_IN_SPACE = '\u2002';

interface ListContext {
  reference: typeof BULLETS | typeof NUMBERS;
  instance: number;
  level: number;
  /** The last paragraph of the whole list. */
  closing: boolean;
}

export class WordBuilder {
  /** Each numbered list gets its own instance so that it starts again at 1. */
  private nextListInstance = 0;

  /**
   * The Heading 1 paragraphs written so far, for the contents list on the title page: write every
   * part of the body with this one builder, before the title page, so that the list is whole and
   * the bookmark names are unique.
   */
  readonly contents: ContentsEntry[] = [];

  private textWidth: number;
  /** The next block is the first of a section, which starts a page of its own already. */
  private opensSection = false;

  constructor(textWidth: number) {
    this.textWidth = textWidth;
  }

  blocks(nodes: readonly RootContent[], list?: ListContext): Block[] {
    return nodes.flatMap((node) => this.block(node, list));
  }

  /**
   * A compact policy's body. Each clause's heading runs into the clause's first paragraph, in bold
   * in the headings' colour and an en space ahead of the text ("3.2 Updates  Don't put updates
   * off…"), so that its many short clauses don't each spend a line on a heading: it is a few pages
   * of rules, read on paper. No full stop is added: a heading such as "Who speaks on our behalf"
   * is not a sentence. A clause that opens with a list or a table keeps its heading on a line of
   * its own. Either way the clause's number is written as text: Word numbers Heading 2 paragraphs
   * only, so it would count the headings left standing and number them 1, 2, 3. Sections keep their
   * headings (the navigation pane and PDF bookmarks list them).
   */
  runInBlocks(nodes: readonly RootContent[]): Block[] {
    const blocks: Block[] = [];
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      const next = nodes[index + 1];
      if (node.type !== 'heading' || node.depth !== 2) blocks.push(...this.block(node));
      else if (next?.type !== 'paragraph')
        blocks.push(
          new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: false, children: runs(node.children) }),
        );
      else {
        const lead = { bold: true, color: ACCENT };
        blocks.push(
          new Paragraph({
            // More space above a clause than between its paragraphs, so that they read as one.
            spacing: { before: 120 },
            children: [
              ...runs(node.children, lead),
              new TextRun({ text: RUN_IN_SPACE, ...lead }),
              ...runs(next.children),
            ],
          }),
        );
        index++;
      }
    }
    return blocks;
  }

  /**
   * A part set in a width of its own (an annex on a landscape page). When it opens a section, its
   * first heading needs no page break before it: the section starts a page, and a break there
   * too could leave a blank page.
   */
  blocksAt(
    nodes: readonly RootContent[],
    textWidth: number,
    { opensSection }: { opensSection: boolean },
  ): Block[] {
    const previous = this.textWidth;
    this.textWidth = textWidth;
    this.opensSection = opensSection;
    try {
      return this.blocks(nodes);
    } finally {
      this.textWidth = previous;
      this.opensSection = false;
    }
  }

  private block(node: RootContent, list?: ListContext): Block[] {
    const opensSection = this.opensSection;
    this.opensSection = false;
    switch (node.type) {
      case 'heading':
        return [this.heading(node, opensSection)];
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

  /**
   * Word writes the number of a Heading 1 or 2 itself, from the list its style is linked to, so a
   * section added in Word is numbered and the ones after it renumber; the number the tree holds
   * as text would show twice. The contents list can't take its entries from the headings (docx
   * would list them without their numbers), so each section is bookmarked and listed here, with
   * its number as text, as Word writes it when it updates the list.
   */
  private heading(node: Heading, opensSection: boolean): Paragraph {
    const children = runs(headingTextWithoutNumber(node));
    if (node.depth > 2) return new Paragraph({ heading: HeadingLevel.HEADING_3, children });
    // A heading the tree leaves unnumbered stays unnumbered in Word too, out of its style's list.
    const numbering = node.data?.number === undefined ? { numbering: false as const } : {};
    if (node.depth === 2) return new Paragraph({ heading: HeadingLevel.HEADING_2, ...numbering, children });
    // `_Toc` names, as Word gives the bookmarks of its contents lists: hidden in Word's list of bookmarks.
    const href = `_Toc${this.contents.length + 1}`;
    this.contents.push({ title: plainText(node.children), level: 1, href });
    return new Paragraph({
      heading: HeadingLevel.HEADING_1,
      ...numbering,
      // Each annex starts on a page of its own, to be printed, signed or pinned up alone.
      pageBreakBefore: (node.data?.annex !== undefined && !opensSection) || undefined,
      children: [new Bookmark({ id: href, children })],
    });
  }

  private paragraph(children: InlineRun[], list?: ListContext): Paragraph {
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
