import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { colon } from './format';
import { partOf, printedAnnexes, type PartId } from './parts';
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

  const front: RootContent[] = [];
  // The Markdown names the logo file (saved beside it by whoever keeps both); the preview shows the picture.
  if (document.logo)
    front.push({
      type: 'paragraph',
      children: [{ type: 'image', url: document.logo.fileName, alt: logoAlt(document) }],
    });
  front.push(heading(1, document.title));
  if (document.organisation)
    front.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: document.organisation }] }],
    });
  front.push({ type: 'paragraph', children: titleBlock });

  const body = document.body.children.map(moveDown);
  const annexes = printedAnnexes(document).flatMap((annex) => annex.body.children.map(moveDown));
  return { type: 'root', children: [...front, ...body, ...annexes] };
}

/** An annex, or the policy on a page, as a document of its own: its heading is the title, at level 1. */
export function partToMdast(document: PolicyDocument, id: PartId): Root {
  const part = partOf(document, id);
  if (!part) throw new Error(`This policy has no ${id === 'summary' ? 'summary' : `${id} annex`}`);
  return { type: 'root', children: structuredClone(part.body.children) };
}

/** A copy one heading level down: the title alone is level 1. */
function moveDown(node: RootContent): RootContent {
  const copy = structuredClone(node);
  if (copy.type === 'heading') copy.depth = Math.min(6, copy.depth + 1) as Heading['depth'];
  return copy;
}

/** The logo's text alternative: what it shows, for whoever can't see it. */
export const logoAlt = (document: PolicyDocument): string =>
  document.strings.logo.replace('{organisation}', document.organisation || document.title);
