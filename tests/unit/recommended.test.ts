import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { questionsToConfirm, RECOMMENDED_PRACTICE, withRecommendedPractice } from '@/domain/recommended';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, LOCALES, TODAY } from '../support/templates';

const unsure = answersSchema().parse({
  organisation: { name: 'Blåbær ApS' },
  security: {
    passwordChange: 'recommended',
    twoFactor: 'recommended',
    softwareUpdates: 'recommended',
    devices: 'recommended',
    removeAccessSameDay: 'recommended',
  },
});

describe('"I do not know – use recommended practice"', () => {
  it('lists every such answer for IT to confirm, and nothing when the user chose', () => {
    expect(questionsToConfirm(unsure)).toEqual(Object.keys(RECOMMENDED_PRACTICE));
    expect(questionsToConfirm(withRecommendedPractice(unsure))).toEqual([]);
    expect(questionsToConfirm(answersSchema().parse({}))).toEqual([]);
  });

  it.each(LOCALES)('prints the recommended rule as the organisation rule (%s)', (locale) => {
    const chosen = answersSchema().parse({
      organisation: { name: 'Blåbær ApS' },
      security: {
        passwordChange: 'onSuspicion',
        twoFactor: true,
        softwareUpdates: 'automatic',
        devices: 'companyOnly',
        removeAccessSameDay: true,
      },
    });
    const render = (answers: typeof unsure) =>
      writeMarkdown(renderPolicy({ answers, bundle: bundles[locale], today: TODAY }));
    expect(render(unsure)).toBe(render(chosen));
    // And the rule really depends on the answer: another choice prints other words.
    for (const other of [{ devices: 'any' }, { twoFactor: false }, { removeAccessSameDay: false }] as const)
      expect(render(unsure)).not.toBe(render({ ...chosen, security: { ...chosen.security, ...other } }));
  });
});
