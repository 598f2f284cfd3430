import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { policyToMdast } from '../full-tree';
import type { PolicyDocument } from '../render';

/**
 * The policy as GitHub-flavoured Markdown. The serializer escapes every text node for the
 * constructs of CommonMark and GFM, so a name like `# *Acme* [x](y)` stays text.
 */
export function writeMarkdown(document: PolicyDocument): string {
  return toMarkdown(policyToMdast(document), {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  });
}
