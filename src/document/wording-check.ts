import type { Nodes } from 'mdast';
import * as z from 'zod/mini';
import type { Answers } from '@/domain/answers';
import { TERM_GROUPS } from '@/domain/options';
import { once } from '@/lib/once';
import { evaluateCondition, parseCondition, type Condition } from './expression';
import type { PolicyDocument } from './render';
import { buildScope, lookupPath, type Scope } from './scope';
import type { Locale, TemplateBundle, Terms } from './template';

/**
 * The risky-wording check: phrases that must never be printed for some organisations (a ban on
 * employer reviews for a US private employer, "kunder" for a Danish municipality …), kept as
 * data beside the template in `templates/wording-rules.json`, run over a rendered policy.
 *
 * Each rule has
 * - `id`: kebab-case, stable (findings and tests name it);
 * - `when`: a condition in the template's own language (`derived.usPrivate`,
 *   `organisation.sector == education`, `organisation.country == US and …`);
 * - `patterns.da` / `patterns.en`: regular-expression sources, matched case-insensitively against
 *   each block of rendered text (paragraph, table cell, heading, title-block row) with curly
 *   apostrophes made straight and white space collapsed. Keep a pattern inside one sentence
 *   (`[^.]*`, not `.*`), start it with a literal word, and remember that `\b` only knows a–z:
 *   never put it next to æ, ø or å. One locale may be empty;
 * - `reason.da` / `reason.en`: what is wrong there and which law, in the document's language;
 * - `law`: a short citation ("" when it is a matter of style);
 * - `examples`: sentences the rule must catch (each pattern catches at least one: a test plants
 *   them in a rendered policy), and `lawful`: the narrowed wording it must let through.
 *
 * Pure: no React, no Node. `checkWording({ answers, document, rules })` returns the findings,
 * each with the numbered clause it sits under and the sentence that matched.
 */

export type WordingLocaleTexts = Record<Locale, string[]>;

const localeTexts = once(() =>
  z.strictObject({ da: z.array(z.string()), en: z.array(z.string()), fr: z.array(z.string()) }),
);
const nonEmpty = once(() => z.string().check(z.minLength(1)));

const wordingRuleSchema = once(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case: a-z, 0-9 and -')),
    when: nonEmpty(),
    law: z.optional(z.string()),
    patterns: localeTexts(),
    reason: z.strictObject({ da: nonEmpty(), en: nonEmpty(), fr: nonEmpty() }),
    examples: localeTexts(),
    lawful: z.optional(localeTexts()),
  }),
);

const wordingRulesSchema = once(() =>
  z.strictObject({
    about: z.optional(z.string()),
    rules: z.array(wordingRuleSchema()),
  }),
);

export type WordingRule = z.infer<ReturnType<typeof wordingRuleSchema>>;
export type WordingRules = z.infer<ReturnType<typeof wordingRulesSchema>>;

export interface WordingFinding {
  ruleId: string;
  /** Why the wording is risky there, in the document's language. */
  reason: string;
  /** A short citation, or "" when the rule is about style. */
  law: string;
  /** The numbered heading the text sits under ("5.3 Confidential information"), or the title. */
  clause: string;
  /** The sentence that matched, trimmed. */
  excerpt: string;
}

export class WordingRulesError extends Error {
  override name = 'WordingRulesError';
}

const FILE = 'templates/wording-rules.json';
const LOCALES_CHECKED: readonly Locale[] = ['da', 'en', 'fr'];

/** The flags every pattern is compiled with. */
const FLAGS = 'giu';

/**
 * Checks a rules object against the schema, and that every `when` parses and every pattern
 * compiles; throws a WordingRulesError naming the file and the path of each problem.
 */
export function validateWordingRules(value: unknown): WordingRules {
  const parsed = wordingRulesSchema().safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new WordingRulesError(`${FILE}: ${problems.join('; ')}`);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  parsed.data.rules.forEach((rule, index) => {
    const at = `rules.${index}`;
    if (seen.has(rule.id)) problems.push(`${at}.id: "${rule.id}" is used twice`);
    seen.add(rule.id);
    try {
      parseCondition(rule.when);
    } catch (error) {
      problems.push(`${at}.when: ${(error as Error).message}`);
    }
    if (LOCALES_CHECKED.every((locale) => rule.patterns[locale].length === 0))
      problems.push(`${at}.patterns: give at least one pattern`);
    for (const locale of LOCALES_CHECKED)
      rule.patterns[locale].forEach((source, n) => {
        try {
          new RegExp(source, FLAGS);
        } catch (error) {
          problems.push(`${at}.patterns.${locale}.${n}: ${(error as Error).message}`);
        }
      });
  });
  if (problems.length > 0) throw new WordingRulesError(`${FILE}: ${problems.join('; ')}`);
  return parsed.data;
}

/** Reads the text of `templates/wording-rules.json`: JSON, then `validateWordingRules`. */
export function parseWordingRules(json: string): WordingRules {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new WordingRulesError(`${FILE} is not valid JSON: ${String(error)}`);
  }
  return validateWordingRules(value);
}

interface CompiledRule {
  rule: WordingRule;
  condition: Condition;
  patterns: Record<Locale, RegExp[]>;
}

const compiled = new WeakMap<WordingRules, CompiledRule[]>();

function compile(rules: WordingRules): CompiledRule[] {
  let result = compiled.get(rules);
  if (!result) {
    result = rules.rules.map((rule) => ({
      rule,
      condition: parseCondition(rule.when),
      patterns: {
        da: rule.patterns.da.map((source) => new RegExp(source, FLAGS)),
        en: rule.patterns.en.map((source) => new RegExp(source, FLAGS)),
        fr: rule.patterns.fr.map((source) => new RegExp(source, FLAGS)),
      },
    }));
    compiled.set(rules, result);
  }
  return result;
}

/** Choice labels are not needed to decide a condition: every id stands for itself. */
const idTerms = once(
  () =>
    Object.fromEntries(
      Object.entries(TERM_GROUPS).map(([group, ids]) => [
        group,
        Object.fromEntries(ids.map((id) => [id, id])),
      ]),
    ) as Terms,
);

/** The scope the conditions are read in: the answers and their `derived.*` values. */
function scopeOf(answers: Answers, document: PolicyDocument): Scope {
  const bundle: TemplateBundle = {
    locale: document.locale,
    sections: [],
    terms: idTerms(),
    strings: document.strings,
  };
  return buildScope(answers, bundle, document.effectiveDate);
}

/** One block of text as a reader sees it, and the clause it belongs to. */
interface TextBlock {
  clause: string;
  text: string;
}

const plain = (node: Nodes): string => {
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plain).join('');
  return '';
};

const normalise = (text: string): string =>
  text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The title, the title block and every paragraph, heading and table cell of the body. */
function textBlocks(document: PolicyDocument): TextBlock[] {
  const blocks: TextBlock[] = [{ clause: document.title, text: document.title }];
  for (const row of document.titleBlock)
    blocks.push({ clause: document.title, text: `${row.label}: ${row.value}` });
  let clause = document.title;
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const text = plain(node);
        // Numbered headings (depth 1 and 2, "5.3 Confidential information") are the clauses.
        // Named as printed (typographic apostrophes kept); only the text matched is normalised.
        if (node.depth <= 2) clause = text.replace(/\s+/g, ' ').trim();
        blocks.push({ clause, text });
        return;
      }
      case 'paragraph':
      case 'tableCell':
        blocks.push({ clause, text: plain(node) });
        return;
      default:
        if ('children' in node) node.children.forEach(walk);
    }
  };
  walk(document.body);
  // The annexes are handed out as well (the form is signed, the contact sheet pinned up).
  for (const annex of document.annexes) walk(annex.body);
  return blocks.map((block) => ({ clause: block.clause, text: normalise(block.text) }));
}

/** The sentence around `start`..`end`: from the previous sentence end to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[.!?](?=\s)/g;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(ends)) {
    const at = match.index + 1;
    if (at <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to).trim();
}

export interface WordingCheckInput {
  answers: Answers;
  document: PolicyDocument;
  rules: WordingRules;
}

/** Every place the document prints wording a rule forbids for these answers, in reading order. */
export function checkWording({ answers, document, rules }: WordingCheckInput): WordingFinding[] {
  const scope = scopeOf(answers, document);
  const lookup = (path: string) => lookupPath(scope, path);
  const active = compile(rules).filter(
    ({ condition, patterns }) => patterns[document.locale].length > 0 && evaluateCondition(condition, lookup),
  );
  if (active.length === 0) return [];

  const findings: WordingFinding[] = [];
  const seen = new Set<string>();
  for (const { clause, text } of textBlocks(document)) {
    for (const { rule, patterns } of active) {
      for (const pattern of patterns[document.locale]) {
        for (const match of text.matchAll(pattern)) {
          const excerpt = sentenceAround(text, match.index, match.index + match[0].length);
          const key = `${rule.id}\u0000${clause}\u0000${excerpt}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push({
            ruleId: rule.id,
            reason: rule.reason[document.locale],
            law: rule.law ?? '',
            clause,
            excerpt,
          });
        }
      }
    }
  }
  return findings;
}
