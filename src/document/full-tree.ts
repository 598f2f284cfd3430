import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { colon } from './format';
import type { PolicyDocument } from './render';

/**
 * The whole policy as one mdast tree, title block included: what the Markdown writer writes
 * and the preview shows. The title is the only level-1 heading; sections move down one level.
 */
export function policyToMdast(document: PolicyDocument): Root {
  const heading = (depth: Heading['depth'], text: string): Heading => ({
    type: 'heading',
    depth,
    children: [{ type: 'text', value: text }],
  });

  const titleBlock: PhrasingContent[] = document.titleBlock.flatMap((row, index) => [
    ...(index > 0 ? [{ type: 'break' } as const] : []),
    { type: 'strong', children: [{ type: 'text', value: `${row.label}${colon(document.locale)}` }] } as const,
    { type: 'text', value: ` ${row.value}` } as const,
  ]);

  const front: RootContent[] = [heading(1, document.title)];
  if (document.organisation)
    front.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: document.organisation }] }],
    });
  front.push({ type: 'paragraph', children: titleBlock });

  const body = structuredClone(document.body.children).map((node) =>
    node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + 1) as Heading['depth'] } : node,
  );
  return { type: 'root', children: [...front, ...body] };
}
