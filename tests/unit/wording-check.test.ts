import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Nodes, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from '@/domain/answers';
import { TERM_GROUPS } from '@/domain/options';
import { evaluateCondition, parseCondition, type Condition } from '@/document/expression';
import { TEMPLATES_DIR } from '@/document/load-node';
import { renderPolicy, type PolicyDocument } from '@/document/render';
import { buildScope, lookupPath, termGroupOf } from '@/document/scope';
import type { Locale } from '@/document/template';
import {
  checkWording,
  parseWordingRules,
  validateWordingRules,
  WordingRulesError,
  type WordingFinding,
  type WordingRule,
} from '@/document/wording-check';
import { bundles, LOCALES, loadExamples, maximalAnswers, TODAY } from '../support/templates';

const RULES_TEXT = readFileSync(join(TEMPLATES_DIR, 'wording-rules.json'), 'utf8');
const rules = parseWordingRules(RULES_TEXT);

/** Organisations to try each rule's `when` on: one that it holds for and one that it doesn't. */
const PROFILES: Record<string, Record<string, unknown>> = {
  'US private': { country: 'US', sector: 'private' },
  'US public': { country: 'US', sector: 'public' },
  'US education': { country: 'US', sector: 'education' },
  'US healthcare': { country: 'US', sector: 'healthcare' },
  'US finance': { country: 'US', sector: 'finance' },
  'DK private': { country: 'DK', sector: 'private' },
  'DK public': { country: 'DK', sector: 'public' },
  'DK retail': { country: 'DK', sector: 'retail' },
  'UK healthcare': { country: 'UK', sector: 'healthcare' },
  'UK finance': { country: 'UK', sector: 'finance' },
  'CA education': { country: 'CA', sector: 'education', province: 'ON', publiclyOwned: true },
  'DK education, public': { country: 'DK', sector: 'education', publiclyOwned: true },
  'EU nonprofit': { country: 'EU', sector: 'nonprofit' },
};

const answersFor = (organisation: Record<string, unknown>): Answers =>
  answersSchema().parse({
    organisation: { name: 'Testorg', sizeBand: '250plus', networks: ['linkedin'], ...organisation },
    policy: { effectiveDate: '2027-01-04' },
  });

const holds = (rule: WordingRule, answers: Answers): boolean => {
  const scope = buildScope(answers, bundles.en, TODAY);
  return evaluateCondition(parseCondition(rule.when), (path) => lookupPath(scope, path));
};

function profilesFor(rule: WordingRule): { yes: [string, Answers]; no: [string, Answers] } {
  const all = Object.entries(PROFILES).map(([name, org]) => [name, answersFor(org)] as [string, Answers]);
  const yes = all.find(([, answers]) => holds(rule, answers));
  const no = all.find(([, answers]) => !holds(rule, answers));
  if (!yes || !no)
    throw new Error(`${rule.id}: add a profile for which "${rule.when}" is ${yes ? 'false' : 'true'}`);
  return { yes, no };
}

const text = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/** A copy of the document with `sentence` as a new paragraph after its `index`-th numbered heading. */
function plant(
  document: PolicyDocument,
  index: number,
  sentence: string,
): { planted: PolicyDocument; clause: string } {
  const planted = structuredClone(document);
  const children = planted.body.children;
  const numbered = children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2);
  const heading = numbered[index % numbered.length]!;
  const paragraph: RootContent = { type: 'paragraph', children: [{ type: 'text', value: sentence }] };
  children.splice(children.indexOf(heading) + 1, 0, paragraph);
  return { planted, clause: text(heading) };
}

const key = (f: WordingFinding) => JSON.stringify(f);
/** The findings in `after` that `before` does not have. */
const added = (before: WordingFinding[], after: WordingFinding[]) => {
  const old = new Set(before.map(key));
  return after.filter((f) => !old.has(key(f)));
};

const render = (answers: Answers, locale: Locale) =>
  renderPolicy({ answers, bundle: bundles[locale], today: TODAY });

describe('the wording rules file', () => {
  it('parses, and every rule has patterns, reasons and examples to plant', () => {
    expect(rules.rules.length).toBeGreaterThan(0);
    for (const rule of rules.rules)
      for (const locale of LOCALES) {
        expect(rule.reason[locale].length, `${rule.id} reason.${locale}`).toBeGreaterThan(0);
        if (rule.patterns[locale].length > 0)
          expect(rule.examples[locale].length, `${rule.id} examples.${locale}`).toBeGreaterThan(0);
      }
  });

  it('gives every pattern an example it catches', () => {
    const problems: string[] = [];
    for (const rule of rules.rules)
      for (const locale of LOCALES)
        rule.patterns[locale].forEach((source, n) => {
          const caught = rule.examples[locale].some((example) => new RegExp(source, 'iu').test(example));
          if (!caught) problems.push(`${rule.id} patterns.${locale}.${n} catches none of its examples`);
        });
    expect(problems).toEqual([]);
  });

  it('names in every `when` only answers and choices that exist', () => {
    const ids = (condition: Condition): { path: string; ids: string[] }[] => {
      switch (condition.kind) {
        case 'not':
          return ids(condition.operand);
        case 'and':
        case 'or':
          return [...ids(condition.left), ...ids(condition.right)];
        case 'truthy':
          return [{ path: condition.path, ids: [] }];
        case 'in':
          return [{ path: condition.path, ids: condition.values }];
        default:
          return [{ path: condition.path, ids: [condition.value] }];
      }
    };
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const scope = buildScope(maximalAnswers, bundles[locale], TODAY);
      for (const rule of rules.rules)
        for (const use of ids(parseCondition(rule.when))) {
          if (lookupPath(scope, use.path) === undefined)
            problems.push(`${rule.id}: ${use.path} is not an answer`);
          const group = termGroupOf(use.path);
          for (const id of use.ids)
            if (!group || !(TERM_GROUPS[group] as readonly string[]).includes(id))
              problems.push(`${rule.id}: "${id}" is not a choice of ${use.path}`);
        }
    }
    expect(problems).toEqual([]);
  });

  it('reports the file and the path of a faulty rule', () => {
    const good = rules.rules[0]!;
    const withRule = (patch: Record<string, unknown>) => ({ rules: [{ ...good, ...patch }] });
    expect(() => validateWordingRules(withRule({ when: 'organisation.country ==' }))).toThrow(
      /wording-rules\.json: rules\.0\.when/,
    );
    expect(() => validateWordingRules(withRule({ patterns: { da: [], en: ['(unclosed'], fr: [] } }))).toThrow(
      /rules\.0\.patterns\.en\.0/,
    );
    expect(() => validateWordingRules(withRule({ patterns: { da: [], en: [], fr: [] } }))).toThrow(
      /rules\.0\.patterns/,
    );
    expect(() => validateWordingRules(withRule({ reason: { da: 'x' } }))).toThrow(/rules\.0\.reason\.en/);
    expect(() => validateWordingRules(withRule({ id: 'Not Kebab' }))).toThrow(/rules\.0\.id/);
    expect(() => validateWordingRules({ rules: [good, good] })).toThrow(/used twice/);
    expect(() => parseWordingRules('{')).toThrow(WordingRulesError);
  });
});

describe.each(rules.rules.map((rule, index) => [rule.id, rule, index] as const))(
  'rule %s',
  (_id, rule, index) => {
    const { yes, no } = profilesFor(rule);
    const locales = LOCALES.filter((locale) => rule.patterns[locale].length > 0);

    describe.each(locales)('in %s', (locale) => {
      const base = render(yes[1], locale);
      const baseFindings = checkWording({ answers: yes[1], document: base, rules });
      const other = render(no[1], locale);
      const otherFindings = checkWording({ answers: no[1], document: other, rules });

      it.each(rule.examples[locale].map((example, n) => [example, n] as const))(
        `catches "%s" where it applies (${yes[0]}) and not where it does not (${no[0]})`,
        (example, n) => {
          const { planted, clause } = plant(base, index + n * 7, example);
          const found = added(
            baseFindings,
            checkWording({ answers: yes[1], document: planted, rules }),
          ).filter((f) => f.ruleId === rule.id);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({
            ruleId: rule.id,
            reason: rule.reason[locale],
            law: rule.law ?? '',
            clause,
          });
          expect(clause).toMatch(/^\d+\.(\d+)? /);
          expect(example).toContain(found[0]!.excerpt);
          expect(rule.patterns[locale].some((p) => new RegExp(p, 'iu').test(found[0]!.excerpt))).toBe(true);

          const elsewhere = plant(other, index + n * 7, example).planted;
          const foundElsewhere = added(
            otherFindings,
            checkWording({ answers: no[1], document: elsewhere, rules }),
          );
          expect(foundElsewhere.filter((f) => f.ruleId === rule.id)).toEqual([]);
        },
      );

      it.each((rule.lawful?.[locale] ?? []).map((sentence) => [sentence] as const))(
        'lets the narrowed wording through: "%s"',
        (sentence) => {
          const { planted } = plant(base, index, sentence);
          const found = added(baseFindings, checkWording({ answers: yes[1], document: planted, rules }));
          expect(found.filter((f) => f.ruleId === rule.id)).toEqual([]);
        },
      );
    });
  },
);

describe('where the check looks', () => {
  const answers = answersFor(PROFILES['US private']!);
  const rule = rules.rules.find((r) => r.id === 'us-private-review-ban')!;
  const example = rule.examples.en[0]!;

  it('reads table cells, under the numbered heading above the table', () => {
    const document = render(answers, 'en');
    const before = checkWording({ answers, document, rules });
    const { planted, clause } = plant(document, 3, 'placeholder');
    const at = planted.body.children.findIndex((n) => n.type === 'paragraph' && text(n) === 'placeholder');
    planted.body.children[at] = {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'Rule' }] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: example }] }] },
      ],
    };
    const found = added(before, checkWording({ answers, document: planted, rules }));
    expect(found.map((f) => [f.ruleId, f.clause])).toEqual([[rule.id, clause]]);
  });

  it('reads the annexes, under the annex heading', () => {
    const document = render(answers, 'en');
    const before = checkWording({ answers, document, rules });
    const planted = structuredClone(document);
    const form = planted.annexes.find((annex) => annex.id === 'acknowledgement')!;
    form.body.children.push({ type: 'paragraph', children: [{ type: 'text', value: example }] });
    const found = added(before, checkWording({ answers, document: planted, rules }));
    expect(found.map((f) => [f.ruleId, f.clause])).toEqual([[rule.id, form.heading]]);
  });

  it('reads the title block, under the title', () => {
    const document = render(answers, 'en');
    const before = checkWording({ answers, document, rules });
    const planted = structuredClone(document);
    planted.titleBlock[2]!.value = example;
    const found = added(before, checkWording({ answers, document: planted, rules }));
    expect(found.map((f) => [f.ruleId, f.clause])).toEqual([[rule.id, document.title]]);
  });

  it('gives the reason in the language of the document', () => {
    const document = render(answers, 'da');
    const { planted } = plant(document, 0, rule.examples.da[0]!);
    const found = checkWording({ answers, document: planted, rules }).filter((f) => f.ruleId === rule.id);
    expect(found.map((f) => f.reason)).toContain(rule.reason.da);
  });
});

describe('every example renders with no risky wording', () => {
  const cases = loadExamples().flatMap((example) =>
    LOCALES.map((locale) => [example.name, locale, example] as const),
  );
  it.each(cases)('%s (%s)', (_name, locale, example) => {
    const document = render(example.answers, locale);
    const findings = checkWording({ answers: example.answers, document, rules });
    expect(findings.map((f) => `${f.ruleId} [${f.clause}] ${f.excerpt}`)).toEqual([]);
  });
});
