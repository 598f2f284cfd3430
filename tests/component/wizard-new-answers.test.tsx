// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput, type Part } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * The questions that follow the organisation: the province for Canada, time targets that may be
 * left unset, the crisis answers the policy needs with or without a separate plan, and the
 * warnings on a choice that is risky where the organisation is.
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;
const save = (input: AnswersInput, part: Part) =>
  useDraft.getState().saveAnswers(answersSchema().parse(input), part);

describe('the province', () => {
  it('is asked only for Canada, and must be chosen there', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    await user.type(screen.getByRole('textbox', { name: 'Organisationens navn' }), 'Maple Ltd');
    const province = () =>
      screen.queryByRole('group', { name: 'Hvilken provins eller hvilket territorium arbejder I i?' });
    expect(province()).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Canada' }));
    expect(province()).toBeInTheDocument();
    expect(within(province()!).getByRole('radio', { name: 'Ontario' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const message = 'Vælg den provins eller det territorium, hvor de fleste af jeres medarbejdere arbejder';
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#f-organisation-province',
    );

    await user.click(within(province()!).getByRole('radio', { name: 'Ontario' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Hvem politikken gælder for');
    expect(answers().organisation.province).toBe('ON');
  });

  it('goes away again for another country (English)', async () => {
    const user = await openApp('/organisation/about', 'en');
    await findHeading('About your organisation');
    await user.click(screen.getByRole('radio', { name: 'Canada' }));
    expect(
      screen.getByRole('group', { name: 'Which province or territory are you based in?' }),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'United States' }));
    expect(
      screen.queryByRole('group', { name: 'Which province or territory are you based in?' }),
    ).not.toBeInTheDocument();
  });
});

describe('the organisation’s other policies', () => {
  it('are asked on the page about the document, which an old address of their own page leads to', async () => {
    save({ policy: { owner: { email: 'hr@maple.ca' } } }, 'organisation');
    const user = await openApp('/organisation/related', 'en');
    await findHeading('About the document and your other policies');
    expect(window.location.pathname).toBe('/organisation/document');
    await user.click(screen.getByRole('button', { name: 'Add a policy' }));
    await user.type(screen.getByRole('textbox', { name: /^Policy 1/ }), 'Code of conduct');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('The policy owner');
    expect(answers().policy.relatedPolicies).toEqual(['Code of conduct']);
  });
});

describe('typing kept from a page since merged into another', () => {
  it('shows on the page that now asks its question, beside the saved answers to the others', async () => {
    save({ policy: { version: '2.1' } }, 'organisation');
    // As the store keeps it once it has read a draft typed on the old "Your other policies" page.
    useDraft.getState().setPageDraft('document', { policy: { relatedPolicies: [{ value: 'IT policy' }] } });
    const user = await openApp('/organisation/document', 'en');
    await findHeading('About the document and your other policies');
    expect(screen.getByRole('textbox', { name: /^Policy 1/ })).toHaveValue('IT policy');
    expect(screen.getByRole('textbox', { name: /^Version number/ })).toHaveValue('2.1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('The policy owner');
    expect(answers().policy).toMatchObject({ version: '2.1', relatedPolicies: ['IT policy'] });
  });
});

describe('approvals', () => {
  it('asks for a turnaround that may be left unset, and about a chatbot', async () => {
    const user = await openApp('/roles/approvals');
    await findHeading('Godkendelse af opslag og svar på henvendelser');
    const turnaround = () =>
      screen.queryByRole('group', {
        name: 'Hvor hurtigt får man svar, når man har sendt et opslag til godkendelse?',
      });
    expect(within(turnaround()!).getByRole('radio', { name: 'Ingen fast frist' })).toBeChecked();
    await user.click(within(turnaround()!).getByRole('radio', { name: 'Samme dag' }));
    const chatbot = screen.getByRole('group', {
      name: 'Bliver beskeder til jeres officielle konti besvaret af en chatbot eller med automatiske svar?',
    });
    expect(within(chatbot).getByRole('radio', { name: 'Nej' })).toBeChecked();
    await user.click(within(chatbot).getByRole('radio', { name: 'Ja' }));

    // With no approval at all there is no turnaround to ask about.
    const scope = screen.getByRole('group', { name: /^Hvilke officielle opslag skal godkendes/ });
    await user.click(within(scope).getByRole('radio', { name: 'Ingen opslag' }));
    expect(turnaround()).not.toBeInTheDocument();
    await user.click(within(scope).getByRole('radio', { name: 'Kun følsomme opslag' }));

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(answers().roles.approval.turnaround).toBe('sameDay'));
    expect(answers().roles.chatbot).toBe(true);
  });
});

describe('communicating during a crisis', () => {
  it('is asked with a separate crisis plan too, with a first-response time that may stay unset', async () => {
    const user = await openApp('/crisis/plan');
    await findHeading('Kriseplan og krisekommunikation');
    const separate = screen.getByRole('group', {
      name: 'Har I jeres detaljerede kriseplan i et særskilt dokument?',
    });
    await user.click(within(separate).getByRole('radio', { name: 'Ja' }));
    // On the same page, whether or not the plan is kept apart.
    expect(screen.getByText(/også hvis I har den detaljerede plan i et særskilt dokument/)).toBeVisible();
    expect(
      screen.getByRole('textbox', {
        name: 'Hvordan holder I medarbejderne orienteret under en krise? (valgfrit)',
      }),
    ).toBeInTheDocument();
    const first = screen.getByRole('group', {
      name: 'Hvor hurtigt kommer jeres første svar udadtil under en alvorlig krise?',
    });
    expect(within(first).getByRole('radio', { name: 'Ingen fast frist' })).toBeChecked();
    await user.click(within(first).getByRole('radio', { name: 'Inden for en time' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    // With a separate plan there is no contact list to add: on to the part's check page.
    await findHeading('Tjek dine svar: Kriseplan');
    await waitFor(() => expect(answers().crisis.firstResponse).toBe('oneHour'));
    expect(answers().crisis.separatePlan).toBe(true);
  });
});

describe('a risky choice for the jurisdiction', () => {
  const workplace = () =>
    screen.getByRole('group', {
      name: 'Må medarbejderne dele billeder og video fra arbejdspladsen på deres egne profiler?',
    });

  it('warns a Danish public employer against "ask first", and goes when the choice changes', async () => {
    save({ organisation: { name: 'Lindebjerg Kommune', country: 'DK', sector: 'public' } }, 'organisation');
    const user = await openApp('/personal/workplace');
    await findHeading('Billeder og video fra arbejdspladsen');
    await user.click(
      within(workplace()).getByRole('radio', { name: 'Ja, hvis de spørger deres leder først' }),
    );
    const warning = screen.getByText(/reglerne om offentligt ansattes ytringsfrihed/);
    expect(warning).toBeVisible();
    expect(warning).toHaveTextContent(/^Advarsel:/);
    expect(within(warning).getByText('Advarsel:')).toHaveClass('visually-hidden');
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();

    await user.click(within(workplace()).getByRole('radio', { name: 'Ja' }));
    expect(screen.queryByText(/reglerne om offentligt ansattes ytringsfrihed/)).not.toBeInTheDocument();
    await user.click(within(workplace()).getByRole('radio', { name: 'Nej' }));
    expect(screen.getByText(/reglerne om offentligt ansattes ytringsfrihed/)).toBeVisible();
  });

  it('does not warn a private Danish employer', async () => {
    save({ organisation: { name: 'Blåbær ApS', country: 'DK', sector: 'private' } }, 'organisation');
    const user = await openApp('/personal/workplace');
    await findHeading('Billeder og video fra arbejdspladsen');
    await user.click(
      within(workplace()).getByRole('radio', { name: 'Ja, hvis de spørger deres leder først' }),
    );
    expect(screen.queryByText(/Advarsel/)).not.toBeInTheDocument();
  });

  it('warns a US private employer about section 7, in English', async () => {
    save({ organisation: { name: 'Acme Inc.', country: 'US', sector: 'retail' } }, 'organisation');
    const user = await openApp('/personal/workplace', 'en');
    await findHeading('Photos and videos from work');
    const group = screen.getByRole('group', {
      name: 'May employees share photos and videos from the workplace on their own profiles?',
    });
    await user.click(within(group).getByRole('radio', { name: 'No' }));
    expect(screen.getByText(/section 7 of the National Labor Relations Act/)).toBeVisible();
  });

  it('tells an EU employer with 50 or more staff that a whistleblowing channel is required, and no smaller one', async () => {
    save({ organisation: { name: 'Blåbær A/S', country: 'DK', sizeBand: '50to249' } }, 'organisation');
    const user = await openApp('/legal/confidential');
    await findHeading('Fortrolige oplysninger og jeres whistleblowerordning');
    const scheme = screen.getByRole('group', { name: 'Har I en whistleblowerordning?' });
    await user.click(within(scheme).getByRole('radio', { name: 'Nej' }));
    expect(screen.getByText(/skal have en intern whistleblowerordning/)).toBeVisible();
    await user.click(within(scheme).getByRole('radio', { name: 'Ja' }));
    expect(screen.queryByText(/skal have en intern whistleblowerordning/)).not.toBeInTheDocument();

    await resetApp();
    save({ organisation: { name: 'Lille ApS', country: 'DK', sizeBand: '25to49' } }, 'organisation');
    const again = await openApp('/legal/confidential');
    await findHeading('Fortrolige oplysninger og jeres whistleblowerordning');
    await again.click(
      within(screen.getByRole('group', { name: 'Har I en whistleblowerordning?' })).getByRole('radio', {
        name: 'Nej',
      }),
    );
    expect(screen.queryByText(/skal have en intern whistleblowerordning/)).not.toBeInTheDocument();
  });

  it('asks a Quebec organisation to write its policy in French, and is quiet once French is chosen', async () => {
    save(
      {
        organisation: { name: 'Ateliers Boréal inc.', country: 'CA', province: 'QC' },
        policy: { language: 'en' },
      },
      'organisation',
    );
    const user = await openApp('/organisation/document', 'en');
    await findHeading('About the document and your other policies');
    expect(screen.getByText(/requires employers to write to their staff in French/)).toBeVisible();
    const language = screen.getByRole('group', { name: 'Which language should the policy be written in?' });
    await user.click(within(language).getByRole('radio', { name: 'French' }));
    expect(
      screen.queryByText(/requires employers to write to their staff in French/),
    ).not.toBeInTheDocument();
  });
});

describe('the disclaimer', () => {
  it('is offered as a suggestion when employees may simply name you', async () => {
    const user = await openApp('/personal/profiles', 'en');
    await findHeading('Naming you in their profiles');
    const bio = screen.getByRole('group', {
      name: 'May employees say in their profiles that they work for you?',
    });
    await user.click(within(bio).getByRole('radio', { name: 'Yes' }));
    const field = screen.getByRole('textbox', { name: 'Wording of the disclaimer (optional)' });
    expect(field).toHaveAccessibleDescription(/the policy suggests it but does not require it/);
  });
});

describe('checking every answer', () => {
  it('lists a missing Canadian province, and shows an unset time target as an answer', async () => {
    save({ organisation: { name: 'Maple Ltd', country: 'CA', networks: ['linkedin'] } }, 'organisation');
    await openApp('/check');
    await findHeading(/Tjek/);
    expect(
      screen.getByRole('link', { name: 'Hvilken provins eller hvilket territorium arbejder I i?' }),
    ).toHaveAttribute('href', '/organisation/about?return=%2Fcheck#f-organisation-province');
    const term = screen
      .getAllByRole('term')
      .find(
        (candidate) =>
          candidate.textContent === 'Hvor hurtigt kommer jeres første svar udadtil under en alvorlig krise?',
      );
    expect(within(term!.parentElement!).getAllByRole('definition')[0]).toHaveTextContent('Ingen fast frist');
  });
});

describe('a yes/no that states something about the organisation', () => {
  it('starts unanswered, offers recommended practice, and lists it for IT to confirm', async () => {
    const user = await openApp('/security/passwords');
    await findHeading(/adgangskoder/i);
    const twoFactor = screen.getByRole('group', {
      name: 'Er totrinsbekræftelse slået til på alle jeres officielle konti?',
    });
    const options = within(twoFactor).getAllByRole('radio');
    expect(options.map((radio) => radio.closest('label, div')?.textContent?.trim())).toEqual([
      'Ja',
      'Nej',
      'Ved ikke – brug anbefalet praksis',
    ]);
    for (const radio of options) expect(radio).not.toBeChecked();
    await user.click(within(twoFactor).getByRole('radio', { name: 'Ved ikke – brug anbefalet praksis' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(answers().security.twoFactor).toBe('recommended'));
  });

  it('stays unanswered when Continue is pressed without a choice', async () => {
    const user = await openApp('/rollout/review');
    await user.click(await screen.findByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(window.location.pathname).not.toBe('/rollout/review'));
    expect(answers().rollout.audits).toBe('');
  });
});
