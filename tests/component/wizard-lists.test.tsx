// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers, Part } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { axeViolations } from '../support/axe';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * Lists of records the GOV.UK way ("add another"): the question page lists the items so far, each
 * named by its answers with Change and Remove; an item is added or changed on a page of its own,
 * checked on its own, and saved to the draft by that page's Save. Lists of texts are still
 * answered in place (below).
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;
/**
 * A list's heading ends in "(valgfrit)" and a Remove button in the item's name, each in a span
 * whose leading space the test library trims (w3c/accname#3); browsers keep it.
 */
const optionalList = (label: string, optional = 'valgfrit') => new RegExp(`^${label} ?\\(${optional}\\)$`);
const named = (word: string, context: string) => new RegExp(`^${word} ?${escape(context)}$`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What Remove and Undo say, in the list's own status message (the page has others: "Saved"). */
const listStatus = () => within(screen.getByRole('region', { name: /konti|accounts/i })).getByRole('status');
const link = (word: string, context: string) => screen.getByRole('link', { name: named(word, context) });
const removeButton = (label: string, title: string) => button(label, title);
const button = (word: string, context: string) => screen.getByRole('button', { name: named(word, context) });

type Account = Answers['roles']['accounts'][number];
const account = (network: Account['network'], handle: string, more: Partial<Account> = {}): Account => ({
  network,
  networkName: '',
  handle,
  purpose: '',
  owner: '',
  backup: '',
  ...more,
});

/** Saves answers as an earlier Continue would have. */
function saved(change: (answers: Answers) => Answers, part: Part) {
  useDraft.getState().saveAnswers(change(answers()), part);
}
const withAccounts = (accounts: Answers['roles']['accounts']) => (a: Answers) => ({
  ...a,
  roles: { ...a.roles, accounts },
});

describe('a list of records: the official accounts', () => {
  it('adds two accounts on pages of their own, changes one, removes one and saves on each page', async () => {
    const user = await openApp('/roles/accounts');
    await findHeading('Jeres officielle konti');
    expect(
      screen.getByRole('heading', { level: 2, name: optionalList('Officielle konti') }),
    ).toBeInTheDocument();
    expect(screen.getByText('Du har ikke tilføjet nogen konti endnu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj en konto' }));
    await findHeading('Konto 1');
    expect(window.location.pathname).toBe('/roles/accounts/new');
    expect(screen.getByRole('radio', { name: 'LinkedIn' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Facebook' }));
    await user.type(screen.getByRole('textbox', { name: 'Kontonavn eller adresse' }), '@acme');
    await user.type(screen.getByRole('textbox', { name: 'Ansvarlig (valgfrit)' }), 'Mette');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    await findHeading('Jeres officielle konti');
    expect(window.location.pathname).toBe('/roles/accounts');
    // Said in the list's status region, put there after the page is in so that it is announced.
    await waitFor(() => expect(listStatus()).toHaveTextContent('Konto 1 er gemt'));
    // Saved to the draft by the item's page: nothing waits for the list page's Continue.
    expect(answers().roles.accounts).toEqual([account('facebook', '@acme', { owner: 'Mette' })]);
    const list = within(screen.getByRole('region', { name: optionalList('Officielle konti') }));
    expect(list.getByRole('term')).toHaveTextContent('Facebook – @acme');
    expect(list.getByText('Mette')).toBeInTheDocument();
    expect(link('Ret', 'konto 1: Facebook – @acme')).toHaveAttribute('href', '/roles/accounts/1');

    await user.click(screen.getByRole('button', { name: 'Tilføj en konto mere' }));
    await findHeading('Konto 2');
    await user.click(screen.getByRole('radio', { name: 'Instagram' }));
    await user.type(screen.getByRole('textbox', { name: 'Kontonavn eller adresse' }), '@acme.dk');
    await user.type(screen.getByRole('textbox', { name: 'Stedfortræder (valgfrit)' }), 'Ole');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await findHeading('Jeres officielle konti');
    expect(link('Ret', 'konto 2: Instagram – @acme.dk')).toBeInTheDocument();

    await user.click(link('Ret', 'konto 1: Facebook – @acme'));
    await findHeading('Konto 1');
    const handle = screen.getByRole('textbox', { name: 'Kontonavn eller adresse' });
    expect(handle).toHaveValue('@acme');
    await user.clear(handle);
    await user.type(handle, '@acme.fb');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await findHeading('Jeres officielle konti');
    expect(answers().roles.accounts.map((item) => item.handle)).toEqual(['@acme.fb', '@acme.dk']);

    expect(listStatus()).toHaveTextContent('Konto 1 er gemt');
    await user.click(button('Fjern', 'konto 1: Facebook – @acme.fb'));
    expect(listStatus()).toHaveTextContent('Konto 1 er fjernet');
    expect(listStatus()).not.toHaveTextContent('gemt');
    // Focus goes to the item that took its place.
    expect(link('Ret', 'konto 1: Instagram – @acme.dk')).toHaveFocus();
    expect(answers().roles.accounts).toEqual([account('instagram', '@acme.dk', { backup: 'Ole' })]);

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Hvem gør hvad');
    expect(window.location.pathname).toBe('/roles/responsibilities');
    expect(useDraft.getState().progress.roles).toBe('inProgress');
  });

  it('lists saved accounts in English, moves focus after Remove to the one before, then to Add, and undoes', async () => {
    saved(
      withAccounts([account('linkedin', 'acme'), account('youtube', '@acme', { purpose: 'Films' })]),
      'roles',
    );
    const user = await openApp('/roles/accounts', 'en');
    await findHeading('Your official accounts');
    const list = within(screen.getByRole('region', { name: optionalList('Official accounts', 'optional') }));
    expect(list.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'LinkedIn – acme',
      'YouTube – @acme',
    ]);
    expect(list.getByText('Films')).toBeInTheDocument();
    expect(link('Change', 'account 2: YouTube – @acme')).toHaveAttribute('href', '/roles/accounts/2');

    await user.click(button('Remove', 'account 2: YouTube – @acme'));
    expect(listStatus()).toHaveTextContent('Account 2 removed');
    expect(link('Change', 'account 1: LinkedIn – acme')).toHaveFocus();
    await user.click(button('Remove', 'account 1: LinkedIn – acme'));
    expect(listStatus()).toHaveTextContent('Account 1 removed');
    expect(screen.getByText('You have not added any accounts yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an account' })).toHaveFocus();
    expect(answers().roles.accounts).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Undo: Account 1 removed' }));
    expect(listStatus()).toHaveTextContent('Account 1 is back on the list');
    expect(link('Change', 'account 1: LinkedIn – acme')).toHaveFocus();
    expect(answers().roles.accounts).toEqual([account('linkedin', 'acme')]);
    expect(await axeViolations()).toEqual([]);
  });

  it('asks for the network’s name only when "Andet" is chosen, and names the account by it', async () => {
    const user = await openApp('/roles/accounts/new');
    await findHeading('Konto 1');
    const networkName = () => screen.queryByRole('textbox', { name: 'Navn på det sociale medie (valgfrit)' });
    expect(networkName()).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Andet' }));
    expect(networkName()).toHaveAccessibleDescription('Kun hvis du har valgt »Andet«, fx Discord.');
    await user.type(networkName()!, 'Discord');
    await user.type(screen.getByRole('textbox', { name: 'Kontonavn eller adresse' }), 'acme');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await findHeading('Jeres officielle konti');
    expect(answers().roles.accounts).toMatchObject([{ network: 'other', networkName: 'Discord' }]);
    expect(link('Ret', 'konto 1: Discord – acme')).toBeInTheDocument();
  });

  it('checks an item on its own page, with an error summary, and keeps what was typed', async () => {
    const user = await openApp('/roles/accounts/new');
    await findHeading('Konto 1');
    await user.type(screen.getByRole('textbox', { name: 'Ansvarlig (valgfrit)' }), 'Mette');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const message = within(summary).getByRole('link', { name: 'Skriv kontonavnet eller adressen' });
    expect(document.title).toMatch(/^Fejl: Konto 1/);
    const handle = screen.getByRole('textbox', { name: 'Kontonavn eller adresse' });
    expect(handle).toHaveAccessibleDescription(/Fejl: Skriv kontonavnet eller adressen$/);
    await user.click(message);
    expect(handle).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Ansvarlig (valgfrit)' })).toHaveValue('Mette');
    expect(answers().roles.accounts).toEqual([]);
    expect(await axeViolations()).toEqual([]);
  });

  it('Cancel and Back lose nothing saved, and leave the item as it was', async () => {
    saved(withAccounts([account('linkedin', '@acme')]), 'roles');
    const user = await openApp('/roles/accounts/1');
    await findHeading('Konto 1');
    await user.clear(screen.getByRole('textbox', { name: 'Kontonavn eller adresse' }));
    await user.click(screen.getByRole('link', { name: 'Annuller' }));
    await findHeading('Jeres officielle konti');
    expect(answers().roles.accounts).toEqual([account('linkedin', '@acme')]);
    await user.click(link('Ret', 'konto 1: LinkedIn – @acme'));
    await findHeading('Konto 1');
    expect(screen.getByRole('textbox', { name: 'Kontonavn eller adresse' })).toHaveValue('@acme');
    await user.click(screen.getByRole('link', { name: 'Tilbage' }));
    await findHeading('Jeres officielle konti');
    expect(answers().roles.accounts).toEqual([account('linkedin', '@acme')]);
  });

  it('has no page for an item the list does not have', async () => {
    await openApp('/roles/accounts/3');
    await findHeading('Siden findes ikke');
  });
});

describe('the error summary on a list page names the item', () => {
  it('links a problem in a saved item to its field on the item’s page, which says it too (da)', async () => {
    // Saved before an account had to have a name (or read from a file).
    saved(withAccounts([account('linkedin', '@acme'), account('tiktok', '')]), 'roles');
    const user = await openApp('/roles/accounts');
    await findHeading('Jeres officielle konti');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const summary = await screen.findByRole('alert');
    const message = within(summary).getByRole('link', { name: 'Konto 2: Skriv kontonavnet eller adressen' });
    expect(message).toHaveAttribute('href', '/roles/accounts/2?errors=1#f-roles-accounts-1-handle');
    // Said at the item too.
    expect(link('Ret', 'konto 2: TikTok')).toHaveAccessibleDescription(
      /Fejl: Skriv kontonavnet eller adressen$/,
    );
    // …with the red bar of a field in error on that row, and only there.
    expect(link('Ret', 'konto 2: TikTok').closest('.ui-summary-list__row')).toHaveClass(
      'ui-summary-list__row--error',
    );
    expect(link('Ret', 'konto 1: LinkedIn – @acme').closest('.ui-summary-list__row')).not.toHaveClass(
      'ui-summary-list__row--error',
    );
    expect(await axeViolations()).toEqual([]);

    await user.click(message);
    await findHeading('Konto 2');
    const handle = screen.getByRole('textbox', { name: 'Kontonavn eller adresse' });
    expect(handle).toHaveFocus();
    expect(handle).toHaveAccessibleDescription(/Fejl: Skriv kontonavnet eller adressen$/);
    await user.type(handle, '@acme.tiktok');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await findHeading('Jeres officielle konti');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Hvem gør hvad');
    expect(answers().roles.accounts[1]).toMatchObject({ network: 'tiktok', handle: '@acme.tiktok' });
  });

  it('names the item in English too, for a task', async () => {
    saved(
      (a) => ({
        ...a,
        roles: {
          ...a.roles,
          responsibilities: [
            { area: 'posting', who: 'Anna Berg', email: '', frequency: 'daily' },
            { area: 'security', who: '', email: '', frequency: 'weekly' },
          ],
        },
      }),
      'roles',
    );
    const user = await openApp('/roles/responsibilities', 'en');
    await findHeading('Who does what');
    expect(link('Change', 'task 1: Posting and engagement – Anna Berg')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const message = within(await screen.findByRole('alert')).getByRole('link', {
      name: 'Task 2: Enter who covers the task',
    });
    await user.click(message);
    await findHeading('Task 2');
    expect(screen.getByRole('textbox', { name: 'Who covers it' })).toHaveFocus();
  });

  it('links "add at least one" of an empty required list to its add button', async () => {
    const user = await openApp('/crisis/contacts');
    await findHeading('Kontaktliste ved kriser');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const message = within(await screen.findByRole('alert')).getByRole('link', {
      name: 'Tilføj mindst én kontaktperson',
    });
    await user.click(message);
    const add = screen.getByRole('button', { name: 'Tilføj en kontaktperson' });
    expect(add).toHaveFocus();
    expect(add).toHaveAccessibleDescription(/Fejl: Tilføj mindst én kontaktperson$/);
    expect(await axeViolations()).toEqual([]);
  });

  it('says so in English for an empty required list', async () => {
    const user = await openApp('/crisis/contacts', 'en');
    await findHeading('Emergency contacts');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Add at least one emergency contact',
      }),
    );
    expect(screen.getByRole('button', { name: 'Add a contact' })).toHaveFocus();
  });
});

describe('the pages around a list', () => {
  it('keep the check page’s Change link: an item saved returns to the list, whose Continue returns to the check page', async () => {
    saved(withAccounts([account('linkedin', '@acme')]), 'roles');
    const user = await openApp('/roles/check');
    await findHeading('Tjek dine svar: Roller og ansvar');
    await user.click(screen.getByRole('link', { name: /^Ret ?officielle konti$/ }));
    await findHeading('Jeres officielle konti');
    await user.click(link('Ret', 'konto 1: LinkedIn – @acme'));
    await findHeading('Konto 1');
    await user.type(screen.getByRole('textbox', { name: 'Hvad kontoen bruges til (valgfrit)' }), 'Job');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    await findHeading('Jeres officielle konti');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Tjek dine svar: Roller og ansvar');
    expect(answers().roles.accounts[0]?.purpose).toBe('Job');
  });

  it('read an earlier version’s date from day, month and year', async () => {
    const user = await openApp('/organisation/history', 'en');
    await findHeading('Earlier versions');
    await user.click(screen.getByRole('button', { name: 'Add an earlier version' }));
    await findHeading('Earlier version 1');
    await user.type(screen.getByRole('textbox', { name: 'Version number' }), '1.0');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '13');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2024');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Date must be a real date' }),
    );
    const month = screen.getByRole('textbox', { name: 'Month' });
    expect(month).toHaveFocus();
    await user.clear(month);
    await user.type(month, '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await findHeading('Earlier versions');
    expect(answers().policy.revisions).toEqual([{ version: '1.0', date: '2024-03-03', changes: '' }]);
    expect(link('Change', 'earlier version 1: 1.0 – 3 March 2024')).toBeInTheDocument();
  });
});

describe('a list of texts: other networks', () => {
  it('appears when "Andet" is ticked, and is edited in place like any list', async () => {
    const user = await openApp('/organisation/networks');
    await findHeading('Sociale medier');
    const others = () => screen.queryByRole('group', { name: optionalList('Andre sociale medier') });
    expect(others()).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Andet' }));
    expect(others()).toHaveAccessibleDescription(
      'Skriv navnet på ét socialt medie i hvert felt, fx Discord eller Strava.',
    );
    expect(
      within(others()!).getByText('Du har ikke tilføjet nogen sociale medier endnu.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj et socialt medie' }));
    const first = screen.getByRole('textbox', { name: /^Socialt medie 1/ });
    expect(first).toHaveFocus();
    await user.type(first, 'Discord');
    await user.click(screen.getByRole('button', { name: 'Tilføj et socialt medie mere' }));
    const second = screen.getByRole('textbox', { name: /^Socialt medie 2/ });
    expect(second).toHaveFocus();
    await user.type(second, 'Strava');

    await user.click(removeButton('Fjern', 'Socialt medie 1'));
    expect(screen.queryByRole('textbox', { name: /^Socialt medie 2/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Socialt medie 1/ })).toHaveValue('Strava');
    // Focus stays in the list, on the item that took the removed one's place.
    expect(screen.getByRole('group', { name: 'Socialt medie 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Om dokumentet og jeres andre politikker');
    expect(answers().organisation).toMatchObject({
      networks: ['linkedin', 'other'],
      otherNetworks: ['Strava'],
    });
  });

  it('keeps the other networks typed when "Andet" is unticked, but does not save them as answers', async () => {
    const user = await openApp('/organisation/networks', 'en');
    await findHeading('Social networks');
    await user.click(screen.getByRole('checkbox', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Add a network' }));
    await user.type(screen.getByRole('textbox', { name: /^Network 1/ }), 'Strava');
    await user.click(screen.getByRole('checkbox', { name: 'Other' }));
    expect(
      screen.queryByRole('group', { name: optionalList('Other networks', 'optional') }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Other' }));
    expect(screen.getByRole('textbox', { name: /^Network 1/ })).toHaveValue('Strava');
  });

  it('says which item is too long', async () => {
    const user = await openApp('/legal/confidential');
    await findHeading('Fortrolige oplysninger og jeres whistleblowerordning');
    // "Add another" only once there is one.
    expect(screen.queryByRole('button', { name: 'Tilføj et eksempel mere' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilføj et eksempel' }));
    await user.click(screen.getByRole('button', { name: 'Tilføj et eksempel mere' }));
    const second = screen.getByRole('textbox', { name: /^Eksempel 2/ });
    await user.click(second);
    await user.paste('z'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const link = within(await screen.findByRole('alert')).getByRole('link', {
      name: 'Eksempel 2: Skriv højst 300 tegn',
    });
    await user.click(link);
    expect(second).toHaveFocus();
    expect(second).toBeInvalid();
    expect(screen.getByRole('textbox', { name: /^Eksempel 1/ })).not.toBeInvalid();
  });
});
