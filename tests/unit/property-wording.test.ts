import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import { FIELD_TERM_GROUP } from '@/domain/options';
import { TEMPLATES_DIR } from '@/document/load-node';
import { renderPolicy } from '@/document/render';
import { ISO_DATE } from '@/document/scope';
import { cleanInline } from '@/document/text';
import { checkWording, parseWordingRules, type WordingFinding } from '@/document/wording-check';
import { answers, PROPERTY_RUNS, propertyTimeout } from '../support/arbitraries';
import { bundles, LOCALES, TODAY } from '../support/templates';

/**
 * The risky-wording check over random answer sets, each in one of the two languages. Each answer set is rendered
 * with every typed text replaced by a neutral word ("Xyz"; empty stays empty, so every condition
 * takes the same branch and every list keeps its length), while choices, flags and dates are
 * kept. That render holds nothing but template text (and the neutral word), so any finding in it
 * is the template's fault, and there must be none.
 *
 * Typed text is left out on purpose: the random texts include "{{organisation.name}}", which
 * contains "organis", a British spelling a US policy must not print. A user who types British
 * words into a US policy should be told so by the health check, but that is not a template bug.
 */

const RUNS = PROPERTY_RUNS;
const rules = parseWordingRules(readFileSync(join(TEMPLATES_DIR, 'wording-rules.json'), 'utf8'));

const NEUTRAL = 'Xyz';

/** The answers with every typed text replaced by NEUTRAL (text that cleans away to nothing stays as it is); choices and dates kept. */
function withNeutralText(value: Answers): Answers {
  // A choice is known by its field's name, except the approver's role, which is typed text (a
  // crisis contact's `role` is a choice).
  const isChoice = (key: string, parent: string) => key in FIELD_TERM_GROUP && parent !== 'approval';
  const swap = (node: unknown, key: string, parent: string): unknown => {
    if (typeof node === 'string')
      return isChoice(key, parent) || ISO_DATE.test(node) || cleanInline(node) === '' ? node : NEUTRAL;
    if (Array.isArray(node))
      return isChoice(key, parent) ? node : node.map((item) => swap(item, key, parent));
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, inner]) => [k, swap(inner, k, key)]));
    return node;
  };
  return swap(value, '', '') as Answers;
}

const show = (findings: WordingFinding[]) =>
  findings.map((f) => `${f.ruleId} [${f.clause}] ${f.excerpt.slice(0, 200)}`);

describe('risky wording with any answers', () => {
  it('replaces every typed text and nothing else (the comparison is sound)', () => {
    fc.assert(
      fc.property(answers, (answerSet) => {
        const neutral = withNeutralText(answerSet);
        expect(neutral.organisation).toMatchObject({
          country: answerSet.organisation.country,
          sector: answerSet.organisation.sector,
          networks: answerSet.organisation.networks,
          name: cleanInline(answerSet.organisation.name) === '' ? answerSet.organisation.name : NEUTRAL,
        });
        expect(neutral.policy.effectiveDate).toBe(answerSet.policy.effectiveDate);
        if (cleanInline(answerSet.policy.approval.role) !== '')
          expect(neutral.policy.approval.role).toBe(NEUTRAL);
        expect(neutral.legal.confidentialExamples).toHaveLength(answerSet.legal.confidentialExamples.length);
        expect(neutral.roles.accounts.map((a) => a.network)).toEqual(
          answerSet.roles.accounts.map((a) => a.network),
        );
      }),
      { numRuns: 50 },
    );
  });

  // One language per answer set, drawn at random: as many answer sets, in half the time of both.
  it(
    `prints none from the template, in any language (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(answers, fc.constantFrom(...LOCALES), (answerSet, locale) => {
          const neutral = withNeutralText(answerSet);
          const document = renderPolicy({ answers: neutral, bundle: bundles[locale], today: TODAY });
          expect(show(checkWording({ answers: neutral, document, rules })), locale).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(),
  );
});
