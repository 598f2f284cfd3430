// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from '@/features/draft/store';
import { axeViolations } from '../support/axe';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * Dates the GOV.UK way: day, month and year in three fields under the question, read day first
 * into the ISO date the answers keep, with a message that names what is wrong and a link from
 * the error summary to the part to fix.
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;

/** The date question: a group named by its question, with Day, Month and Year in it. */
function dateParts(question: string | RegExp, names: [string, string, string]) {
  const group = screen.getByRole('group', { name: question });
  const [day, month, year] = names.map((name) => within(group).getByRole('textbox', { name }));
  return { group, day: day!, month: month!, year: year! };
}

describe('a date question', () => {
  it('asks for day, month and year under the question, with an example, as text fields (English)', async () => {
    await openApp('/organisation/document', 'en');
    await findHeading('About the document and your other policies');
    const { group, day, month, year } = dateParts('When does the policy take effect? (optional)', [
      'Day',
      'Month',
      'Year',
    ]);
    expect(group).toHaveAccessibleDescription(
      'Leave the date empty to use the date you create the document. For example, 27 3 2027',
    );
    expect([day.id, month.id, year.id]).toEqual([
      'f-policy-effectiveDate-day',
      'f-policy-effectiveDate-month',
      'f-policy-effectiveDate-year',
    ]);
    for (const part of [day, month, year]) {
      expect(part).toHaveAttribute('inputmode', 'numeric');
      expect(part).toHaveAttribute('autocomplete', 'off');
    }
    expect(document.querySelector('input[type="date"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('names the missing month, links to the Month field, keeps what was typed, then saves the ISO date', async () => {
    const user = await openApp('/organisation/document', 'en');
    await findHeading('About the document and your other policies');
    const { day, month, year } = dateParts(/^When does the policy take effect\?/, ['Day', 'Month', 'Year']);
    await user.type(day, '01');
    await user.type(year, '2027');
    // What is typed is kept as it goes (a reload brings it back), even though it is no date yet.
    await waitFor(() =>
      expect(useDraft.getState().pageDrafts.document).toMatchObject({
        policy: { effectiveDate: { day: '01', month: '', year: '2027' } },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Date must include a month' });
    expect(link).toHaveAttribute('href', '#f-policy-effectiveDate-month');
    expect(month).toHaveAttribute('aria-invalid', 'true');
    expect(month).toHaveClass('ui-input--error');
    for (const part of [day, year]) {
      expect(part).not.toHaveAttribute('aria-invalid');
      expect(part).not.toHaveClass('ui-input--error');
    }
    expect(day).toHaveValue('01');
    expect(year).toHaveValue('2027');
    expect(
      screen.getByRole('group', { name: /^When does the policy take effect\?/ }),
    ).toHaveAccessibleDescription(/For example, 27 3 2027 Error: Date must include a month$/);
    expect(answers().policy.effectiveDate).toBe('');
    expect(await axeViolations()).toEqual([]);

    await user.click(link);
    expect(month).toHaveFocus();
    await user.type(month, '2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('The policy owner');
    expect(answers().policy.effectiveDate).toBe('2027-02-01');
  });

  it('refuses 31 2 2027 as not a real date, marking all three parts, and shows the fixed date on the check page (Danish)', async () => {
    const user = await openApp('/organisation/document');
    await findHeading('Om dokumentet og jeres andre politikker');
    const { day, month, year } = dateParts('Hvornår træder politikken i kraft? (valgfrit)', [
      'Dag',
      'Måned',
      'År',
    ]);
    await user.type(day, '31');
    await user.type(month, '2');
    await user.type(year, '2027');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Datoen findes ikke – tjek dag og måned' }),
    ).toHaveAttribute('href', '#f-policy-effectiveDate-day');
    for (const part of [day, month, year]) expect(part).toHaveAttribute('aria-invalid', 'true');
    expect(answers().policy.effectiveDate).toBe('');
    expect(await axeViolations()).toEqual([]);

    await user.clear(day);
    await user.type(day, '28');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Ansvarlig for politikken');
    expect(answers().policy.effectiveDate).toBe('2027-02-28');
  });

  it('shows a date on the check page in the long form of the page’s language', async () => {
    const saved = answers();
    useDraft
      .getState()
      .saveAnswers({ ...saved, policy: { ...saved.policy, effectiveDate: '2027-02-28' } }, 'organisation');
    const user = await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    const question = 'Hvornår træder politikken i kraft?';
    expect(answerTo(question)).toHaveTextContent('28. februar 2027');
    // Change leads back to the question, its three fields filled in.
    await user.click(changeLink(question));
    await findHeading('Om dokumentet og jeres andre politikker');
    const { group, day, month, year } = dateParts(`${question} (valgfrit)`, ['Dag', 'Måned', 'År']);
    await waitFor(() => expect(group).toHaveFocus());
    expect([day, month, year].map((part) => (part as HTMLInputElement).value)).toEqual(['28', '2', '2027']);
  });

  it('shows a date on the check page in English too', async () => {
    const saved = answers();
    useDraft
      .getState()
      .saveAnswers({ ...saved, policy: { ...saved.policy, effectiveDate: '2027-02-28' } }, 'organisation');
    await openApp('/organisation/check', 'en');
    await findHeading('Check your answers: Your organisation');
    expect(answerTo('When does the policy take effect?')).toHaveTextContent('28 February 2027');
  });

  it('shows a saved date in its three parts, and takes 1 2 2027 as 1 February, never 2 January', async () => {
    const saved = answers();
    useDraft
      .getState()
      .saveAnswers({ ...saved, rollout: { ...saved.rollout, nextReviewDate: '2027-03-09' } }, 'rollout');
    const user = await openApp('/rollout/review', 'en');
    await findHeading('Keeping the policy up to date');
    const { day, month, year } = dateParts(/^When is the next review due\?/, ['Day', 'Month', 'Year']);
    expect([day, month, year].map((part) => (part as HTMLInputElement).value)).toEqual(['9', '3', '2027']);
    for (const part of [day, month, year]) await user.clear(part);
    await user.type(day, ' 1 ');
    await user.type(month, '2');
    await user.type(year, '2027');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(answers().rollout.nextReviewDate).toBe('2027-02-01'));
  });

  it('checks the date of each earlier version on its own page, linking to the part in error', async () => {
    const user = await openApp('/organisation/history', 'en');
    await findHeading('Earlier versions');
    await user.click(screen.getByRole('button', { name: 'Add an earlier version' }));
    await findHeading('Earlier version 1');
    const { day, month, year } = (() => {
      const group = screen.getByRole('group', { name: 'Date (optional)' });
      const [d, m, y] = ['Day', 'Month', 'Year'].map((name) => within(group).getByRole('textbox', { name }));
      return { day: d!, month: m!, year: y! };
    })();
    await user.type(screen.getByRole('textbox', { name: 'Version number' }), '1.0');
    await user.type(day, '1');
    await user.type(month, '2');
    await user.type(year, '21');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Year must include 4 numbers' })).toHaveAttribute(
      'href',
      '#f-policy-revisions-0-date-year',
    );
    expect(year).toHaveAttribute('id', 'f-policy-revisions-0-date-year');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(day).not.toHaveAttribute('aria-invalid');
    expect(await axeViolations()).toEqual([]);

    await user.type(year, '20', { initialSelectionStart: 0, initialSelectionEnd: 0 });
    expect(year).toHaveValue('2021');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findHeading('Earlier versions');
    expect(answers().policy.revisions).toEqual([{ version: '1.0', date: '2021-02-01', changes: '' }]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Approval and who may read it');
  });
});

/** The answer shown next to a question on a check page. */
function answerTo(question: string): HTMLElement {
  const term = screen.getAllByRole('term').find((candidate) => candidate.textContent === question);
  if (!term) throw new Error(`No question "${question}" on the page`);
  return within(term.parentElement!).getAllByRole('definition')[0]!;
}

/** The Change link next to a question on a check page. */
function changeLink(question: string): HTMLElement {
  const term = screen.getAllByRole('term').find((candidate) => candidate.textContent === question)!;
  return within(term.parentElement!).getByRole('link');
}
