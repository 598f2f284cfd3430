import { normalise, type Outline, type ReaderTable } from './outline';

/** mammoth's HTML and pandoc's JSON of a Word file, each as an outline (outline.ts). */

// --- mammoth ------------------------------------------------------------------------------

/**
 * mammoth's default style map has Heading 1–6 but no Title: unmapped, the title comes out as a
 * plain <p> with an "Unrecognised paragraph style" warning. Mapping Word's built-in Title style
 * is what mammoth's documentation tells its users to do, and it proves the paragraph carries it.
 * The headings keep mammoth's default levels (Heading 1 → h1).
 */
export const MAMMOTH_STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh"];

/** Elements that end a line of text, so their text doesn't run into the next. */
const BLOCKS = new Set('P LI TR TD TH UL OL TABLE H1 H2 H3 H4 H5 H6'.split(' '));

/** An element's text, with a space between blocks and for a line break, leaving out `skip`. */
function htmlText(root: Element, skip: (element: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element !== root && skip(element)) return;
    if (element.tagName === 'BR') parts.push(' ');
    element.childNodes.forEach(walk);
    if (BLOCKS.has(element.tagName)) parts.push(' ');
  };
  walk(root);
  return normalise(parts.join(''));
}

const isHeading = (element: Element) =>
  /^H[1-6]$/.test(element.tagName) && !element.classList.contains('title');

function htmlTable(table: HTMLTableElement): ReaderTable {
  return [...table.rows].map((row) => ({
    header: [...row.cells].some((cell) => cell.tagName === 'TH'),
    cells: [...row.cells].map((cell) => htmlText(cell)),
  }));
}

/** mammoth's HTML (convertToHtml with MAMMOTH_STYLE_MAP) as an outline. Needs a DOM (jsdom). */
export function mammothOutline(html: string): Outline {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks = [...body.children];
  const firstHeading = blocks.findIndex(isHeading);
  const front = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
  const rest = firstHeading < 0 ? [] : blocks.slice(firstHeading);
  const tablesIn = (elements: Element[]) =>
    elements.flatMap((element) => [
      ...(element instanceof HTMLTableElement ? [element] : []),
      ...element.querySelectorAll('table'),
    ]);
  const first = blocks[0];
  return {
    title: first?.matches('h1.title') ? htmlText(first) : undefined,
    titlePage: normalise(front.map((element) => htmlText(element)).join(' ')),
    titlePageTables: tablesIn(front).map(htmlTable),
    headings: [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter(isHeading)
      .map((heading) => ({ level: Number(heading.tagName.slice(1)), text: htmlText(heading) })),
    listItems: [...body.querySelectorAll('li')].map((item) => ({
      ordered: item.parentElement?.tagName === 'OL',
      level: ancestors(item).filter((element) => element.tagName === 'UL' || element.tagName === 'OL').length,
      text: htmlText(item, (element) => element.tagName === 'UL' || element.tagName === 'OL'),
    })),
    tables: tablesIn(rest).map(htmlTable),
  };
}

function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let parent = element.parentElement; parent; parent = parent.parentElement) found.push(parent);
  return found;
}

// --- pandoc -------------------------------------------------------------------------------

/** A node of pandoc's AST (`pandoc -t json`): a tag and its contents. */
interface PandocNode {
  t: string;
  c?: unknown;
}

export interface PandocDocument {
  meta: Record<string, PandocNode>;
  blocks: PandocNode[];
}

type PandocCell = [unknown, unknown, number, number, PandocNode[]];
type PandocRow = [unknown, PandocCell[]];

function inlineText(inlines: readonly PandocNode[]): string {
  return inlines
    .map((inline): string => {
      switch (inline.t) {
        case 'Str':
          return inline.c as string;
        case 'Space':
        case 'SoftBreak':
        case 'LineBreak':
          return ' ';
        case 'Emph':
        case 'Strong':
        case 'Underline':
        case 'Strikeout':
        case 'Superscript':
        case 'Subscript':
        case 'SmallCaps':
          return inlineText(inline.c as PandocNode[]);
        case 'Span':
        case 'Link':
        case 'Quoted':
        case 'Cite':
          return inlineText((inline.c as [unknown, PandocNode[]])[1]);
        case 'Code':
          return (inline.c as [unknown, string])[1];
        default:
          return '';
      }
    })
    .join('');
}

function blockText(blocks: readonly PandocNode[]): string {
  return normalise(
    blocks
      .map((block) =>
        block.t === 'Para' || block.t === 'Plain'
          ? inlineText(block.c as PandocNode[])
          : block.t === 'Div'
            ? blockText((block.c as [unknown, PandocNode[]])[1])
            : '',
      )
      .join(' '),
  );
}

function pandocTable(table: PandocNode): ReaderTable {
  const [, , , head, bodies, foot] = table.c as [
    unknown,
    unknown,
    unknown,
    [unknown, PandocRow[]],
    [unknown, number, PandocRow[], PandocRow[]][],
    [unknown, PandocRow[]],
  ];
  const rows = (list: readonly PandocRow[], header: boolean) =>
    list.map(([, cells]) => ({ header, cells: cells.map((cell) => blockText(cell[4])) }));
  return [
    ...rows(head[1], true),
    ...bodies.flatMap(([, , intermediate, body]) => [...rows(intermediate, true), ...rows(body, false)]),
    // A table foot is a header row too, for this purpose: a row marked as not being data.
    ...rows(foot[1], true),
  ];
}

/** pandoc's AST of a docx (`pandoc -f docx -t json`) as an outline. */
export function pandocOutline(document: PandocDocument): Outline {
  const outline: Outline = {
    title: undefined,
    titlePage: '',
    titlePageTables: [],
    headings: [],
    listItems: [],
    tables: [],
  };
  const title = document.meta.title;
  if (title?.t === 'MetaInlines') outline.title = normalise(inlineText(title.c as PandocNode[]));
  let front = true;
  const frontText: string[] = [];

  const items = (list: readonly PandocNode[][], ordered: boolean, level: number) => {
    for (const [first, ...more] of list) {
      outline.listItems.push({
        ordered,
        level,
        text: first && (first.t === 'Plain' || first.t === 'Para') ? blockText([first]) : '',
      });
      visit(first ? [first, ...more] : more, level);
    }
  };
  const visit = (blocks: readonly PandocNode[], level: number) => {
    for (const block of blocks) {
      switch (block.t) {
        case 'Header': {
          front = false;
          const [depth, , inlines] = block.c as [number, unknown, PandocNode[]];
          outline.headings.push({ level: depth, text: normalise(inlineText(inlines)) });
          break;
        }
        case 'BulletList':
          items(block.c as PandocNode[][], false, level + 1);
          break;
        case 'OrderedList':
          items((block.c as [unknown, PandocNode[][]])[1], true, level + 1);
          break;
        case 'Table':
          (front ? outline.titlePageTables : outline.tables).push(pandocTable(block));
          if (front) frontText.push(...pandocTable(block).flatMap((row) => row.cells));
          break;
        case 'Div':
          visit((block.c as [unknown, PandocNode[]])[1], level);
          break;
        case 'BlockQuote':
          visit(block.c as PandocNode[], level);
          break;
        default:
          if (front) frontText.push(blockText([block]));
      }
    }
  };
  visit(document.blocks, 0);
  outline.titlePage = normalise(frontText.join(' '));
  return outline;
}
