/**
 * Makes any string safe to place in the document as one line of text: characters that XML 1.0
 * forbids (and Word refuses) are dropped, lone surrogate halves become U+FFFD, and line breaks
 * and runs of white space become single spaces. Everything else, `<`, `&`, `*`, `#`, emoji and
 * right-to-left text included, is kept as typed: escaping is each writer's job.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanInline(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
}

/**
 * Makes the user's own wording (Markdown: paragraphs, lists) safe as `cleanInline` does, but keeps
 * its line breaks and indents, which are its paragraphs and lists.
 */
export function cleanBlockText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').trim();
}

/** The text of a tree node and everything inside it, formatting left out ("**Name** here" → "Name here"). */
export function nodeText(node: object): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return node.children.map(nodeText).join('');
  return '';
}
