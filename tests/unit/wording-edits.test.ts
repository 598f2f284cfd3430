import type { Heading, Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { DocumentWording } from '@/domain/answers';
import { applyWording, clauseMarkdown, clauseSpans, userBlocks } from '@/document/wording-edits';

/** Applying the user's own wording to a rendered policy tree (issue 11, parts 1 and 2). */

const heading = (depth: 1 | 2 | 3, text: string, clauseId?: string): Heading => ({
  type: 'heading',
  depth,
  data: clauseId ? { clauseId } : {},
  children: [{ type: 'text', value: text }],
});
const paragraph = (text: string): RootContent => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});

/** Two sections, the first with an introduction and two clauses. */
const policy = (): Root => ({
  type: 'root',
  children: [
    heading(1, 'Security', 'security'),
    paragraph('Our accounts are valuable.'),
    heading(2, 'Passwords', 'security.passwords'),
    paragraph('Use a password manager.'),
    heading(3, 'For you'),
    paragraph('Never share a password.'),
    heading(2, 'Updates', 'security.updates'),
    paragraph('Keep your apps up to date.'),
    heading(1, 'Crisis', 'crisis'),
    heading(2, 'What is a crisis', 'crisis.what'),
    paragraph('A crisis is …'),
  ],
});
const wording = (partial: Partial<DocumentWording>): DocumentWording => ({
  edits: {},
  added: [],
  ...partial,
});
const texts = (root: Root) =>
  root.children.map((node) =>
    node.type === 'heading'
      ? `${'#'.repeat(node.depth)} ${clauseMarkdown(node.children as never)}`
      : clauseMarkdown([node]),
  );

describe('clauseSpans', () => {
  it('finds each section and subsection with its text, a level-3 heading inside its clause', () => {
    expect(clauseSpans(policy()).map(({ id, start, end }) => [id, start, end])).toEqual([
      ['security', 0, 2],
      ['security.passwords', 2, 6],
      ['security.updates', 6, 8],
      ['crisis', 8, 9],
      ['crisis.what', 9, 11],
    ]);
  });
});

describe('applyWording', () => {
  it('changes nothing without edits, and never changes the tree it is given', () => {
    const before = policy();
    const { root, report } = applyWording(before, wording({}));
    expect(root).toBe(before);
    expect(root).toEqual(policy());
    expect(report).toEqual({ orphaned: { edits: [], added: [] }, stale: [], locked: [] });

    applyWording(before, wording({ edits: { 'security.passwords': omit('') } }));
    expect(before).toEqual(policy());
  });

  it('leaves a clause out, with its level-3 headings, and the rest in order', () => {
    const { root } = applyWording(policy(), wording({ edits: { 'security.passwords': omit('') } }));
    expect(texts(root)).toEqual([
      '# Security',
      'Our accounts are valuable.',
      '## Updates',
      'Keep your apps up to date.',
      '# Crisis',
      '## What is a crisis',
      'A crisis is …',
    ]);
  });

  it("leaves out a section's introduction, never the section with its clauses", () => {
    const { root } = applyWording(policy(), wording({ edits: { security: omit('') } }));
    expect(texts(root).slice(0, 3)).toEqual(['# Security', '## Passwords', 'Use a password manager.']);
  });

  it('rewords a clause: her text replaces the standard text, her title the heading, the id stays', () => {
    const { root } = applyWording(
      policy(),
      wording({
        edits: {
          'security.updates': {
            action: 'reword',
            title: 'Updates on every device',
            text: 'Update **at once**.\n\n- phones\n- laptops',
            standard: '',
          },
        },
      }),
    );
    const at = root.children.findIndex(
      (node) => node.type === 'heading' && node.data?.clauseId === 'security.updates',
    );
    expect(texts(root).slice(at, at + 3)).toEqual([
      '## Updates on every device',
      'Update **at once**.',
      '- phones\n- laptops',
    ]);
    expect(texts(root)[at + 3]).toBe('# Crisis');
  });

  it('keeps the standard title when she rewords only the text', () => {
    const edit = { action: 'reword' as const, title: ' ', text: 'Mine.', standard: '' };
    const { root } = applyWording(policy(), wording({ edits: { 'crisis.what': edit } }));
    expect(texts(root).slice(-2)).toEqual(['## What is a crisis', 'Mine.']);
  });

  it('adds her clause after the clause she chose, and her section after that clause’s section', () => {
    const { root } = applyWording(
      policy(),
      wording({
        added: [
          {
            id: 'own-1',
            after: 'security.passwords',
            level: 'clause',
            title: 'Shared laptops',
            text: 'Log out.',
          },
          { id: 'own-2', after: 'own-1', level: 'clause', title: 'Printers', text: 'Collect prints.' },
          { id: 'own-3', after: 'security.passwords', level: 'section', title: 'Travel', text: 'Use a VPN.' },
        ],
      }),
    );
    expect(texts(root)).toEqual([
      '# Security',
      'Our accounts are valuable.',
      '## Passwords',
      'Use a password manager.',
      '### For you',
      'Never share a password.',
      '## Shared laptops',
      'Log out.',
      '## Printers',
      'Collect prints.',
      '## Updates',
      'Keep your apps up to date.',
      '# Travel',
      'Use a VPN.',
      '# Crisis',
      '## What is a crisis',
      'A crisis is …',
    ]);
    const own = root.children.filter((node) => node.type === 'heading' && node.data?.own);
    expect(own.map((node) => (node as Heading).data?.clauseId)).toEqual(['own-1', 'own-2', 'own-3']);
  });

  it('keeps her clause in its place when she leaves out the clause it follows', () => {
    const { root, report } = applyWording(
      policy(),
      wording({
        edits: { 'security.passwords': omit('') },
        added: [
          {
            id: 'own-1',
            after: 'security.passwords',
            level: 'clause',
            title: 'Shared laptops',
            text: 'Log out.',
          },
        ],
      }),
    );
    expect(report.orphaned).toEqual({ edits: [], added: [] });
    expect(texts(root).slice(0, 5)).toEqual([
      '# Security',
      'Our accounts are valuable.',
      '## Shared laptops',
      'Log out.',
      '## Updates',
    ]);
  });

  it('adds her text without a heading to the clause it follows when she gives no title', () => {
    const { root } = applyWording(
      policy(),
      wording({
        added: [{ id: 'own-1', after: 'crisis.what', level: 'clause', title: ' ', text: 'Also this.' }],
      }),
    );
    expect(texts(root).slice(-3)).toEqual(['## What is a crisis', 'A crisis is …', 'Also this.']);
  });

  it('refuses to leave out a clause the law makes the policy keep, and says so; rewording it is allowed', () => {
    const locked: Root = {
      type: 'root',
      children: [
        heading(1, 'Legal', 'legal'),
        heading(2, 'Your protected rights', 'legal.protected-rights'),
        paragraph('Nothing in this policy limits your rights under Section 7.'),
      ],
    };
    const refused = applyWording(locked, wording({ edits: { 'legal.protected-rights': omit('') } }));
    expect(refused.report.locked).toEqual(['legal.protected-rights']);
    expect(texts(refused.root)).toEqual(texts(locked));

    const edit = { action: 'reword' as const, title: '', text: 'Your rights stay yours.', standard: '' };
    const reworded = applyWording(locked, wording({ edits: { 'legal.protected-rights': edit } }));
    expect(reworded.report.locked).toEqual([]);
    expect(texts(reworded.root).at(-1)).toBe('Your rights stay yours.');
  });

  it('reports edits and added clauses whose clause is not in this policy, and applies the rest', () => {
    const { root, report } = applyWording(
      policy(),
      wording({
        edits: { 'legal.gone': omit('Old text.'), 'crisis.what': omit('') },
        added: [{ id: 'own-9', after: 'legal.gone', level: 'clause', title: 'Kept', text: 'Mine.' }],
      }),
    );
    expect(report.orphaned).toEqual({ edits: ['legal.gone'], added: ['own-9'] });
    expect(texts(root)).not.toContain('## What is a crisis');
    expect(texts(root)).not.toContain('## Kept');
  });

  it('reports an edited clause whose standard wording changed since, with both versions, and keeps her edit', () => {
    const edit = {
      action: 'reword' as const,
      title: '',
      text: 'Mine.',
      standard: 'Keep your apps   up to date.',
    };
    const unchanged = applyWording(policy(), wording({ edits: { 'security.updates': edit } }));
    expect(unchanged.report.stale).toEqual([]);

    const changed = { ...edit, standard: 'Update your apps every month.' };
    const { root, report } = applyWording(policy(), wording({ edits: { 'security.updates': changed } }));
    expect(report.stale).toEqual([
      { id: 'security.updates', before: 'Update your apps every month.', now: 'Keep your apps up to date.' },
    ]);
    expect(texts(root)).toContain('Mine.');
  });
});

describe('userBlocks: her text stays text', () => {
  it('keeps paragraphs, lists, bold and italics', () => {
    expect(clauseMarkdown(userBlocks('One *two* **three**.\n\n1. first\n2. second'))).toBe(
      'One *two* **three**.\n\n1. first\n2. second',
    );
  });

  it('keeps a table, so a clause with one can be reworded from its standard wording', () => {
    const table = '| Area | Who |\n| --- | --- |\n| Posting | Ida |';
    expect(clauseMarkdown(userBlocks(table))).toBe('| Area | Who |\n| - | - |\n| Posting | Ida |');
  });

  it('prints raw HTML, headings, links and code as the characters typed', () => {
    const blocks = userBlocks(
      '<script>alert(1)</script>\n\n# Not a heading\n\nSee [this](javascript:x) and `code`.',
    );
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const plain = JSON.stringify(blocks);
    expect(plain).not.toMatch(/"type":"(html|heading|link|inlineCode)"/);
    expect(plain).toContain('<script>alert(1)</script>');
    expect(plain).toContain('# Not a heading');
    expect(plain).toContain('[this](javascript:x)');
  });

  it('joins the lines of a paragraph with a space, as Markdown reads them', () => {
    expect(clauseMarkdown(userBlocks('One line\nand the next.'))).toBe('One line and the next.');
  });

  it('gives nothing for empty text', () => {
    expect(userBlocks('  \n ')).toEqual([]);
  });
});

function omit(standard: string) {
  return { action: 'omit' as const, title: '', text: '', standard };
}
