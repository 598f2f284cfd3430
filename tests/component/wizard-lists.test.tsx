// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * Lists answered in place (GOV.UK's "add another", without leaving the page): Add puts an empty
 * item at the end and moves focus into it, Remove takes away that item and no other, and
 * Continue saves the list as it stands.
 */

afterEach(resetApp);

const answers = () => useDraft.getState().answers;
const item = (name: string) => screen.getByRole('group', { name });
/**
 * A list's legend ends in "(valgfrit)" and a Remove button in the item's title, each in a span
 * whose leading space the test library trims (w3c/accname#3); browsers keep it.
 */
const optionalList = (label: string, optional = 'valgfrit') => new RegExp(`^${label} ?\\(${optional}\\)$`);
const removeButton = (label: string, title: string) =>
  screen.getByRole('button', { name: new RegExp(`^${label} ?${title}$`) });

describe('a list of records: the official accounts', () => {
  it('adds, fills, removes the right one, and saves the list on Continue', async () => {
    const user = await openApp('/roles/accounts');
    await findHeading('Jeres officielle konti');
    const list = screen.getByRole('group', { name: optionalList('Officielle konti') });
    expect(list).toHaveAccessibleDescription(
      'Tag også konti for afdelinger, projekter og arrangementer med.',
    );
    expect(within(list).getByText('Du har ikke tilføjet nogen konti endnu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj en konto' }));
    const first = item('Konto 1');
    expect(within(first).getByRole('heading', { level: 3, name: 'Konto 1' })).toBeInTheDocument();
    expect(screen.queryByText('Du har ikke tilføjet nogen konti endnu.')).not.toBeInTheDocument();
    // Focus moves into the new item, to its first question.
    expect(within(first).getByRole('group', { name: 'Netværk' })).toContainElement(
      document.activeElement as HTMLElement,
    );
    expect(within(first).getByRole('radio', { name: 'LinkedIn' })).toBeChecked();
    await user.click(within(first).getByRole('radio', { name: 'Facebook' }));
    await user.type(
      within(first).getByRole('textbox', { name: 'Kontonavn eller adresse (valgfrit)' }),
      '@acme',
    );
    await user.type(within(first).getByRole('textbox', { name: 'Ansvarlig (valgfrit)' }), 'Mette');

    await user.click(screen.getByRole('button', { name: 'Tilføj en konto' }));
    const second = item('Konto 2');
    expect(within(second).getByRole('group', { name: 'Netværk' })).toContainElement(
      document.activeElement as HTMLElement,
    );
    await user.click(within(second).getByRole('radio', { name: 'Instagram' }));
    await user.type(
      within(second).getByRole('textbox', { name: 'Kontonavn eller adresse (valgfrit)' }),
      '@acme.dk',
    );
    await user.type(within(second).getByRole('textbox', { name: 'Stedfortræder (valgfrit)' }), 'Ole');

    await user.click(removeButton('Fjern', 'Konto 1'));
    expect(screen.queryByRole('group', { name: 'Konto 2' })).not.toBeInTheDocument();
    const left = item('Konto 1');
    expect(within(left).getByRole('radio', { name: 'Instagram' })).toBeChecked();
    expect(within(left).getByRole('textbox', { name: 'Kontonavn eller adresse (valgfrit)' })).toHaveValue(
      '@acme.dk',
    );
    expect(within(left).getByRole('textbox', { name: 'Ansvarlig (valgfrit)' })).toHaveValue('');
    expect(answers().roles.accounts).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Hvem gør hvad');
    expect(window.location.pathname).toBe('/roles/responsibilities');
    expect(answers().roles.accounts).toEqual([
      { network: 'instagram', networkName: '', handle: '@acme.dk', purpose: '', owner: '', backup: 'Ole' },
    ]);
  });

  it('asks for the network’s name only when "Andet" is chosen, and keeps it when hidden', async () => {
    const user = await openApp('/roles/accounts');
    await findHeading('Jeres officielle konti');
    await user.click(screen.getByRole('button', { name: 'Tilføj en konto' }));
    const account = item('Konto 1');
    const networkName = () => within(account).queryByRole('textbox', { name: 'Netværkets navn (valgfrit)' });
    expect(networkName()).not.toBeInTheDocument();

    await user.click(within(account).getByRole('radio', { name: 'Andet' }));
    expect(networkName()).toHaveAccessibleDescription('Kun hvis du har valgt »Andet«, fx Discord.');
    await user.type(networkName()!, 'Discord');

    await user.click(within(account).getByRole('radio', { name: 'Mastodon' }));
    expect(networkName()).not.toBeInTheDocument();
    await user.click(within(account).getByRole('radio', { name: 'Andet' }));
    expect(networkName()).toHaveValue('Discord');

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Hvem gør hvad');
    expect(answers().roles.accounts).toMatchObject([{ network: 'other', networkName: 'Discord' }]);
  });

  it('shows the saved accounts when the page is opened again, in English', async () => {
    useDraft.getState().saveAnswers(
      {
        ...answers(),
        roles: {
          ...answers().roles,
          accounts: [
            { network: 'linkedin', networkName: '', handle: 'acme', purpose: '', owner: '', backup: '' },
            { network: 'youtube', networkName: '', handle: '@acme', purpose: '', owner: '', backup: '' },
          ],
        },
      },
      'roles',
    );
    const user = await openApp('/roles/accounts', 'en');
    await findHeading('Your official accounts');
    expect(within(item('Account 2')).getByRole('radio', { name: 'YouTube' })).toBeChecked();
    await user.click(removeButton('Remove', 'Account 2'));
    await user.click(removeButton('Remove', 'Account 1'));
    expect(screen.getByText('You have not added any accounts yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Who does what');
    expect(answers().roles.accounts).toEqual([]);
  });

  it('moves focus after Remove to the item that took its place, then to the one before, then to the list', async () => {
    const user = await openApp('/roles/responsibilities');
    await findHeading('Hvem gør hvad');
    for (let count = 0; count < 3; count += 1)
      await user.click(screen.getByRole('button', { name: /^Tilføj en opgave/ }));
    await user.click(removeButton('Fjern', 'Opgave 2'));
    expect(item('Opgave 2')).toHaveFocus();
    await user.click(removeButton('Fjern', 'Opgave 2'));
    expect(item('Opgave 1')).toHaveFocus();
    await user.click(removeButton('Fjern', 'Opgave 1'));
    expect(screen.getByRole('group', { name: /^Opgaver og hvem/ })).toHaveFocus();
  });

  it('takes back "add at least one" as soon as one is added', async () => {
    const user = await openApp('/crisis/contacts');
    await findHeading(/./);
    const required = 'Tilføj mindst én kontaktperson';
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: required }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilføj en kontaktperson' }));
    expect(screen.queryByText(required)).not.toBeInTheDocument();
  });

  it('points an error inside an item at that item’s field', async () => {
    const user = await openApp('/roles/responsibilities');
    await findHeading('Hvem gør hvad');
    await user.click(screen.getByRole('button', { name: 'Tilføj en opgave' }));
    await user.click(screen.getByRole('button', { name: 'Tilføj en opgave' }));
    const email = within(item('Opgave 2')).getByRole('textbox', { name: /^E-mailadresse/ });
    await user.type(email, 'ole.example.dk');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    const message = 'Skriv en e-mailadresse i det rigtige format, fx navn@firma.dk';
    // The summary names the item (its fields' labels repeat from item to item); the field's own
    // message, inside the item, need not.
    const link = within(await screen.findByRole('alert')).getByRole('link', { name: `Opgave 2: ${message}` });
    expect(link).toHaveAttribute('href', '#f-roles-responsibilities-1-email');
    expect(email).toHaveAccessibleDescription(new RegExp(`Fejl: ${message}$`));
    expect(within(item('Opgave 1')).getByRole('textbox', { name: /^E-mailadresse/ })).not.toBeInvalid();
    await user.click(link);
    expect(email).toHaveFocus();
  });
});

describe('a list of texts: other networks', () => {
  it('appears when "Andet" is ticked, and is edited in place like any list', async () => {
    const user = await openApp('/organisation/networks');
    await findHeading('Sociale medier');
    const others = () => screen.queryByRole('group', { name: optionalList('Andre netværk') });
    expect(others()).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Andet' }));
    expect(others()).toHaveAccessibleDescription(
      'Skriv navnet på ét netværk i hvert felt, fx Discord eller Strava.',
    );
    expect(within(others()!).getByText('Du har ikke tilføjet nogen netværk endnu.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilføj et netværk' }));
    const first = screen.getByRole('textbox', { name: /^Netværk 1/ });
    expect(first).toHaveFocus();
    await user.type(first, 'Discord');
    await user.click(screen.getByRole('button', { name: 'Tilføj et netværk mere' }));
    const second = screen.getByRole('textbox', { name: /^Netværk 2/ });
    expect(second).toHaveFocus();
    await user.type(second, 'Strava');

    await user.click(removeButton('Fjern', 'Netværk 1'));
    expect(screen.queryByRole('textbox', { name: /^Netværk 2/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Netværk 1/ })).toHaveValue('Strava');
    // Focus stays in the list, on the item that took the removed one's place.
    expect(screen.getByRole('group', { name: 'Netværk 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await findHeading('Om dokumentet');
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
    await findHeading('Fortrolige oplysninger');
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
