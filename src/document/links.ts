import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';

/**
 * Every e-mail address in the policy's text becomes a mailto link, so a reader of the Word file,
 * the preview or a PDF made from either can write to it with a click. Only text the renderer
 * filled is touched, and a link's text is the address exactly as written. Headings keep plain
 * text: a heading is a place to navigate to, not from.
 */
const EMAIL_IN_TEXT = /[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,}/gu;

export function linkEmailAddresses(root: Root): void {
  visit(root);
}

function visit(node: Parent): void {
  if (node.type === 'heading' || node.type === 'link') return;
  let linked = false;
  const children: Parent['children'] = node.children.flatMap((child): Parent['children'] => {
    if (child.type !== 'text') {
      if ('children' in child) visit(child);
      return [child];
    }
    const parts = withLinks(child);
    linked ||= parts.length !== 1 || parts[0] !== child;
    return parts;
  });
  if (linked) node.children = children;
}

function withLinks(text: Text): PhrasingContent[] {
  // The address pattern, with its Unicode classes, is slow to try at every character; most text has no "@".
  if (!text.value.includes('@')) return [text];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(EMAIL_IN_TEXT)) {
    const address = match[0];
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
    out.push({
      type: 'link',
      url: `mailto:${address}`,
      children: [{ type: 'text', value: address }],
    } satisfies Link);
    last = match.index + address.length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}
