// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Nodes, PhrasingContent, Table } from 'mdast';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { policyToMdast } from '@/document/full-tree';
import { renderPolicy, type PolicyDocument } from '@/document/render';
import { loadTemplate } from '@/document/load-node';
import type { Locale, TemplateBundle } from '@/document/template';
import { PolicyPreview } from '@/features/preview/PolicyPreview';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> *bold* # h';

/** Lists, a table of accounts and a table of responsibilities, so every block type shows up. */
const answers = answersSchema().parse({
  organisation: { name: HOSTILE, networks: ['facebook', 'linkedin'], audiences: ['volunteers'] },
  policy: { owner: { name: 'Mette Holm', function: 'HR', email: 'mh@example.dk' } },
  roles: {
    accounts: [{ network: 'facebook', handle: '@acme', purpose: 'News', owner: 'Mette', backup: 'Ole' }],
    responsibilities: [{ area: 'posting', who: 'Ole', email: 'ole@example.dk' }],
    spokespeople: 'the communications team',
  },
  crisis: { contacts: [{ name: 'Ole', phone: '12 34 56 78' }] },
  rollout: { locations: ['intranet'], keyChanges: ['New approval rules'] },
});

// The preview is the same code in every document language: Danish and English show it.
type Shown = Extract<Locale, 'da' | 'en'>;
const bundles: Record<Shown, TemplateBundle> = { da: loadTemplate('da'), en: loadTemplate('en') };
const documents: Record<Shown, PolicyDocument> = {
  da: renderPolicy({ answers, bundle: bundles.da, today: '2026-11-24' }),
  en: renderPolicy({ answers, bundle: bundles.en, today: '2026-11-24' }),
};

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : ''))
    .join('');
}

function descendants(node: Nodes): Nodes[] {
  return 'children' in node ? node.children.flatMap((child) => [child, ...descendants(child)]) : [];
}

/** What the tree holds, to compare with what a user (or a screen reader) finds on the page. */
function expected(document: PolicyDocument) {
  // The sections, then the annexes, as the preview shows them.
  const body = [document.body, ...document.annexes.map((annex) => annex.body)].flatMap(descendants);
  const headings = body.flatMap((node) =>
    node.type === 'heading' ? [{ depth: node.depth + 1, text: plain(node.children) }] : [],
  );
  return {
    headings: [{ depth: 1, text: document.title }, ...headings],
    lists: body.filter((node) => node.type === 'list'),
    items: body.filter((node) => node.type === 'listItem').length,
    tables: body.filter((node): node is Table => node.type === 'table' && !node.data?.form),
    forms: body.filter((node): node is Table => node.type === 'table' && node.data?.form === true),
  };
}

const names = (elements: HTMLElement[]) => elements.map((element) => element.textContent);

describe.each(['da', 'en'] as const)('the policy preview (%s)', (locale) => {
  const document = documents[locale];
  const tree = expected(document);

  it('is an article in the policy language', () => {
    render(<PolicyPreview document={document} />);
    expect(screen.getByRole('article').getAttribute('lang')).toBe(document.languageTag);
  });

  it.each([0, 1])('shows the title and every heading at its level (offset %i)', (offset) => {
    render(<PolicyPreview document={document} headingOffset={offset} />);
    expect(screen.getByRole('heading', { level: 1 + offset, name: document.title })).toBeTruthy();
    for (let level = 1; level <= 6; level++) {
      const wanted = tree.headings
        .filter((heading) => Math.min(6, heading.depth + offset) === level)
        .map((heading) => heading.text);
      expect(names(screen.queryAllByRole('heading', { level })), `h${level}`).toEqual(wanted);
    }
    const sections = names(screen.getAllByRole('heading', { level: 2 + offset }));
    const numbered = bundles[locale].sections.length;
    expect(sections.length).toBe(numbered + document.annexes.length);
    sections
      .slice(0, numbered)
      .forEach((text, index) => expect(text).toMatch(new RegExp(`^${index + 1}\\. `)));
    expect(sections.slice(numbered)).toEqual(document.annexes.map((annex) => annex.heading));
  });

  it('gives every table its column headers, and a form its row headers', () => {
    render(<PolicyPreview document={document} />);
    const [form, ...others] = tree.forms;
    expect(others).toEqual([]);
    const forms = screen.getAllByRole('table').filter((table) => table.classList.contains('policy-form'));
    expect(forms).toHaveLength(1);
    expect(names(within(forms[0]!).getAllByRole('rowheader'))).toEqual(
      form!.children.map((row) => plain(row.children[0]!.children)),
    );
    expect(within(forms[0]!).queryAllByRole('columnheader')).toEqual([]);
    const tables = screen.getAllByRole('table').filter((table) => !forms.includes(table));
    expect(tables.length).toBe(tree.tables.length);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    tables.forEach((table, index) => {
      const [head, ...rows] = tree.tables[index]!.children;
      const headers = within(table).getAllByRole('columnheader');
      expect(names(headers)).toEqual(head!.children.map((cell) => plain(cell.children)));
      expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
      // The header row plus the body rows; body cells are cells, not headers.
      expect(within(table).getAllByRole('row').length).toBe(rows.length + 1);
      expect(within(table).getAllByRole('cell').length).toBe(
        rows.reduce((sum, row) => sum + row.children.length, 0),
      );
    });
  });

  it('renders lists as lists, numbered ones as ordered lists', () => {
    render(<PolicyPreview document={document} />);
    const lists = screen.getAllByRole('list');
    expect(lists.length).toBe(tree.lists.length);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.map((list) => list.tagName)).toEqual(
      tree.lists.map((list) => (list.type === 'list' && list.ordered ? 'OL' : 'UL')),
    );
    expect(screen.getAllByRole('listitem').length).toBe(tree.items);
  });

  it('shows a hostile organisation name as the text it is', () => {
    const { container } = render(<PolicyPreview document={document} />);
    expect(screen.getAllByText(HOSTILE).some((element) => element.tagName === 'STRONG')).toBe(true);
    expect(container.querySelector('img, script, [onerror]')).toBeNull();
    expect(screen.queryAllByRole('img')).toEqual([]);
    // No heading or emphasis made from the name's `#` and `*`.
    expect(screen.getAllByRole('heading').length).toBe(tree.headings.length);
    const whole = descendants(policyToMdast(document));
    expect(container.querySelectorAll('strong').length).toBe(whole.filter((n) => n.type === 'strong').length);
    expect(container.querySelectorAll('em').length).toBe(whole.filter((n) => n.type === 'emphasis').length);
  });
});

describe('PolicyPreview', () => {
  it('clamps headings at h6', () => {
    render(<PolicyPreview document={documents.en} headingOffset={9} />);
    expect(screen.getAllByRole('heading', { level: 6 }).length).toBe(expected(documents.en).headings.length);
  });

  it('lets a very long word break anywhere (print cuts off what overflows a table), and keeps addresses whole', () => {
    const url = `https://www.example.com/${'a-very-long-path/'.repeat(14)}`;
    const withLongHandle = renderPolicy({
      answers: answersSchema().parse({
        ...answers,
        roles: { ...answers.roles, accounts: [{ ...answers.roles.accounts[0], handle: url }] },
      }),
      bundle: bundles.en,
      today: '2026-11-24',
    });
    const { container } = render(<PolicyPreview document={withLongHandle} />);
    const long = [...container.querySelectorAll('.policy-long-word')].map((span) => span.textContent);
    expect(long).toContain(url);
    expect(container.querySelector('.policy-long-word')?.closest('td')).not.toBeNull();
    // The cell still reads as one address, and the short words around it are plain text.
    expect(screen.getAllByRole('cell').some((cell) => cell.textContent === url)).toBe(true);
    expect(long).not.toContain('ole@example.dk');
    expect(long.every((word) => (word ?? '').length >= 45)).toBe(true);
  });

  it('refuses a node it has no rule for, rather than rendering raw HTML', () => {
    const hostile: PolicyDocument = {
      ...documents.en,
      body: { type: 'root', children: [{ type: 'html', value: '<img src=x onerror=alert(1)>' }] },
    };
    const { container } = render(
      <Catch>
        <PolicyPreview document={hostile} />
      </Catch>,
      // The boundary catches it; without this React logs the caught error to console.error.
      { onCaughtError: () => {} },
    );
    expect(screen.getByRole('alert').textContent).toMatch(/no rule for node "html"/);
    expect(container.querySelector('img')).toBeNull();
  });
});

class Catch extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}
