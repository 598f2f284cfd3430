import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { policyToMdast } from '@/document/full-tree';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { answers, answersInput, PROPERTY_RUNS, propertyTimeout } from '../support/arbitraries';
import { bundles, LOCALES, TODAY } from '../support/templates';

const RUNS = PROPERTY_RUNS;
const locale = fc.constantFrom(...LOCALES);

/** What a reader sees of a block tree: block types, heading levels and all text, in order. */
function outline(node: Nodes): string[] {
  const text = (n: Nodes): string =>
    'value' in n ? n.value : 'children' in n ? n.children.map(text).join('') : '';
  switch (node.type) {
    case 'root':
      return node.children.flatMap(outline);
    case 'heading':
      return [`h${node.depth} ${text(node)}`];
    case 'paragraph':
      return [`p ${text(node).replace(/\s+/g, ' ').trim()}`];
    case 'list':
      return [`${node.ordered ? 'ol' : 'ul'} ${node.children.length}`, ...node.children.flatMap(outline)];
    case 'listItem':
      return node.children.flatMap(outline);
    case 'table':
      return [
        `table ${node.children.length}x${node.children[0]?.children.length}`,
        ...node.children.flatMap((row) => row.children.map((cell) => `td ${text(cell).trim()}`)),
      ];
    default:
      return [node.type];
  }
}

const reparse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('with any valid answers, however hostile', () => {
  it('every generated answer set is valid (the generator is honest)', () => {
    fc.assert(
      fc.property(answersInput, (input) => answersSchema().safeParse(input).success),
      { numRuns: 200 },
    );
  });

  it(
    `renders without throwing, and the Markdown keeps its structure (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(answers, locale, (answerSet, lang) => {
          const policy = renderPolicy({ answers: answerSet, bundle: bundles[lang], today: TODAY });
          expect(outline(reparse(writeMarkdown(policy)))).toEqual(outline(policyToMdast(policy)));
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(),
  );

  it('covers the hostile cases it promises: empty lists, 200-item lists and 10,000-character texts', () => {
    // Drawing answer sets is cheap (nothing is rendered): always look at 1,000, so the shares mean something.
    const samples = fc.sample(answers, { numRuns: Math.max(RUNS, 1000), seed: 42 });
    const longest = (value: unknown): number =>
      typeof value === 'string'
        ? value.length
        : Array.isArray(value)
          ? Math.max(0, value.length, ...value.map(longest))
          : value && typeof value === 'object'
            ? Math.max(0, ...Object.values(value).map(longest))
            : 0;
    const listLengths = (s: object) =>
      Object.values(s)
        .flatMap((part: object) => Object.values(part))
        .filter(Array.isArray)
        .map((l) => l.length);
    const share = (count: number) => count / samples.length;
    expect(share(samples.filter((s) => listLengths(s).includes(200)).length)).toBeGreaterThan(0.003);
    expect(share(samples.filter((s) => longest(s) >= 10_000).length)).toBeGreaterThan(0.003);
    expect(share(samples.filter((s) => listLengths(s).includes(0)).length)).toBeGreaterThan(0.5);
  });
});
