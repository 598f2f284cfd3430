// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { axeViolations } from '../support/axe';
import { findHeading, openApp, resetApp } from '../support/app';

/** The complete policy or the compact one, chosen on the result page, from the same answers. */

afterEach(resetApp);

const policyText = () => document.querySelector('.result-document')?.textContent ?? '';
const clauseHeadings = () =>
  [...document.querySelectorAll('.result-document h3, .result-document h4')].map(
    (heading) => heading.textContent,
  );

describe.each([
  ['da', 'Længde', 'Fuld udgave', 'Kort udgave', 'Hver regel kort formuleret'],
  ['en', 'Length', 'Complete', 'Short version', 'Each rule in few words'],
] as const)('the policy length (%s)', (locale, legend, complete, compact, compactHint) => {
  it('is complete until the user chooses the short version, which keeps every clause in far fewer words', async () => {
    useDraft
      .getState()
      .start(answersSchema().parse({ organisation: { name: 'Blåbær' }, policy: { language: locale } }));
    const user = await openApp('/result', locale);
    await findHeading(/./);
    const group = screen.getByRole('group', { name: legend });
    expect(screen.getByRole('radio', { name: complete })).toBeChecked();
    const compactRadio = screen.getByRole('radio', { name: compact });
    expect(compactRadio).toHaveAccessibleDescription(expect.stringContaining(compactHint));
    expect(group).toContainElement(compactRadio);
    await waitFor(() => expect(clauseHeadings().length).toBeGreaterThan(30));
    const completeText = policyText();
    const completeHeadings = clauseHeadings();

    await user.click(compactRadio);
    expect(useDraft.getState().answers.policy.length).toBe('compact');
    // Each clause in its short wording: far less text, under the same section and clause headings.
    await waitFor(() => expect(policyText().length).toBeLessThan(completeText.length * 0.75));
    expect(clauseHeadings()).toEqual(completeHeadings);
    expect(await axeViolations()).toEqual([]);
  });
});
