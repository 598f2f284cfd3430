import { ExternalHyperlink, TextRun } from 'docx';
import type { PhrasingContent } from 'mdast';

/** Inline Markdown (text, bold, italics, breaks, links) as Word runs. */

/** A run of text, or a link holding runs. */
export type InlineRun = TextRun | ExternalHyperlink;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** A hex colour, for a lead-in in the headings' colour. */
  color?: string;
  /** Inside a link: Word's Hyperlink character style. */
  link?: boolean;
}

const runStyle = ({ link, ...style }: RunStyle) => (link ? { ...style, style: 'Hyperlink' } : style);

export function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): InlineRun[] {
  return nodes.flatMap((node): InlineRun[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...runStyle(style) })];
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italics: true });
      case 'break':
        return [new TextRun({ text: '', break: 1, ...runStyle(style) })];
      case 'inlineCode':
        return [new TextRun({ text: node.value, ...runStyle(style) })];
      case 'link':
        // Word's own Hyperlink style (blue, underlined), so the link looks like one in every reader.
        return [
          new ExternalHyperlink({
            link: node.url,
            children: runs(node.children, { ...style, link: true }) as TextRun[],
          }),
        ];
      case 'delete':
        return runs(node.children, style);
      default:
        throw new Error(`The Word writer has no rule for inline "${node.type}"`);
    }
  });
}

export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : ''))
    .join('');
}
