import type { List, Root, RootContent } from 'mdast';
import { CLAUSE_ID_PATTERN } from './clause-ids';
import { linkEmailAddresses } from './links';
import type { PolicyPart } from './parts';
import { nodeText } from './text';

/**
 * The policy on a page (`summary.md`): the rules every employee should remember, each a list item
 * that ends with the id of the clause it sums up (`… {#security.passwords}`). A rule is printed
 * only when the policy, as the user edited it, still has that clause: a clause she left out, or
 * one these answers leave out, takes its rule with it, so the page never says more than the policy.
 */
export function summaryOf(nodes: readonly RootContent[], clauses: ReadonlySet<string>): PolicyPart {
  const body: Root = { type: 'root', children: nodes.flatMap((node) => keptRules(node, clauses)) };
  const first = body.children[0];
  if (first?.type !== 'heading' || first.depth !== 1)
    throw new Error('the policy on a page must start with its title as a level-1 heading');
  linkEmailAddresses(body);
  return { heading: nodeText(first), body };
}

function keptRules(node: RootContent, clauses: ReadonlySet<string>): RootContent[] {
  if (node.type !== 'list') return [node];
  const items = node.children.flatMap((item) => {
    const id = takeMarker(item);
    return id === undefined || clauses.has(id) ? [item] : [];
  });
  return items.length === 0 ? [] : [{ ...node, children: items } satisfies List];
}

/** Takes the `{#id}` marker off the end of a list item's text and returns the id. */
function takeMarker(item: List['children'][number]): string | undefined {
  const paragraph = item.children.at(-1);
  if (paragraph?.type !== 'paragraph') return undefined;
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = CLAUSE_ID_PATTERN.exec(last.value);
  if (!match?.[1]) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') paragraph.children.pop();
  return match[1];
}
