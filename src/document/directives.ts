import { evaluateCondition, parseCondition, type Condition } from './expression';
import { formatPlaceholder, parsePlaceholder, PLACEHOLDER_PATTERN } from './placeholder';

/**
 * The template's block directives (`:::if`, `:::elif`, `:::else`, `:::each … as …`, `:::more`,
 * `:::short`, `:::end`), parsed once into a tree of lines and expanded per answer set into plain Markdown.
 * Directives work on whole lines, before Markdown parsing; placeholders are left in place and
 * filled in later, as text nodes, by `fill.ts`.
 */

export type Block =
  | { kind: 'line'; text: string; line: number }
  | { kind: 'if'; branches: { condition: Condition; body: Block[] }[]; otherwise: Block[]; line: number }
  | { kind: 'each'; path: string; name: string; body: Block[]; line: number }
  /** Explanation around the rules (why, background, examples): left out of the compact policy. */
  | { kind: 'more'; body: Block[]; line: number }
  /** A clause's rules in few words: the compact policy prints it instead of the clause's other text. */
  | { kind: 'short'; body: Block[]; line: number };

export class DirectiveError extends Error {
  override name = 'DirectiveError';
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

const DIRECTIVE = /^\s*:::\s*(if|elif|else|each|more|short|end)\b\s*(.*?)\s*$/;
/**
 * `:::note …` is a comment for the template's authors (a source, a fact still to check): it is
 * dropped before anything else reads the line, so it never reaches a policy.
 */
const NOTE = /^\s*:::\s*note\b/;
const EACH = /^([A-Za-z]\w*(?:\.\w+)*)\s+as\s+([A-Za-z]\w*)$/;

export function parseDirectives(source: string, file: string): Block[] {
  type Frame =
    | { kind: 'root'; body: Block[] }
    | { kind: 'if'; block: Extract<Block, { kind: 'if' }>; body: Block[]; inElse: boolean }
    | { kind: 'each'; block: Extract<Block, { kind: 'each' }>; body: Block[] }
    | { kind: 'more' | 'short'; block: Extract<Block, { kind: 'more' | 'short' }>; body: Block[] };
  const root: Frame = { kind: 'root', body: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const condition = (text: string, line: number) => {
    try {
      return parseCondition(text);
    } catch (error) {
      throw new DirectiveError(file, line, `bad condition "${text}": ${(error as Error).message}`);
    }
  };

  source.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (NOTE.test(text)) return;
    const match = DIRECTIVE.exec(text);
    if (!match) {
      top().body.push({ kind: 'line', text, line });
      return;
    }
    const [, keyword, rest = ''] = match;
    const frame = top();
    switch (keyword) {
      case 'if': {
        const body: Block[] = [];
        const block: Extract<Block, { kind: 'if' }> = {
          kind: 'if',
          branches: [{ condition: condition(rest, line), body }],
          otherwise: [],
          line,
        };
        frame.body.push(block);
        stack.push({ kind: 'if', block, body, inElse: false });
        return;
      }
      case 'elif':
      case 'else': {
        if (frame.kind !== 'if' || frame.inElse)
          throw new DirectiveError(file, line, `:::${keyword} without an open :::if`);
        if (keyword === 'else') {
          if (rest) throw new DirectiveError(file, line, ':::else takes no condition (use :::elif)');
          frame.inElse = true;
          frame.body = frame.block.otherwise;
        } else {
          const body: Block[] = [];
          frame.block.branches.push({ condition: condition(rest, line), body });
          frame.body = body;
        }
        return;
      }
      case 'each': {
        const each = EACH.exec(rest);
        if (!each?.[1] || !each[2])
          throw new DirectiveError(
            file,
            line,
            `write ":::each <list path> as <name>", not ":::each ${rest}"`,
          );
        const block: Extract<Block, { kind: 'each' }> = {
          kind: 'each',
          path: each[1],
          name: each[2],
          body: [],
          line,
        };
        frame.body.push(block);
        stack.push({ kind: 'each', block, body: block.body });
        return;
      }
      case 'more':
      case 'short': {
        if (rest) throw new DirectiveError(file, line, `:::${keyword} takes nothing after it`);
        // A short wording is all rules, and an explanation has no short wording of its own.
        const outer = stack.find((open) => open.kind === 'more' || open.kind === 'short');
        if (outer) {
          const article = outer.kind === keyword ? 'another' : 'a';
          throw new DirectiveError(file, line, `:::${keyword} inside ${article} :::${outer.kind}`);
        }
        const block: Extract<Block, { kind: 'more' | 'short' }> = { kind: keyword, body: [], line };
        frame.body.push(block);
        stack.push({ kind: keyword, block, body: block.body });
        return;
      }
      case 'end':
        if (frame.kind === 'root')
          throw new DirectiveError(file, line, ':::end without an open :::if, :::each, :::more or :::short');
        stack.pop();
        return;
    }
  });

  const open = top();
  if (open.kind !== 'root')
    throw new DirectiveError(file, open.block.line, `:::${open.kind} is never closed with :::end`);
  return root.body;
}

/**
 * A line the expanded Markdown holds on each side of a short wording, and the parser reads as a
 * block of its own (an HTML comment), dropped right after parsing: without it, a short wording
 * ending in a list would run on into a list the clause's other text starts with.
 */
export const BLOCK_BREAK = '<!-- block break -->';

/** Loop names in scope, each standing for one item's full path, e.g. account → roles.accounts.2. */
type Aliases = ReadonlyMap<string, string>;

export function resolveAlias(path: string, aliases: Aliases): string {
  const dot = path.indexOf('.');
  const head = dot === -1 ? path : path.slice(0, dot);
  const target = aliases.get(head);
  if (target === undefined) return path;
  return dot === -1 ? target : target + path.slice(dot);
}

function rewritePlaceholders(text: string, aliases: Aliases): string {
  if (aliases.size === 0) return text;
  return text.replace(PLACEHOLDER_PATTERN, (_whole, inner: string) => {
    const placeholder = parsePlaceholder(inner);
    return formatPlaceholder({ ...placeholder, path: resolveAlias(placeholder.path, aliases) });
  });
}

/** The Markdown for one answer set, and which of its lines (1-based) are explanation or short wording. */
export interface ExpandedTemplate {
  lines: string[];
  /** Lines from inside a `:::more`. */
  explanationLines: ReadonlySet<number>;
  /** Lines from inside a `:::short`. */
  shortLines: ReadonlySet<number>;
}

/** Writes out the lines that apply to these answers, repeating `:::each` bodies per item. */
export function expandDirectives(
  blocks: readonly Block[],
  lookup: (path: string) => unknown,
  file: string,
): string[] {
  return expandTemplate(blocks, lookup, file).lines;
}

/** `expandDirectives`, also saying which lines came from inside a `:::more` or a `:::short`. */
export function expandTemplate(
  blocks: readonly Block[],
  lookup: (path: string) => unknown,
  file: string,
): ExpandedTemplate {
  const lines: string[] = [];
  const explanationLines = new Set<number>();
  const shortLines = new Set<number>();
  type Kind = 'rule' | 'more' | 'short';
  const expand = (blocks: readonly Block[], aliases: Aliases, kind: Kind): void => {
    const aliasedLookup = (path: string) => lookup(resolveAlias(path, aliases));
    for (const block of blocks) {
      switch (block.kind) {
        case 'line':
          lines.push(rewritePlaceholders(block.text, aliases));
          // Blank lines separate blocks and belong to neither side.
          if (block.text.trim() === '') break;
          if (kind === 'more') explanationLines.add(lines.length);
          if (kind === 'short') shortLines.add(lines.length);
          break;
        case 'if': {
          const taken = block.branches.find((branch) => evaluateCondition(branch.condition, aliasedLookup));
          expand(taken ? taken.body : block.otherwise, aliases, kind);
          break;
        }
        case 'each': {
          const listPath = resolveAlias(block.path, aliases);
          const items = lookup(listPath);
          if (!Array.isArray(items))
            throw new DirectiveError(file, block.line, `:::each needs a list, and ${block.path} is not one`);
          items.forEach((_item, index) => {
            expand(block.body, new Map(aliases).set(block.name, `${listPath}.${index}`), kind);
          });
          break;
        }
        case 'more':
          expand(block.body, aliases, 'more');
          break;
        case 'short':
          lines.push('', BLOCK_BREAK, '');
          expand(block.body, aliases, 'short');
          lines.push('', BLOCK_BREAK, '');
          break;
      }
    }
  };
  expand(blocks, new Map(), 'rule');
  return { lines, explanationLines, shortLines };
}
