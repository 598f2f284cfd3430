import { CLAUSE_ID_PATTERN, sectionClauseId } from './clause-ids';
import { parseDirectives, resolveAlias, type Block } from './directives';
import { conditionPaths } from './expression';
import { parsePlaceholder, PLACEHOLDER_PATTERN } from './placeholder';
import { DERIVED_FROM } from './scope';
import type { TemplateBundle } from './template';

/**
 * Which answers each clause of the template reads: the paths in its placeholders, its conditions
 * and its repeats, with `derived.*` values traced back to the answers they are made from. Read off
 * the template itself, so a clause that starts to use an answer is found without a list to keep.
 *
 * A clause is a section's `##` heading with what follows it up to the next; the lines before a
 * section's first `##` belong to the section itself (its id is the file's, as in `clause-ids.ts`).
 */
export interface ClauseReads {
  /** The clause's id, `personal.naming-us`, or the section's, `personal`. */
  id: string;
  /** The section it is in, `personal`. */
  section: string;
  /** Answer paths without list indexes: `roles.accounts.handle`, never `roles.accounts.0.handle`. */
  paths: ReadonlySet<string>;
}

const SUBHEADING = /^##\s/;

const cache = new WeakMap<TemplateBundle, ClauseReads[]>();

/**
 * Every clause of the bundle's sections, then of its annexes (printed after them, each under
 * its file's id, `annex-contacts`), in document order, with the answers it reads.
 */
export function clauseReads(bundle: TemplateBundle): ClauseReads[] {
  let reads = cache.get(bundle);
  if (!reads) {
    reads = [...bundle.sections, ...(bundle.annexes ?? [])].flatMap((section) =>
      sectionReads(section.id, section.source),
    );
    cache.set(bundle, reads);
  }
  return reads;
}

function sectionReads(fileId: string, source: string): ClauseReads[] {
  const section = sectionClauseId(fileId);
  const clauses: { id: string; section: string; paths: Set<string> }[] = [
    { id: section, section, paths: new Set() },
  ];
  const add = (path: string) => {
    for (const answer of answerPaths(path)) clauses.at(-1)!.paths.add(answer);
  };
  // Lines are visited in the order of the file, so a `##` line starts the clause every later line is in.
  const visit = (blocks: readonly Block[], aliases: ReadonlyMap<string, string>): void => {
    for (const block of blocks) {
      switch (block.kind) {
        case 'line': {
          const id = SUBHEADING.test(block.text) ? CLAUSE_ID_PATTERN.exec(block.text)?.[1] : undefined;
          if (id) clauses.push({ id, section, paths: new Set() });
          for (const [, inner = ''] of block.text.matchAll(PLACEHOLDER_PATTERN))
            add(resolveAlias(parsePlaceholder(inner).path, aliases));
          break;
        }
        case 'if':
          for (const branch of block.branches) {
            for (const path of conditionPaths(branch.condition)) add(resolveAlias(path, aliases));
            visit(branch.body, aliases);
          }
          visit(block.otherwise, aliases);
          break;
        case 'each': {
          const list = resolveAlias(block.path, aliases);
          add(list);
          visit(block.body, new Map(aliases).set(block.name, list));
          break;
        }
        case 'more':
        case 'short':
          visit(block.body, aliases);
          break;
      }
    }
  };
  visit(parseDirectives(source, fileId), new Map());
  return clauses;
}

/** `derived.ownerContact` → the answers it is made from; an answer path stands for itself, less indexes. */
function answerPaths(path: string): readonly string[] {
  const plain = path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
  if (!plain.startsWith('derived.')) return [plain];
  const key = plain.split('.')[1] as keyof typeof DERIVED_FROM;
  return DERIVED_FROM[key] ?? [];
}

/** True when an answer at `asked` is, holds or is part of the answer at `read`. */
export const samePathOrNested = (asked: string, read: string): boolean =>
  asked === read || read.startsWith(`${asked}.`) || asked.startsWith(`${read}.`);

/**
 * The ids of the clauses that read any of these answers, in document order, each once (a clause
 * written in two branches of a condition, for two kinds of organisation, is one clause).
 */
export function clausesReading(bundle: TemplateBundle, asked: readonly string[]): string[] {
  const ids = clauseReads(bundle)
    .filter((clause) => [...clause.paths].some((read) => asked.some((path) => samePathOrNested(path, read))))
    .map((clause) => clause.id);
  return [...new Set(ids)];
}
