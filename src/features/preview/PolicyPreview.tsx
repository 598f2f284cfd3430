import type { AlignType, Heading, List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { Fragment, memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { policyToMdast } from '@/document/full-tree';
import type { PolicyDocument } from '@/document/render';
import { nodeText } from '@/document/text';
import { TITLE_BLOCK } from './affected';
import { revealInPane } from './scroll-pane';
import './policy.css';

/**
 * The policy on screen and on paper: a writer over the same mdast tree as the Markdown and
 * Word writers. Every text node becomes a React text child, so whatever the user typed (`<img>`,
 * `*`, `#`) is shown as written and never parsed as markup; there is no HTML string anywhere.
 */

interface Context {
  /** How many levels every heading moves down: 1 when the page's own h1 sits beside the preview. */
  headingOffset: number;
  /** The logo the tree names by its file name, as a `data:` URL built from the answers (never fetched). */
  logo?: { fileName: string; src: string };
  /** Beside a question page only: the parts its answers change, marked (never on the result page or paper). */
  mark?: PreviewMark;
  /** Set once the policy has changed since it was first shown: a clause appearing now is a change too. */
  changing?: boolean;
}

export interface PreviewMark {
  /** Clause ids (`personal.naming-us`), section ids (`personal`) or `TITLE_BLOCK`. */
  parts: ReadonlySet<string>;
  /** What the mark means, in words, so it is not told by colour alone: "From your answers here". */
  label: string;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * Only the title is depth 1, only sections are depth 2 and only clauses depth 3 (see
 * `policyToMdast`); print styles hook on these.
 */
const HEADING_CLASS: Partial<Record<Heading['depth'], string>> = {
  1: 'policy-title',
  2: 'policy-section',
  3: 'policy-clause-heading',
};

const ALIGN_CLASS: Record<NonNullable<AlignType>, string> = {
  left: 'policy-align-left',
  center: 'policy-align-center',
  right: 'policy-align-right',
};

/** Templates have no links today; should one appear, only harmless schemes become clickable. */
const SAFE_HREF = /^(?:https?:|mailto:|tel:|#)/i;

/**
 * A node no rule covers is a template or tree bug: loud while developing, skipped in production
 * so one odd node does not blank the whole preview. Raw HTML is never rendered, by design.
 */
function unsupported(type: string): null {
  if (import.meta.env.DEV) throw new Error(`The preview has no rule for node "${type}"`);
  return null;
}

/**
 * A word this long (a web address typed as an account's handle, say) may break anywhere: in a
 * table cell it would otherwise widen its column past the edge of the page, where print cuts it
 * off. Shorter words, e-mail addresses and phone numbers among them, stay whole.
 */
const LONG_WORD = /\S{45,}/g;

function withLongWords(value: string, key: number): ReactNode {
  const matches = [...value.matchAll(LONG_WORD)];
  if (matches.length === 0) return value;
  const parts: ReactNode[] = [];
  let from = 0;
  for (const { 0: word, index } of matches) {
    parts.push(value.slice(from, index));
    parts.push(
      <span key={index} className="policy-long-word">
        {word}
      </span>,
    );
    from = index + word.length;
  }
  parts.push(value.slice(from));
  return <Fragment key={key}>{parts}</Fragment>;
}

function all(nodes: readonly Nodes[], context: Context): ReactNode[] {
  return nodes.map((node, index) => element(node, index, context));
}

function element(node: Nodes, key: number, context: Context): ReactNode {
  switch (node.type) {
    case 'root':
      return <Fragment key={key}>{all(node.children, context)}</Fragment>;
    case 'text':
      return withLongWords(node.value, key);
    case 'heading': {
      const level = Math.min(6, Math.max(1, node.depth + context.headingOffset));
      const Tag = HEADING_TAGS[level - 1]!;
      const className = [HEADING_CLASS[node.depth], node.data?.annex && 'policy-annex'].filter(Boolean);
      return (
        <Tag key={key} className={className.join(' ') || undefined}>
          {all(node.children, context)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={key}>{all(node.children, context)}</p>;
    case 'strong':
      return <strong key={key}>{all(node.children, context)}</strong>;
    case 'emphasis':
      return <em key={key}>{all(node.children, context)}</em>;
    case 'delete':
      return <del key={key}>{all(node.children, context)}</del>;
    case 'break':
      return <br key={key} />;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'link':
      return SAFE_HREF.test(node.url) ? (
        <a key={key} href={node.url}>
          {all(node.children, context)}
        </a>
      ) : (
        <Fragment key={key}>{all(node.children, context)}</Fragment>
      );
    case 'list':
      return list(node, key, context);
    case 'listItem':
      return listItem(node, key, context, node.spread ?? false);
    case 'table':
      return table(node, key, context);
    case 'blockquote':
      return <blockquote key={key}>{all(node.children, context)}</blockquote>;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'image':
      return context.logo && node.url === context.logo.fileName ? (
        <img key={key} className="policy-logo" src={context.logo.src} alt={node.alt ?? ''} />
      ) : (
        unsupported(node.type)
      );
    case 'tableRow':
    case 'tableCell':
    case 'html':
    case 'imageReference':
    case 'linkReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      return unsupported(node.type);
    default: {
      // A type added to mdast (or a plugin) makes this a compile error until it gets a rule.
      const unknown: never = node;
      return unsupported((unknown as { type: string }).type);
    }
  }
}

function list(node: List, key: number, context: Context): ReactNode {
  const items = node.children.map((item, index) => listItem(item, index, context, node.spread ?? false));
  if (!node.ordered) return <ul key={key}>{items}</ul>;
  return (
    <ol key={key} start={node.start != null && node.start !== 1 ? node.start : undefined}>
      {items}
    </ol>
  );
}

/** In a tight list an item's paragraphs are unwrapped, as Markdown renders them, so items sit close. */
function listItem(node: ListItem, key: number, context: Context, listSpread: boolean): ReactNode {
  const tight = !(listSpread || node.spread);
  return (
    <li key={key}>
      {node.children.map((child, index) =>
        tight && child.type === 'paragraph' ? (
          <Fragment key={index}>{all(child.children, context)}</Fragment>
        ) : (
          element(child, index, context)
        ),
      )}
    </li>
  );
}

/** The first row is the header row, as in GFM and in the Word file (where it repeats on each page). */
function table(node: Table, key: number, context: Context): ReactNode {
  if (node.data?.form) return form(node, key, context);
  const [head, ...body] = node.children;
  const align = (column: number) => {
    const value = node.align?.[column];
    return value ? ALIGN_CLASS[value] : undefined;
  };
  return (
    <table key={key} className="policy-table">
      {head && (
        <thead>
          <tr>
            {head.children.map((cell, column) => (
              <th key={column} scope="col" className={align(column)}>
                {all(cell.children, context)}
              </th>
            ))}
          </tr>
        </thead>
      )}
      {body.length > 0 && (
        <tbody>
          {body.map((row, index) => (
            <tr key={index}>
              {row.children.map((cell, column) => (
                <td key={column} className={align(column)}>
                  {all(cell.children, context)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
}

/** A form to fill in by hand: each row a label and room to write, no header row. */
function form(node: Table, key: number, context: Context): ReactNode {
  return (
    <table key={key} className="policy-table policy-form">
      <tbody>
        {node.children.map((row, index) => (
          <tr key={index}>
            {row.children.map((cell, column) =>
              column === 0 ? (
                <th key={column} scope="row">
                  {all(cell.children, context)}
                </th>
              ) : (
                <td key={column}>{all(cell.children, context)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A marked clause that changed (or appeared) while it was out of the preview's pane comes into it,
 * so the change is seen as it is typed. Only the pane scrolls (`data-pane`), never the page.
 */
function showInPane(clause: HTMLElement): (() => void) | undefined {
  const pane = clause.closest<HTMLElement>('[data-pane]');
  if (!pane || pane.scrollHeight <= pane.clientHeight) return undefined;
  return revealInPane(pane, clause);
}

/**
 * Some nodes of a policy on their own (a clause's text, outside the whole document): the same
 * rules as the preview, so a clause reads here as it will be printed.
 */
export function PolicyNodes({
  nodes,
  headingOffset = 0,
}: {
  nodes: readonly RootContent[];
  headingOffset?: number;
}) {
  const context = useMemo(() => ({ headingOffset: Math.trunc(headingOffset) }), [headingOffset]);
  return <>{all(nodes, context)}</>;
}

export interface PolicyPreviewProps {
  document: PolicyDocument;
  /** Levels to move every heading down (the title is h1 at 0, h2 at 1); clamped at h6. */
  headingOffset?: number;
  /** Beside a question page: the parts of the policy that page changes, to mark. */
  mark?: PreviewMark;
}

/**
 * The title block, then one group per numbered section (each starting at its depth-2 heading).
 * Each group is its own component, so React can pause between sections while it renders a long
 * policy, and its own `<section>`, so the browser can skip laying out the ones off screen.
 */
function sectionsOf(tree: Root): RootContent[][] {
  const groups: RootContent[][] = [[]];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) groups.push([]);
    groups.at(-1)!.push(node);
  }
  return groups.filter((group) => group.length > 0);
}

const PolicyPart = memo(function PolicyPart({ nodes, context }: { nodes: RootContent[]; context: Context }) {
  if (!context.mark) return <section className="policy-part">{all(nodes, context)}</section>;
  const [first] = nodes;
  const heading = first?.type === 'heading' && first.depth === 2 ? first : undefined;
  return (
    <section className="policy-part">
      {heading && element(heading, -1, context)}
      {clausesOf(heading ? nodes.slice(1) : nodes, heading?.data?.clauseId ?? TITLE_BLOCK).map(
        ({ key, id, nodes: clause }) => (
          <Clause key={key} id={id} nodes={clause} context={context} />
        ),
      )}
    </section>
  );
});

/**
 * A section's text split where each clause (a `##` heading with an id, depth 3 here) begins; the
 * text before the first one is the section's own (or the title block's), under the section's id.
 */
function clausesOf(nodes: RootContent[], firstId: string) {
  const clauses: { key: string; id: string; nodes: RootContent[] }[] = [];
  let current = { key: firstId, id: firstId, nodes: [] as RootContent[] };
  for (const node of nodes) {
    const id = node.type === 'heading' && node.depth === 3 ? node.data?.clauseId : undefined;
    if (id) {
      clauses.push(current);
      // An own clause may share its id with another; React's key must not.
      const key = clauses.some((clause) => clause.key === id) ? `${id}#${clauses.length}` : id;
      current = { key, id, nodes: [] };
    }
    current.nodes.push(node);
  }
  clauses.push(current);
  return clauses.filter((clause) => clause.nodes.length > 0);
}

/**
 * One clause in the preview: marked (a rule at its side and the mark's words, so not by colour
 * alone) when the page's answers change it, and lit up briefly each time its text changes while
 * the user types. Two alternating classes restart the animation without touching the DOM.
 */
function Clause({ id, nodes, context }: { id: string; nodes: RootContent[]; context: Context }) {
  const text = nodes.map(nodeText).join('\n');
  const [seen, setSeen] = useState(text);
  const [changes, setChanges] = useState(() => (context.changing ? 1 : 0));
  // Lit until its animation ends, so that showing it again later (a phone's preview opened) doesn't replay it.
  const [lit, setLit] = useState(changes > 0);
  if (seen !== text) {
    setSeen(text);
    setChanges(changes + 1);
    setLit(true);
  }
  const marked = context.mark?.parts.has(id) ?? false;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (marked && changes > 0 && box.current) return showInPane(box.current);
  }, [marked, changes]);
  const className = [
    'policy-clause',
    marked && 'policy-clause--marked',
    lit && `policy-clause--changed-${changes % 2}`,
  ].filter(Boolean);
  return (
    <div
      ref={box}
      className={className.join(' ')}
      data-clause={id}
      onAnimationEnd={(event) => {
        if (event.target === event.currentTarget) setLit(false);
      }}
    >
      {marked && <p className="policy-clause__mark">{context.mark?.label}</p>}
      {all(nodes, context)}
    </div>
  );
}

export const PolicyPreview = memo(function PolicyPreview({
  document,
  headingOffset = 0,
  mark,
}: PolicyPreviewProps) {
  const parts = useMemo(() => sectionsOf(policyToMdast(document)), [document]);
  // The policy as first shown: any other is the answers changing (a preview lives as long as its page).
  const [first] = useState(document);
  const changing = mark !== undefined && document !== first;
  const { logo } = document;
  const context = useMemo(
    () => ({
      headingOffset: Math.trunc(headingOffset),
      logo: logo ? { fileName: logo.fileName, src: `data:${logo.mediaType};base64,${logo.data}` } : undefined,
      mark,
      changing,
    }),
    [headingOffset, logo, mark, changing],
  );
  return (
    <article
      lang={document.languageTag}
      className="policy"
      data-paper={document.paper}
      data-length={document.length}
    >
      {parts.map((nodes, index) => (
        <PolicyPart key={index} nodes={nodes} context={context} />
      ))}
    </article>
  );
});
