import { TextRun } from 'docx';
import type { PhrasingContent } from 'mdast';

/** Inline Markdown (text, bold, italics, breaks) as Word runs. */

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

export function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): TextRun[] {
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

export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : ''))
    .join('');
}
