// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { writeAnswersFile } from '@/domain/answers-file';
import { useDraft } from '@/features/draft/store';
import { captureDownloads } from '../support/downloads';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * A new policy, an example or an answers file takes the place of the draft in the browser only
 * once the user has said yes, on a page of its own that says what goes and what comes, and
 * offers the current answers as a file first. With no draft, nothing is asked.
 */

afterEach(resetApp);

const ASK = { da: 'Vil du erstatte din kladde?', en: 'Do you want to replace your draft?' };
const TASKS = { da: 'Jeres politik for sociale medier', en: 'Your social media policy' };

function saveDraft(name: string) {
  useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name } }), 'organisation');
  useDraft.getState().setPartStatus('roles', 'completed');
}

const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const goodFile = () =>
  jsonFile(writeAnswersFile(answersSchema().parse({ organisation: { name: 'Fra Filen ApS' } })), 'acme.json');

type User = Awaited<ReturnType<typeof openApp>>;
const ways = {
  'Start a new policy': {
    act: (user: User) => user.click(screen.getByRole('button', { name: 'Start en ny politik' })),
    says: 'Din kladde for Blåbær ApS bliver erstattet af en ny, tom politik.',
    then: '',
    status: 'notStarted',
  },
  'an example': {
    act: async (user: User) => {
      await user.selectOptions(screen.getByLabelText('Eksempel'), 'dk-municipality');
      await user.click(screen.getByRole('button', { name: 'Start med eksemplet' }));
    },
    says: 'Din kladde for Blåbær ApS bliver erstattet af eksemplet Lindebjerg Kommune – dansk kommune med 250+ ansatte.',
    then: 'Lindebjerg Kommune',
    // An example's parts are to be checked, never completed (examples.test.tsx).
    status: 'toCheck',
  },
  'an answers file': {
    act: (user: User) => user.upload(screen.getByLabelText('Svarfil (.json)'), goodFile()),
    says: 'Din kladde for Blåbær ApS bliver erstattet af svarene i acme.json.',
    then: 'Fra Filen ApS',
    status: 'notStarted',
  },
};

describe.each(Object.entries(ways))('%s over a draft', (_, way) => {
  it('asks first, and "No" keeps the draft as it was', async () => {
    saveDraft('Blåbær ApS');
    const before = window.localStorage.getItem('policy-builder-draft');
    const user = await openApp('/');
    await way.act(user);

    const heading = await findHeading(ASK.da);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.pathname).toBe('/replace');
    expect(screen.getByText(way.says)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Vil du erstatte din kladde? – Policy Builder'));
    // Asking changed nothing yet.
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');

    await user.click(screen.getByRole('button', { name: 'Nej, behold min kladde' }));
    await findHeading('Lav jeres politik for sociale medier');
    expect(window.location.pathname).toBe('/');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
    expect(useDraft.getState().progress.roles).toBe('completed');
    expect(window.localStorage.getItem('policy-builder-draft')).toBe(before);
    expect(screen.getByText('Du har en kladde for Blåbær ApS.')).toBeInTheDocument();
  });

  it('replaces the draft when the user says yes', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/');
    await way.act(user);
    await findHeading(ASK.da);
    await user.click(screen.getByRole('button', { name: 'Ja, erstat min kladde' }));

    await findHeading(TASKS.da);
    expect(window.location.pathname).toBe('/tasks');
    expect(useDraft.getState().answers.organisation.name).toBe(way.then);
    expect(useDraft.getState().progress.roles).toBe(way.status);
    // The question is not left in the history for Back to land on.
    window.history.back();
    await findHeading('Lav jeres politik for sociale medier');
  });
});

describe('with no draft', () => {
  it.each(Object.entries(ways))('%s: nothing is asked', async (_, way) => {
    const user = await openApp('/');
    await way.act(user);
    await findHeading(TASKS.da);
    expect(screen.queryByRole('heading', { name: ASK.da })).not.toBeInTheDocument();
    expect(window.location.pathname).toBe('/tasks');
    expect(useDraft.getState()).toMatchObject({
      started: true,
      answers: { organisation: { name: way.then } },
    });
  });
});

describe('the question', () => {
  it('offers the current answers as a file first, and keeps the draft while doing so', async () => {
    const files = captureDownloads();
    saveDraft('Blåbær ApS');
    const user = await openApp('/', 'en');
    await user.click(screen.getByRole('button', { name: 'Start a new policy' }));
    await findHeading(ASK.en);
    expect(
      screen.getByText('Your draft for Blåbær ApS will be replaced by a new, empty policy.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save your current answers as a file' }));
    expect(files.map((file) => file.name)).toEqual(['answers-blaabaer-aps.json']);
    const saved = JSON.parse(await files[0]!.blob.text()) as { answers: { organisation: { name: string } } };
    expect(saved.answers.organisation.name).toBe('Blåbær ApS');
    expect(screen.getByText('answers-blaabaer-aps.json has been downloaded.')).toHaveRole('status');
    expect(screen.getByRole('heading', { level: 1, name: ASK.en })).toBeInTheDocument();
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
  });

  it('names an unnamed draft as such, and goes back with the Back link', async () => {
    useDraft.getState().setPartStatus('roles', 'inProgress');
    useDraft.getState().setPageDraft('about', { organisation: { name: '' } });
    const user = await openApp('/replace?with=new', 'en');
    await findHeading(ASK.en);
    expect(
      screen.getByText('Your draft for an unnamed organisation will be replaced by a new, empty policy.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await findHeading('Write your social media policy');
    expect(useDraft.getState().progress.roles).toBe('inProgress');
  });

  it('sends the user back to open a file again when it was forgotten in a reload', async () => {
    saveDraft('Blåbær ApS');
    await openApp('/replace?with=file');
    await findHeading('Lav jeres politik for sociale medier');
    expect(window.location.pathname).toBe('/');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
  });

  it('knows no example by a name that is not one', async () => {
    saveDraft('Blåbær ApS');
    await openApp('/replace?with=example:nope');
    await findHeading('Siden findes ikke');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
  });
});

describe('an answers file with fields the app does not know', () => {
  const withUnknownFields = (count = 2) =>
    jsonFile(
      JSON.stringify({
        schemaVersion: 1,
        answers: {
          organisation: {
            name: 'Fra Filen ApS',
            ...Object.fromEntries(Array.from({ length: count - 1 }, (_, index) => [`foo${index + 1}`, 1])),
          },
          roles: { accounts: [{ network: 'linkedin', handel: '@fra-filen' }] },
        },
      }),
      'acme.json',
    );

  it('with no draft: says which fields will be left out before the file is opened', async () => {
    const user = await openApp('/');
    await user.upload(screen.getByLabelText('Svarfil (.json)'), withUnknownFields());

    const heading = await findHeading('Noget af filen bliver ikke brugt');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText('Policy Builder kender ikke disse felter i acme.json, så de bliver udeladt:'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'answers.organisation.foo1',
      'answers.roles.accounts.0.handel',
    ]);
    await waitFor(() => expect(document.title).toBe('Noget af filen bliver ikke brugt – Policy Builder'));
    // Nothing has happened yet.
    expect(useDraft.getState().started).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Åbn filen uden dem' }));
    await findHeading(TASKS.da);
    expect(window.location.pathname).toBe('/tasks');
    expect(useDraft.getState()).toMatchObject({
      started: true,
      answers: { organisation: { name: 'Fra Filen ApS' }, roles: { accounts: [{ network: 'linkedin' }] } },
    });
  });

  it('with no draft: "No" opens nothing', async () => {
    const user = await openApp('/', 'en');
    await user.upload(screen.getByLabelText('Answers file (.json)'), withUnknownFields());
    await findHeading('Some of the file will not be used');
    expect(
      screen.getByText("Policy Builder doesn't know these fields in acme.json, so they will be left out:"),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    await findHeading('Write your social media policy');
    expect(window.location.pathname).toBe('/');
    expect(useDraft.getState().started).toBe(false);
  });

  it('over a draft: lists them on the question, five at most', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/', 'en');
    await user.upload(screen.getByLabelText('Answers file (.json)'), withUnknownFields(8));

    await findHeading(ASK.en);
    expect(
      screen.getByText('Your draft for Blåbær ApS will be replaced by the answers in acme.json.'),
    ).toBeInTheDocument();
    const ignored = screen.getByRole('heading', { level: 2, name: 'Some of the file will not be used' });
    expect(
      within(ignored.parentElement!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'answers.organisation.foo1',
      'answers.organisation.foo2',
      'answers.organisation.foo3',
      'answers.organisation.foo4',
      'answers.organisation.foo5',
      'and 3 more fields',
    ]);
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');

    await user.click(screen.getByRole('button', { name: 'Yes, replace my draft' }));
    await findHeading(TASKS.en);
    expect(useDraft.getState().answers.organisation.name).toBe('Fra Filen ApS');
  });

  it('a file with no such fields says nothing of them', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/');
    await user.upload(screen.getByLabelText('Svarfil (.json)'), goodFile());
    await findHeading(ASK.da);
    expect(
      screen.queryByRole('heading', { name: 'Noget af filen bliver ikke brugt' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
