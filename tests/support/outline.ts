import type { PhrasingContent, Root, RootContent, Table } from 'mdast';

/**
 * What a program that reads Word files makes of one: its title, headings, list items and tables,
 * in document order. The same shape from mammoth's HTML and pandoc's JSON (readers.ts) and, for
 * what the file should hold, from the document tree (here), so a test compares them with `toEqual`.
 */
export interface Outline {
  /** What the reader took for the document's title; undefined when it saw none. */
  title: string | undefined;
  /** The text before the first heading: the title page. */
  titlePage: string;
  /** Tables on the title page. */
  titlePageTables: ReaderTable[];
  headings: { level: number; text: string }[];
  /** Each list item's first paragraph; level 1 is the outermost list. */
  listItems: { ordered: boolean; level: number; text: string }[];
  /** Tables after the first heading. */
  tables: ReaderTable[];
}

export type ReaderTable = { header: boolean; cells: string[] }[];

/** One space between words: readers differ on line breaks, and table cells hold no-break spaces. */
export const normalise = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

function treeText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'break'
        ? ' '
        : 'value' in node
          ? node.value
          : 'children' in node
            ? treeText(node.children)
            : '',
    )
    .join('');
}

/** The headings and list items of the document's parts, in order, as the Word file should carry them. */
export function treeOutline(parts: readonly Root[]): Pick<Outline, 'headings' | 'listItems'> {
  const headings: Outline['headings'] = [];
  const listItems: Outline['listItems'] = [];
  const visit = (node: RootContent, level: number) => {
    if (node.type === 'heading')
      headings.push({ level: node.depth, text: normalise(treeText(node.children)) });
    else if (node.type === 'blockquote') for (const child of node.children) visit(child, level);
    else if (node.type === 'list')
      for (const item of node.children) {
        const [first] = item.children;
        listItems.push({
          ordered: node.ordered === true,
          level: level + 1,
          text: first?.type === 'paragraph' ? normalise(treeText(first.children)) : '',
        });
        for (const child of item.children) visit(child, level + 1);
      }
  };
  for (const part of parts) for (const node of part.children) visit(node, 0);
  return { headings, listItems };
}

/**
 * The tables the reader should see after the first heading. The Word writer lays out a table as
 * a grid with one header row or, when its columns can't fit the page, each data row as a block:
 * the first cell as a line, then a two-column table of header label and value for each filled
 * cell, with no header row. Which of the two it chose, the reader's next table tells: one that
 * starts with a header row is a grid. Either way every row that is data must read as data. A
 * table the renderer marks as a form to fill in by hand (`data.form`) is every row a question:
 * all of them data, the first too.
 */
export function expectedTables(parts: readonly Root[], seen: readonly ReaderTable[]): ReaderTable[] {
  const tables: Table[] = [];
  const collect = (node: RootContent) => {
    if (node.type === 'table') tables.push(node);
    else if (node.type === 'blockquote') node.children.forEach(collect);
  };
  for (const part of parts) part.children.forEach(collect);

  const expected: ReaderTable[] = [];
  for (const table of tables) {
    const texts = table.children.map((row) => row.children.map((cell) => normalise(treeText(cell.children))));
    const [head = [], ...rows] = texts;
    if ((table.data as { form?: boolean } | undefined)?.form)
      expected.push(texts.map((cells) => ({ header: false, cells })));
    else if (seen[expected.length]?.[0]?.header)
      expected.push([{ header: true, cells: head }, ...rows.map((cells) => ({ header: false, cells }))]);
    else
      for (const row of rows) {
        const pairs = row
          .slice(1)
          .flatMap((value, index) =>
            value ? [{ header: false, cells: [head[index + 1] ?? '', value] }] : [],
          );
        if (pairs.length > 0) expected.push(pairs);
      }
  }
  return expected;
}
