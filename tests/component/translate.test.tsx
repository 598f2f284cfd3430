// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { axeViolations } from '../support/axe';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * One set of answers, the policy in two languages: answers typed in Danish, the policy switched
 * to English on the result page, and each free-text answer then given in English (or kept as
 * written) before the English policy can be made.
 */

afterEach(resetApp);

function danishDraft() {
  useDraft.getState().start(
    answersSchema().parse({
      organisation: { name: 'Blåbær ApS' },
      policy: { language: 'da' },
      roles: {
        spokespeople: 'kommunikationschefen',
        accounts: [{ network: 'linkedin', purpose: 'rekruttering', owner: 'Ida Berg' }],
      },
    }),
  );
}

describe('the policy in the other language', () => {
  it('is not offered for download until every free-text answer has its English wording', async () => {
    danishDraft();
    const user = await openApp('/result', 'en');
    await findHeading('Your policy is ready');
    expect(screen.getByRole('button', { name: 'Download Word file' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));

    // The answers stay Danish: switching records the language they were typed in.
    expect(useDraft.getState().answers.policy).toMatchObject({ language: 'en', answersLanguage: 'da' });
    const note = screen.getByRole('note', { name: '3 answers still need their wording in English' });
    expect(screen.queryByRole('button', { name: 'Download Word file' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();

    // Back in Danish, the policy is made as before.
    await user.click(screen.getByRole('radio', { name: 'Danish' }));
    expect(screen.getByRole('button', { name: 'Download Word file' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(within(note).getByRole('link', { name: 'Write your answers in English' })).toHaveAttribute(
      'href',
      '/translate',
    );
  });

  it('asks for each text once, with the question and the answer as typed, and saves what is given', async () => {
    danishDraft();
    useDraft.getState().setDocumentLanguage('en');
    const user = await openApp('/translate', 'en');
    await findHeading('Your answers in English');

    const spokespeople = screen.getByRole('textbox', {
      name: 'Who may speak on behalf of the organisation on social media? (in English)',
    });
    expect(spokespeople).toHaveAccessibleDescription('You wrote: kommunikationschefen');
    expect(spokespeople).toHaveAttribute('lang', 'en');
    const purpose = screen.getByRole('textbox', { name: 'Account 1: What the account is for (in English)' });
    expect(purpose).toHaveAccessibleDescription('You wrote: rekruttering');
    expect(await axeViolations()).toEqual([]);

    await user.type(spokespeople, 'the head of communications');
    await user.tab();
    // Saved when the field is left, so leaving the page another way loses nothing.
    expect(useDraft.getState().answers.translations.en).toEqual({
      kommunikationschefen: 'the head of communications',
    });

    // A name is the same in English: kept as written, in one click.
    await user.click(screen.getByRole('button', { name: 'Keep as written (Account 1: Owner)' }));
    expect(screen.getByRole('textbox', { name: 'Account 1: Owner (in English)' })).toHaveValue('Ida Berg');

    await user.type(purpose, 'recruitment');
    await user.click(screen.getByRole('button', { name: 'Save and go back' }));

    await findHeading('Your policy is ready');
    expect(useDraft.getState().answers.translations.en).toEqual({
      kommunikationschefen: 'the head of communications',
      rekruttering: 'recruitment',
      'Ida Berg': 'Ida Berg',
    });
    expect(screen.queryByRole('note', { name: /still need/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download Word file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change your answers in English' })).toBeInTheDocument();
  });

  it('keeps the rest as written only when asked, and in Danish words on a Danish screen', async () => {
    danishDraft();
    useDraft.getState().setDocumentLanguage('en');
    const user = await openApp('/translate', 'da');
    await findHeading('Dine svar på engelsk');
    await user.click(screen.getByRole('button', { name: 'Behold resten på dansk' }));
    await waitFor(() =>
      expect(useDraft.getState().answers.translations.en).toEqual({
        kommunikationschefen: 'kommunikationschefen',
        rekruttering: 'rekruttering',
        'Ida Berg': 'Ida Berg',
      }),
    );
  });

  it('lists on the check page the answers still without their English wording', async () => {
    danishDraft();
    useDraft.getState().setDocumentLanguage('en');
    useDraft.getState().saveTranslations('en', { rekruttering: 'recruitment' });
    await openApp('/check', 'en');
    await findHeading('Check your answers');
    const heading = screen.getByRole('heading', { name: '2 answers still need their wording in English' });
    const box = heading.closest('.missing') as HTMLElement;
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ida Berg (Account 1: Owner)',
      'kommunikationschefen (Who may speak on behalf of the organisation on social media?)',
    ]);
    expect(within(box).getByRole('link', { name: 'Write your answers in English' })).toHaveAttribute(
      'href',
      '/translate?return=%2Fcheck',
    );
  });

  it('says there is nothing to translate when the policy is in the answers’ language', async () => {
    danishDraft();
    await openApp('/translate', 'en');
    await findHeading('Your answers in Danish');
    expect(
      screen.getByText(
        'The policy is in Danish, the language you wrote your answers in, so nothing needs translating.',
      ),
    ).toBeInTheDocument();
  });
});
