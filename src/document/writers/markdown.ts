import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PartId } from '../parts';
import { partToMdast, policyToMdast } from '../full-tree';
import type { PolicyDocument } from '../render';

/**
 * The policy (or one of its annexes alone) as GitHub-flavoured Markdown. The serializer escapes every text node for the
 * constructs of CommonMark and GFM, so a name like `# *Acme* [x](y)` stays text.
 */
export function writeMarkdown(document: PolicyDocument, annex?: PartId): string {
  const tree = annex ? partToMdast(document, annex) : policyToMdast(document);
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  });
}
