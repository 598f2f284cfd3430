import { describe, expect, it } from 'vitest';
import { FIELD_TERM_GROUP, TERM_GROUPS } from '@/domain/options';
import { parseDirectives, resolveAlias, type Block } from '@/document/directives';
import { conditionPaths, type Condition } from '@/document/expression';
import { parsePlaceholder, PLACEHOLDER_PATTERN } from '@/document/placeholder';
import { buildScope, lookupPath, termGroupOf } from '@/document/scope';
import { bundles, LOCALES, maximalAnswers, TODAY } from '../support/templates';

/** Every path and choice id the templates name exists, in branches the examples may never take too. */
interface Use {
  path: string;
  line: number;
  fn?: string;
  /** Choice ids compared against the path in a condition. */
  ids?: string[];
}

function uses(blocks: readonly Block[], aliases: ReadonlyMap<string, string> = new Map()): Use[] {
  const fromCondition = (condition: Condition, line: number): Use[] => {
    switch (condition.kind) {
      case 'not':
        return fromCondition(condition.operand, line);
      case 'and':
      case 'or':
        return [...fromCondition(condition.left, line), ...fromCondition(condition.right, line)];
      case 'truthy':
        return [{ path: resolveAlias(condition.path, aliases), line }];
      case 'in':
        return [{ path: resolveAlias(condition.path, aliases), line, ids: condition.values }];
      case 'equals':
      case 'has':
        return [{ path: resolveAlias(condition.path, aliases), line, ids: [condition.value] }];
    }
  };
  return blocks.flatMap((block): Use[] => {
    switch (block.kind) {
      case 'line':
        return [...block.text.matchAll(PLACEHOLDER_PATTERN)].map(([, inner = '']) => {
          const placeholder = parsePlaceholder(inner);
          return { path: resolveAlias(placeholder.path, aliases), line: block.line, fn: placeholder.fn };
        });
      case 'if':
        return [
          ...block.branches.flatMap((branch) => [
            ...fromCondition(branch.condition, block.line),
            ...uses(branch.body, aliases),
          ]),
          ...uses(block.otherwise, aliases),
        ];
      case 'each': {
        const list = resolveAlias(block.path, aliases);
        return [
          { path: list, line: block.line },
          ...uses(block.body, new Map(aliases).set(block.name, `${list}.0`)),
        ];
      }
      case 'more':
      case 'short':
        return uses(block.body, aliases);
    }
  });
}

describe.each(LOCALES)('template paths (%s)', (locale) => {
  const bundle = bundles[locale];
  const scope = buildScope(maximalAnswers, bundle, TODAY);

  it.each(bundle.sections.map((s) => [s.id, s] as const))(
    '%s names only answers that exist',
    (id, section) => {
      const problems: string[] = [];
      for (const use of uses(parseDirectives(section.source, id))) {
        const where = `${locale}/${id}.md:${use.line}`;
        const value = lookupPath(scope, use.path);
        if (value === undefined) problems.push(`${where}: ${use.path} is not an answer`);
        if (
          (use.fn === 'label' || use.ids) &&
          !termGroupOf(use.path) &&
          typeof value !== 'boolean' &&
          use.path !== 'derived.networkNames'
        )
          problems.push(`${where}: ${use.path} is not a choice`);
        const group = termGroupOf(use.path);
        for (const id of use.ids ?? []) {
          // A yes/no may be compared with true or false: `== false` is a "no", not an unanswered question.
          const known = group
            ? (TERM_GROUPS[group] as readonly string[]).includes(id)
            : typeof value === 'boolean' && (id === 'true' || id === 'false');
          if (!known) problems.push(`${where}: "${id}" is not a choice of ${use.path}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('maps every choice field to a term group', () => {
    expect(Object.values(FIELD_TERM_GROUP).every((group) => group in TERM_GROUPS)).toBe(true);
  });

  it('catches a misspelt path (the check is not blind)', () => {
    const found = uses(parseDirectives(':::if organisation.contry == DK\n{{roles.acounts}}\n:::end', 'x'));
    expect(found.map((use) => lookupPath(scope, use.path))).toEqual([undefined, undefined]);
    expect(conditionPaths({ kind: 'truthy', path: 'a' })).toEqual(['a']);
  });
});
