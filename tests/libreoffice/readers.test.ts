// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderPolicy, type PolicyDocument } from '@/document/render';
import { writeDocx } from '@/document/writers/docx';
import { expectedTables, normalise, treeOutline, type Outline } from '../support/outline';
import { MAMMOTH_STYLE_MAP, mammothOutline, pandocOutline, type PandocDocument } from '../support/readers';
import { bundles, loadExamples, LOCALES, TODAY } from '../support/templates';

/**
 * Every example's Word file, in each language, read back by two programs that turn Word files
 * into other formats: pandoc's docx reader (its JSON syntax tree) and mammoth (its HTML; the
 * jsdom environment above parses it). Each must see the title as the title, every heading of the
 * document tree at its level with its text, every list item, and every table with a header row
 * only where the tree has one. Needs `pandoc` (.ci/run installs it).
 */
const dir = mkdtempSync(join(tmpdir(), 'policy-readers-'));
const files = loadExamples().flatMap((example) =>
  LOCALES.map((locale) => ({ name: `${example.name}.${locale}`, example, locale })),
);

const written = new Map<string, Promise<{ policy: PolicyDocument; path: string }>>();
/** The policy and its Word file, written once for both readers. */
function docxOf({ name, example, locale }: (typeof files)[number]) {
  let file = written.get(name);
  if (!file) {
    file = (async () => {
      const policy = renderPolicy({ answers: example.answers, bundle: bundles[locale], today: TODAY });
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await writeDocx(policy));
      return { policy, path };
    })();
    written.set(name, file);
  }
  return file;
}

/** pandoc's syntax tree of a Word file; missing pandoc fails the test, as missing soffice does. */
function pandocJson(path: string): PandocDocument {
  try {
    const json = execFileSync('pandoc', ['--from', 'docx', '--to', 'json', path], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(json) as PandocDocument;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pandoc is not installed: apt-get install pandoc (.ci/run installs it)', {
        cause: error,
      });
    throw error;
  }
}

/**
 * Heading numbers ("3.", "3.2") may be text in the heading or Word's own numbering, which
 * mammoth and pandoc leave out: compare headings without them.
 */
const withoutNumber = ({ level, text }: Outline['headings'][number]) => ({
  level,
  text: text.replace(/^\d+(?:\.\d+)*\.?\s+/, ''),
});

/**
 * The parts of the document tree the Word file holds after the title page, in order: the body,
 * then any annexes (a PolicyDocument may carry them, each with its own tree).
 */
function partsOf(policy: PolicyDocument): Root[] {
  const { annexes = [] } = policy as { annexes?: readonly { body: Root }[] };
  return [policy.body, ...annexes.map((annex) => annex.body)];
}

/** What both readers must see, checked the same way for each. */
function expectToSee(outline: Outline, policy: PolicyDocument) {
  expect(outline.title).toBe(normalise(policy.title));
  for (const { label, value } of policy.titleBlock) {
    expect(outline.titlePage).toContain(normalise(label));
    expect(outline.titlePage).toContain(normalise(value));
  }
  // The title block is label and value on each line: data, so no header row.
  expect(outline.titlePageTables.flat().filter((row) => row.header)).toEqual([]);

  const parts = partsOf(policy);
  const tree = treeOutline(parts);
  expect(tree.headings.length).toBeGreaterThanOrEqual(8);
  expect(outline.headings.map(withoutNumber)).toEqual(tree.headings.map(withoutNumber));

  expect(tree.listItems.some((item) => item.ordered)).toBe(true);
  expect(tree.listItems.some((item) => !item.ordered)).toBe(true);
  expect(outline.listItems).toEqual(tree.listItems);

  const tables = expectedTables(parts, outline.tables);
  expect(tables.length).toBeGreaterThan(0);
  expect(outline.tables).toEqual(tables);
}

describe('the Word files, as pandoc and mammoth read them', () => {
  it.each(files)(
    '$name: mammoth sees the title, every heading at its level, the lists and the tables, and no data row as a header',
    async (file) => {
      const { policy, path } = await docxOf(file);
      const result = await mammoth.convertToHtml({ path }, { styleMap: MAMMOTH_STYLE_MAP });
      expect(result.messages.filter((message) => message.type === 'error')).toEqual([]);
      expectToSee(mammothOutline(result.value), policy);
    },
  );

  it.each(files)(
    '$name: pandoc sees the title, every heading at its level, the lists and the tables, and no data row as a header',
    async (file) => {
      const { policy, path } = await docxOf(file);
      expectToSee(pandocOutline(pandocJson(path)), policy);
    },
  );
});
