import { BorderStyle, HeadingLevel, Paragraph, type IParagraphOptions, type TextRun } from 'docx';
import type { List, RootContent } from 'mdast';
import { runs } from './inline';
import { table } from './tables';
import { BULLETS, LEVEL_INDENT, NUMBERS, RULE, type Block } from './theme';

/** The policy's body (headings, paragraphs, lists, tables, rules) as Word blocks. */

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
