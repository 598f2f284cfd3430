import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import type { Locale } from '@/document/template';
import { renderPolicy } from '@/document/render';
import { bundles, clauseText, LOCALES, TODAY } from '../support/templates';

/**
 * A publicly owned company sells to consumers, so marketing law reaches its staff's
 * recommendations: "Do you have to say where you work?" makes saying so a rule, and the clause on
 * recommending us must not call it merely helpful. A public authority's staff keep the advice.
 */

const RULE: Record<Locale, RegExp> = {
  en: /say in the post/,
  da: /skriv i (selve )?opslaget/,
  fr: /indiquez dans la publication/,
};
const ADVICE: Record<Locale, RegExp> = {
  en: /it helps to say/,
  da: /er det en god idé/,
  fr: /il est utile de préciser/,
};

const render = (locale: Locale, sector: 'private' | 'public', length: 'complete' | 'compact') =>
  renderPolicy({
    answers: answersSchema().parse({
      organisation: {
        name: 'Forsyning A/S',
        country: 'DK',
        sector,
        publiclyOwned: sector === 'private',
        sizeBand: '250plus',
      },
      policy: { language: locale, length },
    }),
    bundle: bundles[locale],
    today: TODAY,
  }).body.children;

describe.each(LOCALES)('saying you work here, in %s', (locale) => {
  it.each(['complete', 'compact'] as const)('is one rule for a publicly owned company (%s)', (length) => {
    const nodes = render(locale, 'private', length);
    expect(clauseText(nodes, 'advocacy.recommending')).toMatch(RULE[locale]);
    expect(clauseText(nodes, 'advocacy.recommending')).not.toMatch(ADVICE[locale]);
  });

  it('stays advice for a public authority', () => {
    expect(clauseText(render(locale, 'public', 'compact'), 'advocacy.recommending')).toMatch(ADVICE[locale]);
  });
});
