/** The `{{ [function] path [?? fallback] }}` syntax of the template, in one place. */

export const PLACEHOLDER_FUNCTIONS = ['label', 'list', 'date', 'count'] as const;
export type PlaceholderFunction = (typeof PLACEHOLDER_FUNCTIONS)[number];

export interface Placeholder {
  fn: PlaceholderFunction | undefined;
  path: string;
  /** Text shown when the answer is empty; undefined means "use the 'missing' wording". */
  fallback: string | undefined;
}

export const PLACEHOLDER_PATTERN = /\{\{(.*?)\}\}/g;
const INNER = /^\s*(?:(label|list|date|count)\s+)?([A-Za-z]\w*(?:\.\w+)*)\s*(?:\?\?\s*(.*?))?\s*$/s;

export function parsePlaceholder(inner: string): Placeholder {
  const match = INNER.exec(inner);
  if (!match?.[2])
    throw new Error(
      `"{{${inner}}}" is not a placeholder: write {{path}}, {{label path}} or {{path ?? fallback}}`,
    );
  return {
    fn: match[1] as PlaceholderFunction | undefined,
    path: match[2],
    fallback: match[3],
  };
}

export function formatPlaceholder({ fn, path, fallback }: Placeholder): string {
  return `{{${fn ? `${fn} ` : ''}${path}${fallback === undefined ? '' : ` ?? ${fallback}`}}}`;
}
