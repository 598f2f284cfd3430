import { clausesReading, samePathOrNested } from '@/document/clause-paths';
import { TITLE_BLOCK_READS } from '@/document/render';
import type { TemplateBundle } from '@/document/template';

/** The preview's name for the title block above the numbered sections, which has no clause id. */
export const TITLE_BLOCK = 'title-block';

/**
 * The parts of the policy that answers at these paths (a question page's fields) change: the
 * title block, and the clauses that read them in the template, in the order they are printed.
 * Read off the template and the title block's own list, so no page keeps a list of its sections.
 */
export function affectedParts(bundle: TemplateBundle, asked: readonly string[]): string[] {
  const inTitle = TITLE_BLOCK_READS.some((read) => asked.some((path) => samePathOrNested(path, read)));
  return [...(inTitle ? [TITLE_BLOCK] : []), ...clausesReading(bundle, asked)];
}
