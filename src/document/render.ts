import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Answers } from '@/domain/answers';
import type { PolicyLength } from '@/domain/options';
import { ANNEX_IDS, leftApart, type AnnexId } from './annexes';
import { bundleFor, documentLanguage } from './dialect';
import { linkEmailAddresses } from './links';
import {
  BLOCK_BREAK,
  expandTemplate,
  parseDirectives,
  type Block,
  type ExpandedTemplate,
} from './directives';
import { atLength, markExplanations, markExplanationSpans, markShortWording } from './explanations';
import { takeClauseIds, withSectionClauseId } from './clause-ids';
import { capitaliseTableCells, fillNode, fillText, numberHeadings } from './fill';
import { formatDate, type LanguageTag } from './format';
import { summaryOf } from './summary';
import type { PolicyPart } from './parts';
import {
  applyWording,
  clauseSpans,
  standardClauses,
  type StandardClause,
  type WordingReport,
} from './wording-edits';
import { buildScope, lookupPath } from './scope';
import { nodeText } from './text';
import { hasMark } from './tree-data';
import {
  bundleLanguageTag,
  type DocumentStrings,
  type Locale,
  type TemplateBundle,
  type TemplateSection,
} from './template';

/**
 * The policy as one tree: answers + template + date in, a `PolicyDocument` out. Every output
 * (Markdown, Word, the preview, print) is a writer over this value.
 */

export interface TitleBlockRow {
  label: string;
  value: string;
}

export interface PolicyDocument {
  locale: Locale;
  /** BCP 47 tag for spell-check and `lang` attributes: da-DK, en-GB, en-US (English for a US organisation). */
  languageTag: LanguageTag;
  title: string;
  /** The day the policy takes effect, YYYY-MM-DD. */
  effectiveDate: string;
  /** The organisation's name, or empty when none was given. */
  organisation: string;
  /** Version, effective date, owner and next review, as shown under the title. */
  titleBlock: TitleBlockRow[];
  strings: DocumentStrings;
  /** The sections: headings of depth 1 (numbered), 2 (numbered) and 3, paragraphs, lists, tables. */
  body: Root;
  /**
   * Complete, or compact: each rule in few words, for staff. The writers set a compact policy as a
   * short document: the title above the first section, no contents list, sections running on.
   */
  length: PolicyLength;
  /** The paper of the organisation's country: US Letter in the United States and Canada, else A4. */
  paper: Paper;
  /** The organisation's logo for the cover, when the user gave one. */
  logo: Logo | null;
  /**
   * The annexes this organisation has, lettered, each with a level-1 heading first, and each
   * downloaded alone too; those printed at the end of the policy are `printedAnnexes`.
   */
  annexes: PolicyAnnex[];
  /** The policy on a page for staff, printed and downloaded on its own (`summary.md`). */
  summary?: PolicyPart;
  /** What became of the user's own wording: edits whose clause is gone, clauses changed since. */
  wording: WordingReport;
  /** The clauses of the standard wording, when asked for (`renderPolicy`'s `clauses` option). */
  clauses?: StandardClause[];
}

/**
 * The answers the title block above the sections is made from (see `titleBlock` and `logo` in
 * `renderPolicy` below, and `DERIVED_FROM` for the derived values among them): the sections say
 * what they read in the template, this block only here.
 */
export const TITLE_BLOCK_READS: readonly string[] = [
  'organisation.name',
  'policy.logo',
  'policy.title',
  'policy.version',
  'policy.effectiveDate',
  'policy.owner',
  'rollout.nextReviewDate',
  'rollout.reviewCadence',
  'policy.approval',
  'policy.classification',
];

export type Logo = NonNullable<Answers['policy']['logo']>;

export interface PolicyAnnex {
  id: AnnexId;
  /** A, B, C … in the order of `ANNEX_IDS`, skipping the annexes this organisation has none of. */
  letter: string;
  /**
   * A sheet the compact policy leaves out of its end (`leftApart`), downloaded and printed alone:
   * its heading is its title, without "Annex B".
   */
  apart?: true;
  /** Its heading as printed, "Annex A – Acknowledgement form", first in `body` too. */
  heading: string;
  body: Root;
}

export type Paper = 'A4' | 'letter';
const LETTER_COUNTRIES: readonly string[] = ['US', 'CA'];

export interface RenderInput {
  answers: Answers;
  bundle: TemplateBundle;
  /** The date the document is made, YYYY-MM-DD. */
  today: string;
}

/** Only tables beyond CommonMark: no autolinks, footnotes or strikethrough in policy prose. */
const markdownOptions = {
  extensions: [gfmTable()],
  mdastExtensions: [gfmTableFromMarkdown()],
};

const parsedDirectives = new WeakMap<TemplateSection, Block[]>();

function directivesOf(bundle: TemplateBundle, section: TemplateSection): Block[] {
  let blocks = parsedDirectives.get(section);
  if (!blocks) {
    blocks = parseDirectives(section.source, `templates/${bundle.locale}/${section.id}.md`);
    parsedDirectives.set(section, blocks);
  }
  return blocks;
}

/**
 * Parsed sections by their expanded Markdown. Placeholders are still unfilled at this point, so
 * the text only changes when a condition flips or a list grows or shrinks: typing into a field
 * re-uses the parse, which keeps the live preview fast.
 */
const parsedMarkdown = new Map<string, RootContent[]>();
const PARSE_CACHE_SIZE = 100;

function parseSection(
  markdown: string,
  { explanationLines, shortLines }: Omit<ExpandedTemplate, 'lines'>,
): RootContent[] {
  const marks = [...explanationLines].join(',') + '\u0000' + [...shortLines].join(',');
  const key = `${markdown}\u0000${marks}`;
  let nodes = parsedMarkdown.get(key);
  if (!nodes) {
    nodes = fromMarkdown(markdown, markdownOptions).children.filter(
      (node) => node.type !== 'html' || node.value !== BLOCK_BREAK,
    );
    // Both need the source positions, which go next.
    markExplanations(nodes, explanationLines);
    markShortWording(nodes, shortLines);
    markExplanationSpans(nodes);
    nodes = takeClauseIds(stripPositions(nodes)); // before caching: the `{#id}` markers must never reach a writer
    if (parsedMarkdown.size >= PARSE_CACHE_SIZE) parsedMarkdown.delete(parsedMarkdown.keys().next().value!);
    parsedMarkdown.set(key, nodes);
  }
  return nodes;
}

/**
 * The policy for these answers. With `clauses`, the document also lists the clauses of the
 * standard wording, for the view where the user adjusts it (left out when typing into the wizard:
 * it costs a Markdown serialisation of every clause).
 */
export function renderPolicy(
  { answers, bundle: template, today }: RenderInput,
  options: { clauses?: boolean } = {},
): PolicyDocument {
  // The template in the organisation's own English (US spelling, dates, lists), made once per bundle.
  const bundle = bundleFor(template, documentLanguage(answers, template));
  const scope = buildScope(answers, bundle, today);
  const lookup = (path: string) => lookupPath(scope, path);
  const { strings, locale } = bundle;
  const languageTag = bundleLanguageTag(bundle);

  const complete = scope.answers.policy.length === 'complete';
  const renderSection = (section: TemplateSection): RootContent[] => {
    const file = `templates/${locale}/${section.id}.md`;
    const { lines, ...marks } = expandTemplate(directivesOf(bundle, section), lookup, file);
    try {
      return parseSection(lines.join('\n'), marks).flatMap((node) =>
        // The complete policy never prints a short wording, so it is not filled (time the preview needs).
        complete && hasMark(node, 'short') ? [] : [withSectionClauseId(fillNode(node, scope), section.id)],
      );
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  };

  const standard: Root = { type: 'root', children: bundle.sections.flatMap(renderSection) };
  // The user's own wording for this language, before numbering: her clauses are numbered too.
  const { root: edited, report: wording } = applyWording(standard, scope.answers.wording[locale]);
  // Listed before numbering, which changes the body in place (the standard tree itself when unedited).
  const clauses = options.clauses ? standardClauses(standard) : undefined;
  // The length is chosen afterwards: a clause the user reworded keeps her whole text in the compact
  // policy, and her edits are compared with the complete standard wording they replaced.
  const body = atLength(edited, scope.answers.policy.length);
  numberHeadings(body);
  capitaliseTableCells(body);
  linkEmailAddresses(body);

  const { derived } = scope;
  const annexes = ANNEX_IDS.flatMap((id): PolicyAnnex[] => {
    const letter = derived.annex[id];
    const section = bundle.annexes?.find((annex) => annex.id === `annex-${id}`);
    if (!letter || !section) return [];
    const apart = leftApart(id, scope.answers);
    const annexBody: Root = { type: 'root', children: renderSection(section) };
    const heading = annexHeading(
      annexBody,
      apart ? undefined : strings.annexHeading.replace('{letter}', letter),
      id,
    );
    capitaliseTableCells(annexBody);
    markFormTables(annexBody);
    linkEmailAddresses(annexBody);
    return [{ id, letter, ...(apart ? { apart } : {}), heading, body: annexBody }];
  });

  // The policy on a page: its rules that summarise a clause this policy has, as edited.
  const summary =
    bundle.summary &&
    summaryOf(renderSection(bundle.summary), new Set(clauseSpans(body).map((span) => span.id)));

  const owner = fillText('{{derived.ownerContact}}', scope);
  const { approval, classification } = scope.answers.policy;
  const optionalRows: TitleBlockRow[] = [
    { label: strings.approvedBy, value: [approval.name, approval.role].filter(Boolean).join(', ') },
    { label: strings.approvedOn, value: approval.date ? formatDate(approval.date, languageTag) : '' },
    {
      label: strings.classification,
      value: classification ? (bundle.terms.classification[classification] ?? '') : '',
    },
  ];
  return {
    locale,
    languageTag,
    title: derived.title,
    effectiveDate: derived.effectiveDate,
    organisation: scope.answers.organisation.name,
    titleBlock: [
      { label: strings.version, value: derived.version },
      { label: strings.effectiveDate, value: formatDate(derived.effectiveDate, languageTag) },
      { label: strings.owner, value: owner },
      { label: strings.nextReview, value: formatDate(derived.nextReviewDate, languageTag) },
      // Printed only when answered: an approval nobody recorded is never claimed.
      ...optionalRows.filter((row) => row.value !== ''),
    ],
    strings,
    body,
    length: scope.answers.policy.length,
    paper: LETTER_COUNTRIES.includes(scope.answers.organisation.country) ? 'letter' : 'A4',
    // The raw answer: `cleanAnswers` is for text a reader sees, not for the picture's bytes.
    logo: answers.policy.logo,
    annexes,
    ...(summary ? { summary } : {}),
    wording,
    ...(clauses ? { clauses } : {}),
  };
}

/**
 * Puts "Annex A – " (the pattern, lettered) before the annex's first heading, its title in the
 * template, unless it is a sheet apart; marks it as the start of that annex for the writers, and
 * returns the whole heading.
 */
function annexHeading(annex: Root, pattern: string | undefined, id: AnnexId): string {
  const first = annex.children[0];
  if (first?.type !== 'heading' || first.depth !== 1)
    throw new Error(`an annex must start with its title as a level-1 heading (annex ${id})`);
  const title = nodeText(first);
  const heading = pattern ? pattern.replace('{title}', title) : title;
  first.children = [{ type: 'text', value: heading }];
  first.data = { ...first.data, annex: id };
  return heading;
}

/**
 * A table whose last column is empty in every row is a form to fill in by hand (name, date,
 * signature): the writers give it room to write instead of a header row.
 */
function markFormTables(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const lastEmpty = node.children.every((row) => {
      const last = row.children.at(-1);
      return row.children.length > 1 && last !== undefined && nodeText(last).trim() === '';
    });
    if (lastEmpty) node.data = { ...node.data, form: true };
  }
}

/** Source positions point into the expanded template, which no writer needs. */
function stripPositions<T>(nodes: T[]): T[] {
  for (const node of nodes as { position?: unknown; children?: unknown[] }[]) {
    delete node.position;
    if (Array.isArray(node.children)) stripPositions(node.children);
  }
  return nodes;
}
