import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { renderPolicy } from '@/document/render';
import { bundles, clauseText, LOCALES, smallShopAnswers, TODAY } from '../support/templates';

/**
 * The policy names one owner: the owner's function, else the person the title block names.
 * "The management team" only when the user named nobody, never beside a named owner.
 */

const MANAGEMENT = { en: /management team/, da: /ledelsen/, fr: /direction/ };
const CLAUSES = ['purpose.owner', 'roles.responsibilities'];

describe.each(LOCALES)('the policy owner (%s)', (locale) => {
  const body = (answers: Parameters<typeof renderPolicy>[0]['answers']) =>
    renderPolicy({ answers, bundle: bundles[locale], today: TODAY }).body.children;

  it.each(['complete', 'compact'] as const)(
    'is the named person when no function is given (%s)',
    (length) => {
      const nodes = body(smallShopAnswers(locale, length));
      for (const clause of CLAUSES) {
        expect(clauseText(nodes, clause)).toContain('Mette Holm');
        expect(clauseText(nodes, clause)).not.toMatch(MANAGEMENT[locale]);
      }
    },
  );

  it('is the function when one is given, and the management team only when nobody is named', () => {
    const shop = smallShopAnswers(locale, 'complete');
    const withFunction = answersSchema().parse({
      ...shop,
      policy: { ...shop.policy, owner: { ...shop.policy.owner, function: 'Head of Bakery' } },
    });
    expect(clauseText(body(withFunction), 'purpose.owner')).toContain('Head of Bakery');
    const nobody = answersSchema().parse({ ...shop, policy: { ...shop.policy, owner: {} } });
    expect(clauseText(body(nobody), 'purpose.owner')).toMatch(MANAGEMENT[locale]);
  });
});
