// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema, LOGO_MAX_BYTES } from '@/domain/answers';
import { writeAnswersFile } from '@/domain/answers-file';
import { STORAGE_KEY, useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';
import { logoAnswer, makePng } from '../support/images';

/**
 * The logo for the cover, on the approval page: a PNG or JPEG picked from the user's computer,
 * checked by its bytes and its size, shown as a thumbnail with its name, saved with Continue
 * into the answers (and so into the draft and the answers file), and removable. A file refused
 * is said in the page's error summary and never replaces the logo already there.
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;

const pngFile = (name = 'logo.png', width = 120, height = 40) =>
  new File([new Uint8Array(makePng(width, height))], name, { type: 'image/png' });

const LABEL = { da: 'Logo til forsiden (valgfrit)', en: 'Logo for the cover (optional)' };

async function openApproval(locale: 'da' | 'en' = 'da') {
  const user = await openApp('/organisation/approval', locale);
  await findHeading(
    locale === 'da' ? 'Godkendelse og hvem der må læse politikken' : 'Approval and who may read it',
  );
  return { user, input: screen.getByLabelText(LABEL[locale]) as HTMLInputElement };
}

describe('choosing a logo', () => {
  it('asks for it last on the page, as an optional PNG or JPEG that stays in the browser', async () => {
    const { input } = await openApproval();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'image/png,image/jpeg');
    expect(input).toHaveAccessibleDescription(
      'En PNG- eller JPEG-fil på under 500 KB. Den bliver på din computer: Den gemmes i denne browser og i din svarfil og bliver aldrig sendt nogen steder hen.',
    );
    // The last question: nothing after it but its "Why we ask" and Continue.
    const controls = [...input.closest('form')!.querySelectorAll('input, select, textarea, button, summary')];
    const after = controls.slice(controls.indexOf(input) + 1).map((control) => control.textContent);
    expect(after).toEqual(['Hvorfor spørger vi?', 'Fortsæt']);
    expect(screen.queryByRole('button', { name: 'Fjern logo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows the chosen PNG with its name and size, and Continue saves it in the answers', async () => {
    const { user, input } = await openApproval();
    await user.upload(input, pngFile());

    const thumbnail = await screen.findByRole('presentation');
    expect(thumbnail).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo/));
    expect(screen.getByText('logo.png (120 × 40 px)')).toBeVisible();
    expect(input).toHaveAccessibleDescription(/Valgt logo: logo\.png \(120 × 40 px\)$/);
    // Not saved before Continue.
    expect(answers().policy.logo).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(window.location.pathname).toBe('/organisation/check'));
    expect(answers().policy.logo).toEqual(logoAnswer(120, 40));
    // Kept in the draft in this browser, and in the answers file.
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('"fileName":"logo.png"'));
    const file = JSON.parse(writeAnswersFile(answers())) as { answers: { policy: { logo: unknown } } };
    expect(file.answers.policy.logo).toEqual(answers().policy.logo);
  });

  it('shows a logo saved earlier, and keeps it on Continue', async () => {
    const logo = logoAnswer(300, 90, 'Blåbær logo.png');
    useDraft.getState().saveAnswers(answersSchema().parse({ policy: { logo } }), 'organisation');
    const { user } = await openApproval('en');
    expect(screen.getByText('Blåbær logo.png (300 × 90 px)')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(window.location.pathname).toBe('/organisation/check'));
    expect(answers().policy.logo).toEqual(logo);
  });

  it('refuses a text file named .png, in the error summary and at the field, and keeps the logo already chosen', async () => {
    const { user, input } = await openApproval();
    await user.upload(input, pngFile());
    await screen.findByText('logo.png (120 × 40 px)');

    const notes = new File(['Husk at købe mælk'], 'notes.png', { type: 'image/png' });
    await user.upload(input, notes);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Der er et problem' })).toBeInTheDocument();
    const message = 'Den valgte fil skal være en PNG- eller JPEG-fil';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#f-policy-logo');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(input).toHaveAccessibleDescription(expect.stringContaining(`Fejl: ${message}`));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(document.title).toMatch(/^Fejl: /));

    // The good logo is still there, and is what Continue saves.
    expect(screen.getByText('logo.png (120 × 40 px)')).toBeVisible();
    await user.click(within(summary).getByRole('link', { name: message }));
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(window.location.pathname).toBe('/organisation/check'));
    expect(answers().policy.logo).toMatchObject({ fileName: 'logo.png', width: 120, height: 40 });
  });

  it('refuses a file that is too large, in English', async () => {
    const { user, input } = await openApproval('en');
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(makePng(10, 10));
    await user.upload(input, new File([big], 'huge.png', { type: 'image/png' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The selected file must be smaller than 500 KB');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Error: The selected file must be smaller than 500 KB'),
    );
    expect(screen.queryByRole('button', { name: 'Remove logo' })).not.toBeInTheDocument();
  });

  it('cannot read a damaged picture, and takes the message away once a good one is chosen', async () => {
    const { user, input } = await openApproval('en');
    const cut = new File([new Uint8Array(makePng(10, 10).subarray(0, 20))], 'cut.png', { type: 'image/png' });
    await user.upload(input, cut);
    expect(await screen.findByRole('alert')).toHaveTextContent('The selected file could not be read');

    await user.upload(input, pngFile('better.png', 64, 64));
    await screen.findByText('better.png (64 × 64 px)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(document.title).not.toMatch(/^Error: /));
  });

  it('removes the logo, with focus back on the file field, and Continue saves no logo', async () => {
    const { user, input } = await openApproval();
    await user.upload(input, pngFile());
    await user.click(await screen.findByRole('button', { name: 'Fjern logo' }));
    expect(screen.queryByText('logo.png (120 × 40 px)')).not.toBeInTheDocument();
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(window.location.pathname).toBe('/organisation/check'));
    expect(answers().policy.logo).toBeNull();
  });

  it('keeps a logo chosen but not yet saved across a reload of the page', async () => {
    const { user, input } = await openApproval();
    await user.upload(input, pngFile('unsaved.png'));
    await screen.findByText('unsaved.png (120 × 40 px)');
    // The page's typing is kept a moment after it stops.
    await waitFor(() => expect(useDraft.getState().pageDrafts.approval).toBeDefined());
    await resetAppKeepingDraft();
    await openApproval();
    expect(await screen.findByText('unsaved.png (120 × 40 px)')).toBeVisible();
  });
});

describe('the logo on the check page', () => {
  it('reads as its name and size, or "Ikke angivet"', async () => {
    await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    const answerTo = (question: string) => {
      const term = screen.getAllByRole('term').find((candidate) => candidate.textContent === question)!;
      return within(term.parentElement!).getAllByRole('definition')[0]!;
    };
    expect(answerTo('Logo til forsiden')).toHaveTextContent('Ikke angivet');
    expect(screen.getByRole('link', { name: /^Ret ?logo til forsiden$/ })).toHaveAttribute(
      'href',
      '/organisation/approval?return=%2Forganisation%2Fcheck#f-policy-logo',
    );
  });

  it('shows a saved logo as "logo.png (120 × 40 px)"', async () => {
    const logo = logoAnswer(120, 40);
    useDraft.getState().saveAnswers(answersSchema().parse({ policy: { logo } }), 'organisation');
    await openApp('/organisation/check', 'en');
    await findHeading('Check your answers: Your organisation');
    const term = screen
      .getAllByRole('term')
      .find((candidate) => candidate.textContent === 'Logo for the cover')!;
    expect(within(term.parentElement!).getAllByRole('definition')[0]).toHaveTextContent(
      'logo.png (120 × 40 px)',
    );
  });
});

/** Unmounts the app as a reload does, keeping what this browser has stored. */
async function resetAppKeepingDraft() {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  const state = useDraft.getState();
  await resetApp();
  if (stored) window.localStorage.setItem(STORAGE_KEY, stored);
  useDraft.setState({
    answers: state.answers,
    progress: state.progress,
    started: state.started,
    pageDrafts: state.pageDrafts,
    exampleAnswers: state.exampleAnswers,
  });
}
