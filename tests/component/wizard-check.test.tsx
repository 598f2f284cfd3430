// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersSchema, PARTS, type AnswersInput } from '@/domain/answers';
import { navigate } from '@/components/navigation/router';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * Check answers and the task list: a part's answers as short statements with Change links that
 * say what they change and come back afterwards, "Ikke angivet" for what was skipped, and
 * "Have you completed this part?" feeding the statuses on the task list.
 */

afterEach(resetApp);

function saveOrganisation(input: AnswersInput = {}) {
  const answers = answersSchema().parse({
    organisation: { name: 'Blåbær ApS', country: 'UK', networks: ['facebook', 'linkedin'] },
    roles: { accounts: [{ network: 'facebook', handle: '@blaabaer', owner: 'Mette' }] },
    ...input,
  });
  useDraft.getState().saveAnswers(answers, 'organisation');
}

/** The question's row on a check page (a term takes no name from its content). */
const termFor = (question: string) =>
  screen.queryAllByRole('term').find((term) => term.textContent === question);

/** The answer shown next to a question on a check page. */
function answerTo(question: string): HTMLElement {
  const term = termFor(question);
  if (!term) throw new Error(`No question "${question}" on the page`);
  return within(term.parentElement!).getAllByRole('definition')[0]!;
}

/** The hidden words after "Ret" lose their leading space in the test library (w3c/accname#3). */
const changeLink = (verb: string, what: string) =>
  screen.getByRole('link', { name: new RegExp(`^${verb} ?${what.replace(/[?()]/g, '\\$&')}$`) });

describe('checking the answers of a part', () => {
  beforeEach(() => saveOrganisation());

  it('lists each answer with a Change link that says what it changes (Danish)', async () => {
    await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    expect(answerTo('Organisationens navn')).toHaveTextContent('Blåbær ApS');
    expect(answerTo('Hvilket land arbejder I i?')).toHaveTextContent('Storbritannien');
    expect(answerTo('Hvilke sociale medier bruger I?')).toHaveTextContent('Facebook, LinkedIn');
    expect(answerTo('Er organisationen børsnoteret?')).toHaveTextContent('Nej');
    // Skipped optional answers.
    expect(answerTo('Politikkens titel')).toHaveTextContent('Ikke angivet');
    expect(answerTo('E-mailadresse')).toHaveTextContent('Ikke angivet');
    expect(answerTo('Tidligere udgaver')).toHaveTextContent('Ikke angivet');
    // A question that was not asked (no "Andet" network) is not listed either.
    expect(termFor('Andre sociale medier')).toBeUndefined();

    expect(changeLink('Ret', 'organisationens navn')).toHaveAttribute(
      'href',
      '/organisation/about?return=%2Forganisation%2Fcheck#f-organisation-name',
    );
    // Only the first letter is lowered: Danish "I" (you) is not "i" (in).
    expect(changeLink('Ret', 'hvilket land arbejder I i?')).toHaveAttribute(
      'href',
      '/organisation/about?return=%2Forganisation%2Fcheck#f-organisation-country',
    );
    const terms = screen.getAllByRole('term');
    const links = screen.getAllByRole('link', { name: /^Ret/ });
    expect(links).toHaveLength(terms.length);
    expect(within(links[0]!).getByText('organisationens navn')).toHaveClass('visually-hidden');
  });

  it('lists each answer with a Change link that says what it changes (English)', async () => {
    await openApp('/organisation/check', 'en');
    await findHeading('Check your answers: Your organisation');
    expect(answerTo('Which country are you based in?')).toHaveTextContent('United Kingdom');
    expect(answerTo('Title of the policy')).toHaveTextContent('Not provided');
    expect(changeLink('Change', 'title of the policy')).toHaveAttribute(
      'href',
      '/organisation/document?return=%2Forganisation%2Fcheck#f-policy-title',
    );
    expect(screen.getByRole('button', { name: 'Mark as completed and continue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not finished – back to the overview' })).toBeInTheDocument();
  });

  it('summarises each item of a list on one line', async () => {
    await openApp('/roles/check');
    await findHeading('Tjek dine svar: Roller og ansvar');
    expect(within(answerTo('Officielle konti')).getByRole('listitem')).toHaveTextContent(
      'Facebook · @blaabaer · Mette',
    );
    expect(answerTo('Opgaver og hvem der tager sig af dem')).toHaveTextContent('Ikke angivet');
  });

  it('Change leads to the question, and Continue comes back to the check page', async () => {
    const user = await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    await user.click(changeLink('Ret', 'organisationens navn'));

    await findHeading('Om jeres organisation');
    expect(window.location.pathname).toBe('/organisation/about');
    expect(window.location.search).toBe('?return=%2Forganisation%2Fcheck');
    const name = screen.getByRole('textbox', { name: 'Organisationens navn' });
    expect(name).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Tilbage' })).toHaveAttribute('href', '/organisation/check');

    await user.clear(name);
    await user.type(name, 'Blåbær og Søn ApS');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    await findHeading('Tjek dine svar: Jeres organisation');
    expect(window.location.pathname).toBe('/organisation/check');
    expect(answerTo('Organisationens navn')).toHaveTextContent('Blåbær og Søn ApS');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær og Søn ApS');
  });

  it('a Change link still checks the answer before coming back', async () => {
    // The owner's page needs a name or a role as well as the address.
    saveOrganisation({ policy: { owner: { function: 'HR-chefen' } } });
    const user = await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    await user.click(changeLink('Ret', 'e-mailadresse'));
    const email = await screen.findByRole('textbox', { name: 'E-mailadresse' });
    await waitFor(() => expect(email).toHaveFocus());
    await user.type(email, 'ikke en adresse');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(window.location.pathname).toBe('/organisation/owner');

    await user.clear(email);
    await user.type(email, 'hr@blåbær.dk');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Tjek dine svar: Jeres organisation');
    expect(answerTo('E-mailadresse')).toHaveTextContent('hr@blåbær.dk');
  });

  it('"Marker som færdig, og fortsæt" marks the part completed and goes straight on to the next part', async () => {
    const user = await openApp('/organisation/check');
    await findHeading('Tjek dine svar: Jeres organisation');
    await user.click(screen.getByRole('button', { name: 'Marker som færdig, og fortsæt' }));

    // The next part not completed, at its first page: no detour through the task list.
    await findHeading('Hvem taler på jeres vegne');
    expect(window.location.pathname).toBe('/roles/spokespeople');
    expect(useDraft.getState().progress.organisation).toBe('completed');

    // Back on the part's check page, it says Continue, and "not finished" takes it back.
    act(() => navigate('/organisation/check'));
    await findHeading('Tjek dine svar: Jeres organisation');
    expect(screen.queryByRole('button', { name: 'Marker som færdig, og fortsæt' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ikke færdig – til oversigten' }));
    await findHeading('Jeres politik for sociale medier');
    expect(window.location.pathname).toBe('/tasks');
    expect(screen.getByRole('link', { name: 'Jeres organisation' })).toHaveAccessibleDescription('I gang');
  });

  it('goes on to the first part not completed, and to the whole check once every part is', async () => {
    for (const part of PARTS) useDraft.getState().setPartStatus(part, 'completed');
    useDraft.getState().setPartStatus('security', 'inProgress');
    useDraft.getState().setPartStatus('rollout', 'inProgress');
    const user = await openApp('/rollout/check');
    await findHeading('Tjek dine svar: Indførelse og opdatering');
    await user.click(screen.getByRole('button', { name: 'Marker som færdig, og fortsæt' }));
    // After the last part, round to the first one not completed.
    await findHeading('Adgangskoder og login');

    act(() => navigate('/security/check'));
    await findHeading('Tjek dine svar: Sikkerhed');
    await user.click(screen.getByRole('button', { name: 'Marker som færdig, og fortsæt' }));
    await findHeading('Tjek dine svar');
    expect(window.location.pathname).toBe('/check');
  });
});

describe('the task list', () => {
  it('shows every part as not started at first, each leading to its first page', async () => {
    useDraft.getState().start(answersSchema().parse({}));
    await openApp('/tasks');
    await findHeading('Jeres politik for sociale medier');
    const parts = within(screen.getByRole('list')).getAllByRole('link');
    expect(parts.map((link) => link.textContent)).toEqual([
      'Jeres organisation',
      'Roller og ansvar',
      'Sikkerhed',
      'Kriseplan',
      'Lovgivning',
      'Medarbejdernes egne profiler',
      'Når medarbejderne deler jeres nyheder',
      'Indførelse og opdatering',
    ]);
    expect(parts).toHaveLength(PARTS.length);
    for (const link of parts) expect(link).toHaveAccessibleDescription('Ikke startet');
    expect(parts[0]).toHaveAttribute('href', '/organisation/about');
    expect(parts[1]).toHaveAttribute('href', '/roles/spokespeople');
    expect(screen.getByText('Du er færdig med 0 af 8 dele.')).toBeInTheDocument();
  });

  it('shows a part in progress once one of its pages is saved, and any part completed (English)', async () => {
    saveOrganisation();
    useDraft.getState().setPartStatus('security', 'completed');
    const user = await openApp('/tasks', 'en');
    await findHeading('Your social media policy');
    expect(screen.getByRole('link', { name: 'Your organisation' })).toHaveAccessibleDescription(
      'In progress',
    );
    expect(screen.getByRole('link', { name: 'Security' })).toHaveAccessibleDescription('Completed');
    expect(screen.getByRole('link', { name: 'Crisis plan' })).toHaveAccessibleDescription('Not started');
    expect(screen.getByText('You have completed 1 of 8 parts.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Roles and responsibilities' }));
    await findHeading('Who speaks for the organisation');
    await user.type(
      screen.getByRole('textbox', { name: /^Who may speak on behalf of the organisation/ }),
      'the communications team',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Your official accounts');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    await findHeading('Your social media policy');
    expect(screen.getByRole('link', { name: 'Roles and responsibilities' })).toHaveAccessibleDescription(
      'In progress',
    );
  });
});

describe('checking every answer', () => {
  it('lists what is still missing, and a Change link there comes back to it', async () => {
    saveOrganisation({ organisation: { name: '' } });
    const user = await openApp('/check');
    await findHeading('Tjek dine svar');
    const missing = screen.getByRole('note');
    expect(within(missing).getByRole('heading', { name: 'Det mangler stadig' })).toBeInTheDocument();
    await user.click(within(missing).getByRole('link', { name: 'Organisationens navn' }));
    const name = await screen.findByRole('textbox', { name: 'Organisationens navn' });
    await user.type(name, 'Blåbær ApS');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Tjek dine svar');
    expect(window.location.pathname).toBe('/check');
    expect(within(screen.getByRole('note')).queryByRole('link', { name: 'Organisationens navn' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lav politikken' })).toBeInTheDocument();
  });

  it('lists the questions answered "use recommended practice" for IT to confirm', async () => {
    saveOrganisation({ security: { passwordChange: 'recommended', devices: 'recommended' } });
    await openApp('/check');
    await findHeading('Tjek dine svar');
    const notes = screen.getAllByRole('note');
    const confirm = notes.find((note) =>
      within(note).queryByRole('heading', { name: 'Svar, som jeres it-ansvarlige skal bekræfte' }),
    );
    expect(confirm).toBeDefined();
    const links = within(confirm!).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/security/passwords?return=%2Fcheck#f-security-passwordChange',
      '/security/devices?return=%2Fcheck#f-security-devices',
    ]);
    expect(answerTo('Hvor ofte skifter I adgangskoderne til jeres officielle konti?')).toHaveTextContent(
      'Ved ikke – brug anbefalet praksis',
    );
  });
});
