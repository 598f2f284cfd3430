import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Answers } from '@/domain/answers';
import { bundleFor, documentLanguage } from './dialect';
import { expandDirectives, parseDirectives, type Block } from './directives';
import { capitaliseTableCells, fillNode, fillText, numberHeadings } from './fill';
import { formatDate, type LanguageTag } from './format';
import { buildScope, lookupPath } from './scope';
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
  /** The paper of the organisation's country: US Letter in the United States and Canada, else A4. */
  paper: Paper;
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

function parseSection(markdown: string): RootContent[] {
  let nodes = parsedMarkdown.get(markdown);
  if (!nodes) {
    nodes = stripPositions(fromMarkdown(markdown, markdownOptions).children);
    if (parsedMarkdown.size >= PARSE_CACHE_SIZE) parsedMarkdown.delete(parsedMarkdown.keys().next().value!);
    parsedMarkdown.set(markdown, nodes);
  }
  return nodes;
}

export function renderPolicy({ answers, bundle: template, today }: RenderInput): PolicyDocument {
  // The template in the organisation's own English (US spelling, dates, lists), made once per bundle.
  const bundle = bundleFor(template, documentLanguage(answers, template));
  const scope = buildScope(answers, bundle, today);
  const lookup = (path: string) => lookupPath(scope, path);
  const { strings, locale } = bundle;
  const languageTag = bundleLanguageTag(bundle);

  const children: RootContent[] = [];
  for (const section of bundle.sections) {
    const file = `templates/${locale}/${section.id}.md`;
    const markdown = expandDirectives(directivesOf(bundle, section), lookup, file).join('\n');
    try {
      children.push(...parseSection(markdown).map((node) => fillNode(node, scope)));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  const body: Root = { type: 'root', children };
  numberHeadings(body);
  capitaliseTableCells(body);

  const { derived } = scope;
  const owner = fillText('{{derived.ownerContact}}', scope);
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
    ],
    strings,
    body,
    paper: LETTER_COUNTRIES.includes(scope.answers.organisation.country) ? 'letter' : 'A4',
  };
}

/** Source positions point into the expanded template, which no writer needs. */
function stripPositions<T>(nodes: T[]): T[] {
  for (const node of nodes as { position?: unknown; children?: unknown[] }[]) {
    delete node.position;
    if (Array.isArray(node.children)) stripPositions(node.children);
  }
  return nodes;
}
