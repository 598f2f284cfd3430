import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_ID_PATTERN,
  sectionClauseId,
  takeClauseIds,
  withSectionClauseId,
} from '@/document/clause-ids';
import { readTemplateFiles } from '@/document/load-node';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, loadExamples, LOCALES, TODAY } from '../support/templates';

/**
 * Clause ids: every `##` heading of the templates carries `{#section.slug}`, the same in every
 * language, and a rendered policy has the id in its headings' data and never in their text.
 */

interface TemplateId {
  id: string;
  line: number;
  /** The `:::if` branches the heading is in, outermost first: which block, and which branch of it. */
  branches: { block: number; branch: number; each: boolean }[];
}

/** The `##` headings of one template file with their ids (or null) and the branches they sit in. */
function templateIds(source: string): (TemplateId | { id: null; line: number })[] {
  const out: (TemplateId | { id: null; line: number })[] = [];
  const stack: TemplateId['branches'] = [];
  let blocks = 0;
  source.split(/\r?\n/).forEach((line, index) => {
    const directive = /^\s*:::(if|elif|else|end|each|more|short)\b/.exec(line)?.[1];
    // `:::more` and `:::short` open a block with one branch, which its `:::end` closes.
    if (directive === 'if' || directive === 'each' || directive === 'more' || directive === 'short')
      stack.push({ block: (blocks += 1), branch: 0, each: directive === 'each' });
    else if (directive === 'elif' || directive === 'else') stack.at(-1)!.branch += 1;
    else if (directive === 'end') stack.pop();
    else if (/^## /.test(line)) {
      const id = CLAUSE_ID_PATTERN.exec(line)?.[1] ?? null;
      out.push(
        id === null
          ? { id, line: index + 1 }
          : { id, line: index + 1, branches: stack.map((b) => ({ ...b })) },
      );
    }
  });
  return out;
}

/** Two headings can never both render when they sit in different branches of the same `:::if`. */
function exclusive(a: TemplateId, b: TemplateId): boolean {
  for (let depth = 0; depth < Math.min(a.branches.length, b.branches.length); depth++) {
    const [x, y] = [a.branches[depth]!, b.branches[depth]!];
    if (x.block !== y.block) return false;
    if (x.branch !== y.branch) return true;
  }
  return false;
}

const sectionFiles = (locale: (typeof LOCALES)[number]) =>
  Object.entries(readTemplateFiles(locale))
    .filter(([name]) => name.endsWith('.md'))
    .sort(([a], [b]) => a.localeCompare(b));

describe.each(LOCALES)('clause ids in the %s template', (locale) => {
  const files = sectionFiles(locale);

  it('gives every ## heading an id that starts with its section key', () => {
    const problems: string[] = [];
    for (const [name, source] of files)
      for (const heading of templateIds(source)) {
        const key = sectionClauseId(name.replace(/\.md$/, ''));
        if (heading.id === null) problems.push(`${name}:${heading.line} has no {#id}`);
        else if (!heading.id.startsWith(`${key}.`))
          problems.push(`${name}:${heading.line} {#${heading.id}} is not in section ${key}`);
      }
    expect(problems).toEqual([]);
    expect(files.flatMap(([, source]) => templateIds(source)).length).toBeGreaterThan(50);
  });

  it('uses each id once, or only in alternative branches that can never both render', () => {
    const seen = new Map<string, { name: string; heading: TemplateId }[]>();
    const problems: string[] = [];
    for (const [name, source] of files)
      for (const heading of templateIds(source)) {
        if (heading.id === null) continue;
        // A heading inside `:::each` would print once per item, each time with the same id.
        if (heading.branches.some((b) => b.each)) problems.push(`${name}:${heading.line} repeats in :::each`);
        const earlier = seen.get(heading.id) ?? [];
        for (const other of earlier)
          if (other.name !== name || !exclusive(other.heading, heading))
            problems.push(
              `{#${heading.id}} at ${other.name}:${other.heading.line} and ${name}:${heading.line}`,
            );
        seen.set(heading.id, [...earlier, { name, heading }]);
      }
    expect(problems).toEqual([]);
  });
});

describe('clause id parity', () => {
  const idsOf = (locale: (typeof LOCALES)[number]) =>
    Object.fromEntries(
      sectionFiles(locale).map(([name, source]) => [name, templateIds(source).map((h) => h.id)]),
    );

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'has the same ids in the same order in en and %s, file by file',
    (locale) => {
      expect(idsOf(locale)).toEqual(idsOf('en'));
    },
  );
});

describe('the exclusivity check', () => {
  const ids = (source: string) => templateIds(source).filter((h): h is TemplateId => h.id !== null);

  it('tells alternative branches from headings that can both render (it is not blind)', () => {
    const [a, b, c] = ids(
      ':::if x\n## A {#s.a}\n:::elif y\n## B {#s.a}\n:::end\n:::if z\n## C {#s.a}\n:::end',
    );
    expect(exclusive(a!, b!)).toBe(true);
    expect(exclusive(a!, c!)).toBe(false);
    const [outer, inner] = ids(':::if x\n## A {#s.a}\n:::if y\n## B {#s.a}\n:::end\n:::end');
    expect(exclusive(outer!, inner!)).toBe(false);
    const [first, second] = ids(':::if x\n:::if y\n## A {#s.a}\n:::else\n## B {#s.a}\n:::end\n:::end');
    expect(exclusive(first!, second!)).toBe(true);
    expect(ids(':::each xs as x\n## A {#s.a}\n:::end')[0]?.branches[0]?.each).toBe(true);
  });
});

const examples = loadExamples();

function headings(root: Root): Heading[] {
  return root.children.filter((node): node is Heading => node.type === 'heading');
}

const text = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '';

describe.each(examples.map((example) => [example.name, example] as const))('rendered %s', (name, example) => {
  const policies = LOCALES.map(
    (locale) =>
      [locale, renderPolicy({ answers: example.answers, bundle: bundles[locale], today: TODAY })] as const,
  );

  it.each(policies)(
    '%s: every numbered heading has an id, shown nowhere, and no id twice',
    (locale, policy) => {
      const problems: string[] = [];
      const numbered = headings(policy.body).filter((heading) => heading.depth <= 2);
      for (const heading of numbered) if (!heading.data?.clauseId) problems.push(`no id: ${text(heading)}`);
      const every = [policy.body, ...policy.annexes.map((annex) => annex.body)].flatMap(headings);
      for (const heading of every) if (text(heading).includes('{#')) problems.push(`shown: ${text(heading)}`);
      const ids = every.flatMap((heading) => heading.data?.clauseId ?? []);
      const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (twice.length > 0) problems.push(`${name}.${locale}: twice: ${twice.join(', ')}`);
      expect(problems).toEqual([]);
      expect(numbered.length).toBeGreaterThan(20);
    },
  );

  it('has the same clauses in the same order in every language, each an id the template declares', () => {
    // Also catches an id rewritten on the way, e.g. by the US English word map ("programme" → "program").
    const declared = new Set(
      sectionFiles('en').flatMap(([name, source]) => [
        sectionClauseId(name.replace(/\.md$/, '')),
        ...templateIds(source).flatMap((heading) => heading.id ?? []),
      ]),
    );
    const [first, ...rest] = policies.map(([, policy]) =>
      headings(policy.body).flatMap((heading) => heading.data?.clauseId ?? []),
    );
    for (const ids of rest) expect(ids).toEqual(first);
    expect(first!.filter((id) => !declared.has(id))).toEqual([]);
  });
});

describe('writers', () => {
  it('never print a clause id (Markdown)', () => {
    const example =
      examples.find((candidate) => candidate.answers.organisation.country === 'US') ?? examples[0]!;
    for (const locale of LOCALES) {
      const markdown = writeMarkdown(
        renderPolicy({ answers: example.answers, bundle: bundles[locale], today: TODAY }),
      );
      expect(markdown).not.toContain('{#');
      // The writer puts the title above the sections, so a subsection is written with ###.
      expect(markdown).toMatch(/^### 1\.1 \S/m);
    }
  });
});

describe('takeClauseIds', () => {
  const parse = (markdown: string) => fromMarkdown(markdown).children;
  const heading = (node: RootContent | undefined) => {
    if (node?.type !== 'heading') throw new Error('not a heading');
    return node;
  };

  it('moves the id from the text into data', () => {
    const [taken] = takeClauseIds(parse('## Passwords and logging in {#security.passwords}'));
    expect(heading(taken).children).toMatchObject([{ type: 'text', value: 'Passwords and logging in' }]);
    expect(heading(taken).data?.clauseId).toBe('security.passwords');
  });

  it('keeps formatting before the marker, and drops a text node the marker leaves empty', () => {
    const [mixed] = takeClauseIds(parse('## **Bold** and plain {#a.b-c}'));
    expect(heading(mixed).children).toMatchObject([
      { type: 'strong', children: [{ type: 'text', value: 'Bold' }] },
      { type: 'text', value: ' and plain' },
    ]);
    expect(heading(mixed).data?.clauseId).toBe('a.b-c');
    const [bold] = takeClauseIds(parse('## **Bold** {#a.b}'));
    expect(heading(bold).children).toMatchObject([{ type: 'strong' }]);
    expect(heading(bold).children).toHaveLength(1);
    expect(heading(bold).data?.clauseId).toBe('a.b');
  });

  it('leaves a heading without a marker, or with one that is not an id at the end, as it was', () => {
    for (const markdown of [
      '## Plain heading',
      '## Middle {#a.b} text',
      '## Capitals {#A.b}',
      '## Empty {#}',
    ]) {
      const nodes = parse(markdown);
      const [taken] = takeClauseIds(nodes);
      expect(taken).toBe(nodes[0]);
      expect(heading(taken).data?.clauseId).toBeUndefined();
    }
  });

  it('reads headings only, at any depth, and never changes the nodes it is given', () => {
    const nodes = parse('# Title {#x}\n\nA paragraph {#not.a-heading}\n\n> ### Quoted {#q.one}\n');
    const before = structuredClone(nodes);
    const [title, paragraph, quote] = takeClauseIds(nodes);
    expect(heading(title).data?.clauseId).toBe('x');
    expect(paragraph).toBe(nodes[1]);
    expect(text(paragraph!)).toBe('A paragraph {#not.a-heading}');
    expect(quote?.type === 'blockquote' && heading(quote.children[0]).data?.clauseId).toBe('q.one');
    expect(nodes).toEqual(before);
  });

  it('names a section by its file less the number, and gives its main heading that id unless it has one', () => {
    expect(sectionClauseId('03-security')).toBe('security');
    expect(sectionClauseId('annex-contacts')).toBe('annex-contacts');
    const [main, sub] = parse('# Security\n\n## Passwords\n');
    expect(withSectionClauseId(main!, '03-security')).toMatchObject({ data: { clauseId: 'security' } });
    expect(main!.data).toBeUndefined();
    expect(withSectionClauseId(sub!, '03-security')).toBe(sub);
    const [own] = takeClauseIds(parse('# Security {#own}'));
    expect(heading(withSectionClauseId(own!, '03-security')).data?.clauseId).toBe('own');
  });
});
