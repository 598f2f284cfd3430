// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * A question page as a user meets it: the words around each question, "Why we ask", checks
 * only on Continue (GOV.UK's error summary), nothing typed ever lost, and the policy beside the
 * questions following along as they type.
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;

describe('the words on a question page', () => {
  it('labels each question, gives its hint, and marks only the optional ones (Danish)', async () => {
    await openApp('/organisation/owner');
    await findHeading('Ansvarlig for politikken');
    expect(
      screen.getByText('Den ansvarlige holder politikken opdateret og svarer på spørgsmål om den.'),
    ).toBeVisible();

    const role = screen.getByRole('textbox', { name: 'Stilling eller afdeling (valgfrit)' });
    expect(role).toHaveAccessibleDescription(
      /^Skriv det, så det passer ind i sætningen »Det er …, der har ansvaret for politikken«/,
    );
    // The name is needed unless the role is given (one of the two is enough): no marker.
    expect(screen.getByRole('textbox', { name: 'Personens navn' })).toHaveAccessibleDescription(
      'Den person, der har stillingen i dag.',
    );
    // A required question carries no marker, and no asterisk.
    const email = screen.getByRole('textbox', { name: 'E-mailadresse' });
    expect(email).toHaveAccessibleDescription(/^En fælles adresse, fx some@jeresorganisation\.dk/);
    expect(email).not.toBeRequired();
    expect(document.body).not.toHaveTextContent('*');

    expect(screen.getByRole('link', { name: 'Tilbage' })).toHaveAttribute('href', '/organisation/document');
    expect(screen.getByRole('button', { name: 'Fortsæt' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Ansvarlig for politikken – Policy Builder'));
  });

  it('labels each question, gives its hint, and marks only the optional ones (English)', async () => {
    await openApp('/organisation/owner', 'en');
    await findHeading('The policy owner');
    expect(screen.getByRole('textbox', { name: 'Job title or team (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of the person' })).toHaveAccessibleDescription(
      'The person who holds that role today.',
    );
    expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument();
    expect(screen.queryByText(/valgfrit/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('asks the required and the chosen questions without "(valgfrit)"', async () => {
    await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveAccessibleDescription(
      'Brug det navn, medarbejderne kender, fx »Lyngbølge Software« eller »Lindebjerg Kommune«.',
    );
    const country = screen.getByRole('group', { name: 'Hvilket land arbejder I i?' });
    expect(country).toHaveAccessibleDescription(
      'Vælg det land, hvor de fleste af jeres medarbejdere arbejder.',
    );
    // A choice always has an answer (the default is chosen for you), so it is never "optional".
    expect(within(country).getByRole('radio', { name: 'Danmark' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Hvilken sektor hører I til?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Offentlig myndighed' })).toHaveAccessibleDescription(
      'Fx en kommune, en region eller en statslig styrelse.',
    );
  });

  it('marks the choices that may be left empty, not the yes/no questions that always have an answer', async () => {
    await openApp('/organisation/people');
    await findHeading('Hvem politikken gælder for');
    const listed = screen.getByRole('group', { name: 'Er organisationen børsnoteret?' });
    expect(within(listed).getByRole('radio', { name: 'Nej' })).toBeChecked();
    expect(
      screen.getByRole('group', { name: 'Hvem skal politikken ellers gælde for? (valgfrit)' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/\(valgfrit\)/)).toHaveLength(1);
  });

  it('says why it asks, behind a disclosure that opens on request', async () => {
    const user = await openApp('/organisation/owner');
    await findHeading('Ansvarlig for politikken');
    // Two of the three questions say why; the e-mail address needs no explaining.
    const toggles = screen.getAllByText('Hvorfor spørger vi?');
    expect(toggles).toHaveLength(2);
    const why = screen.getByText(/^Medarbejderne bliver bedt om at kontakte den ansvarlige/);
    expect(why).not.toBeVisible();
    await user.click(toggles[1]!);
    expect(why).toBeVisible();
    await user.click(toggles[1]!);
    expect(why).not.toBeVisible();
  });

  it('says "Why we ask" in English', async () => {
    const user = await openApp('/organisation/about', 'en');
    await findHeading('About your organisation');
    const toggles = screen.getAllByText('Why we ask');
    expect(toggles).toHaveLength(4);
    await user.click(toggles[0]!);
    expect(screen.getByText(/^The name appears on the front page and throughout the policy/)).toBeVisible();
  });

  it('switches language in place, keeping what was typed', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    await user.type(screen.getByRole('textbox', { name: 'Organisationens navn' }), 'Blåbær ApS');
    await user.click(screen.getByRole('button', { name: 'Read in English' }));
    expect(await findHeading('About your organisation')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of your organisation' })).toHaveValue('Blåbær ApS');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });
});

describe('checking answers on Continue', () => {
  it('shows nothing while typing or leaving a field', async () => {
    const user = await openApp('/organisation/about');
    const name = await screen.findByRole('textbox', { name: 'Organisationens navn' });
    await user.type(name, 'Acme');
    await user.clear(name);
    await user.tab();
    await user.click(screen.getByRole('radio', { name: 'Offentlig myndighed' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(document.title).not.toMatch(/^Fejl/);
  });

  it('on Continue with the name empty: a focused summary, the same words inline, "Fejl: " in the title', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    await user.click(screen.getByRole('radio', { name: 'Offentlig myndighed' }));
    await user.click(screen.getByRole('radio', { name: 'Storbritannien' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { level: 2, name: 'Der er et problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Skriv organisationens navn' });
    expect(link).toHaveAttribute('href', '#f-organisation-name');

    const name = screen.getByRole('textbox', { name: 'Organisationens navn' });
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription(
      'Brug det navn, medarbejderne kender, fx »Lyngbølge Software« eller »Lindebjerg Kommune«. Fejl: Skriv organisationens navn',
    );
    await waitFor(() => expect(document.title).toBe('Fejl: Om jeres organisation – Policy Builder'));

    // Nothing chosen is lost, nothing is saved, and the page stays.
    expect(screen.getByRole('radio', { name: 'Offentlig myndighed' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Storbritannien' })).toBeChecked();
    expect(window.location.pathname).toBe('/organisation/about');
    expect(answers().organisation.sector).toBe('private');

    await user.click(link);
    expect(name).toHaveFocus();
  });

  it('takes focus again on a second failed Continue', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(await screen.findByRole('link', { name: 'Skriv organisationens navn' }));
    expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
  });

  it('once fixed, Continue saves the answers and goes to the next page', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    await user.click(screen.getByRole('radio', { name: 'Storbritannien' }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await screen.findByRole('alert');

    await user.type(screen.getByRole('textbox', { name: 'Organisationens navn' }), '  Blåbær ApS ');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    const next = await findHeading('Hvem politikken gælder for');
    expect(window.location.pathname).toBe('/organisation/people');
    expect(next).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(answers().organisation).toMatchObject({ name: 'Blåbær ApS', country: 'UK' });
    expect(useDraft.getState().progress.organisation).toBe('inProgress');
    await waitFor(() => expect(document.title).toBe('Hvem politikken gælder for – Policy Builder'));

    // The browser's Back button shows the page as it was left.
    window.history.back();
    await findHeading('Om jeres organisation');
    expect(screen.getByRole('textbox', { name: 'Organisationens navn' })).toHaveValue('Blåbær ApS');
    expect(screen.getByRole('radio', { name: 'Storbritannien' })).toBeChecked();
  });

  it('speaks English when the user does', async () => {
    const user = await openApp('/organisation/about', 'en');
    await findHeading('About your organisation');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Enter the name of your organisation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of your organisation' })).toHaveAccessibleDescription(
      /Error: Enter the name of your organisation$/,
    );
    await waitFor(() => expect(document.title).toBe('Error: About your organisation – Policy Builder'));
  });

  it('asks for an e-mail address in the right format, and keeps what was typed', async () => {
    const user = await openApp('/organisation/owner');
    await findHeading('Ansvarlig for politikken');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Skriv e-mailadressen på den, der har ansvaret for politikken',
      }),
    ).toHaveAttribute('href', '#f-policy-owner-email');
    // The check page would miss both the name and the role: the page says so first.
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Skriv navnet på den person, der har ansvaret for politikken, eller stillingen ovenfor',
      }),
    ).toHaveAttribute('href', '#f-policy-owner-name');
    await user.type(screen.getByRole('textbox', { name: 'Stilling eller afdeling (valgfrit)' }), 'HR-chefen');

    const email = screen.getByRole('textbox', { name: 'E-mailadresse' });
    await user.type(email, 'mette.holm(at)blåbær.dk');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const message = 'Skriv en e-mailadresse i det rigtige format, fx navn@firma.dk';
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeInTheDocument(),
    );
    expect(email).toHaveAccessibleDescription(new RegExp(`Fejl: ${message}$`));
    expect(email).toHaveValue('mette.holm(at)blåbær.dk');
    expect(answers().policy.owner.email).toBe('');

    // A Danish domain is an address like any other.
    await user.clear(email);
    await user.type(email, 'mette.holm@blåbær.dk');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Tidligere udgaver');
    expect(answers().policy.owner.email).toBe('mette.holm@blåbær.dk');
  });

  it('says how long a text may be', async () => {
    const user = await openApp('/organisation/about');
    const name = await screen.findByRole('textbox', { name: 'Organisationens navn' });
    await user.click(name);
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Skriv højst 300 tegn' }),
    ).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(/Fejl: Skriv højst 300 tegn$/);
    expect(name).toHaveValue('x'.repeat(301));
  });

  it('says how long a text may be, in English', async () => {
    const user = await openApp('/organisation/owner', 'en');
    const role = await screen.findByRole('textbox', { name: 'Job title or team (optional)' });
    await user.click(role);
    await user.paste('y'.repeat(301));
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'hr@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter 300 characters or fewer']);
    expect(role).toHaveAccessibleDescription(/Error: Enter 300 characters or fewer$/);
  });
});

describe('questions that depend on other answers', () => {
  it('hides "publicly owned" for a public authority, and keeps its answer for when it returns', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    const question = 'Er organisationen ejet eller drevet af det offentlige?';
    const group = () => screen.queryByRole('group', { name: new RegExp(`^${question}`) });
    await user.click(within(group()!).getByRole('radio', { name: 'Ja' }));

    await user.click(screen.getByRole('radio', { name: 'Offentlig myndighed' }));
    expect(group()).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Uddannelse' }));
    expect(within(group()!).getByRole('radio', { name: 'Ja' })).toBeChecked();
  });
});

describe('the policy beside the questions', () => {
  it('shows what is typed before Continue is pressed, without saving it', async () => {
    const user = await openApp('/organisation/about');
    await findHeading('Om jeres organisation');
    const preview = screen.getByRole('complementary', { name: 'Sådan ser politikken ud nu' });
    // The policy's template arrives on its own, after the questions.
    expect(await within(preview).findByRole('article')).toBeInTheDocument();
    expect(within(preview).queryByText(/Blåbær ApS/)).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Organisationens navn' }), 'Blåbær ApS');
    expect((await within(preview).findAllByText('Blåbær ApS')).length).toBeGreaterThan(0);
    expect(answers().organisation.name).toBe('');
  });

  it('follows the policy language, with the inspiration for the part', async () => {
    useDraft.getState().setDocumentLanguage('en');
    await openApp('/roles/spokespeople');
    await findHeading('Hvem taler på jeres vegne');
    const preview = screen.getByRole('complementary', { name: 'Sådan ser politikken ud nu' });
    expect(await within(preview).findByRole('article')).toHaveAttribute('lang', 'en-GB');
    expect(
      // The space after "Inspiration:" is inside its span, which the test library trims (w3c/accname#3).
      within(preview).getByRole('heading', {
        name: /^Inspiration: ?At tale om jer er ikke det samme som at tale for jer$/,
      }),
    ).toBeInTheDocument();
  });
});
