import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, TODAY } from '../support/templates';

const HOSTILE =
  '# *Acme* [x](y) <script>alert(1)</script> ~~gone~~ | `code` _u_ www.evil.example 1. &amp; \\';

const reparse = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const allText = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(allText).join('') : '';
const types = (node: Nodes): string[] => [
  node.type,
  ...('children' in node ? node.children.flatMap(types) : []),
];

describe('Markdown writer', () => {
  const answers = answersSchema().parse({
    organisation: { name: HOSTILE },
    roles: { accounts: [{ network: 'linkedin', handle: HOSTILE, purpose: 'A | b', owner: 'x' }] },
  });
  const markdown = writeMarkdown(renderPolicy({ answers, bundle: bundles.en, today: TODAY }));
  const tree = reparse(markdown);

  it('keeps a hostile organisation name as text, byte for byte', () => {
    const strongs = tree.children.filter((node) => node.type === 'paragraph');
    expect(allText(strongs[0]!)).toBe(HOSTILE);
  });

  it('lets no user text become HTML, code, strikethrough, emphasis or structure', () => {
    // The same answers with plain text give the same kinds of nodes, as many of each.
    const plain = answersSchema().parse({
      organisation: { name: 'Acme' },
      roles: { accounts: [{ network: 'linkedin', handle: 'acme', purpose: 'a b', owner: 'x' }] },
    });
    const count = (kinds: string[]) =>
      kinds
        .filter((kind) => kind !== 'link' && kind !== 'text')
        .reduce<Record<string, number>>(
          (counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }),
          {},
        );
    const plainTree = reparse(
      writeMarkdown(renderPolicy({ answers: plain, bundle: bundles.en, today: TODAY })),
    );
    expect(count(types(tree))).toEqual(count(types(plainTree)));
  });

  it('allows only the bare-URL links a GFM reader finds in any text, with the text unchanged', () => {
    // GFM readers turn "www.x.example" into a link after escapes are resolved, so no escaping
    // can stop it; what matters is that the text shown is exactly what was typed.
    const links: Nodes[] = [];
    const collect = (node: Nodes) => {
      if (node.type === 'link') links.push(node);
      if ('children' in node) node.children.forEach(collect);
    };
    collect(tree);
    for (const link of links)
      expect(link).toMatchObject({
        url: 'http://www.evil.example',
        children: [{ type: 'text', value: 'www.evil.example' }],
      });
  });

  it('keeps a pipe inside a table cell', () => {
    // The accounts table, in its annex.
    const table = tree.children.find((node) => node.type === 'table' && allText(node).includes('LinkedIn'));
    expect(table && allText(table)).toContain('A | b');
  });

  it('starts with the title and puts sections one level below it', () => {
    expect(markdown.startsWith('# Social media policy\n')).toBe(true);
    expect(tree.children.filter((n) => n.type === 'heading' && n.depth === 1)).toHaveLength(1);
    expect(markdown).toMatch(/^## 1\. /m);
  });
});
