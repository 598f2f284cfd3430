// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { writeAnswersFile } from '@/domain/answers-file';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * The start page: a new policy, or carrying on from an answers file. A file that can't be read
 * is reported like any other problem (error summary, inline message, "Fejl: " in the title),
 * in a sentence or two that name its wrong answers as the wizard does, and the draft in the
 * browser is left as it was.
 */

afterEach(resetApp);

const jsonFile = (text: string, name = 'svar.json') => new File([text], name, { type: 'application/json' });

function saveDraft(name: string) {
  useDraft.getState().saveAnswers(answersSchema().parse({ organisation: { name } }), 'organisation');
}

describe('the start page', () => {
  it('starts a new policy in the language of the page', async () => {
    const user = await openApp('/', 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Write your social media policy' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a new policy' }));
    // The task list loads on first visit; focus moves to its heading once it is there.
    const heading = await findHeading('Your social media policy');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.pathname).toBe('/tasks');
    expect(useDraft.getState()).toMatchObject({ started: true, answers: { policy: { language: 'en' } } });
  });

  it('offers to continue a draft, named after the organisation', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/');
    expect(screen.getByText('Du har en kladde for Blåbær ApS.')).toBeInTheDocument();
    // Replacing it asks first (replace-draft.test.tsx), so no warning is needed here.
    expect(screen.queryByText(/bliver erstattet/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortsæt med din kladde' }));
    await findHeading('Jeres politik for sociale medier');
  });
});

describe('opening an answers file', () => {
  it('reports a file that is not JSON, and keeps the current draft', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/');
    const input = screen.getByLabelText('Svarfil (.json)');
    expect(input).toHaveAccessibleDescription(
      'Har du gemt dine svar som fil tidligere, kan du fortsætte herfra.',
    );
    await user.upload(input, jsonFile('{ det her er ikke json'));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'Der er et problem' })).toBeInTheDocument();
    const message = 'Filen kunne ikke åbnes, fordi den ikke er en JSON-fil eller er beskadiget';
    const link = within(summary).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#f-answers-file');
    expect(input).toHaveAccessibleDescription(
      `Har du gemt dine svar som fil tidligere, kan du fortsætte herfra. Fejl: ${message}`,
    );
    await waitFor(() =>
      expect(document.title).toBe('Fejl: Lav jeres politik for sociale medier – Policy Builder'),
    );

    expect(window.location.pathname).toBe('/');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
    expect(screen.getByText('Du har en kladde for Blåbær ApS.')).toBeInTheDocument();

    await user.click(link);
    expect(input).toHaveFocus();
  });

  const wrongAnswers = JSON.stringify({
    schemaVersion: 1,
    answers: {
      organisation: { name: 42 },
      roles: { responsibilities: [{ area: 'posting' }, { area: 'crisis', email: 'ida@' }] },
    },
  });

  it.each([
    {
      locale: 'da' as const,
      label: 'Svarfil (.json)',
      title: 'Der er et problem',
      headline: 'Filen kunne ikke åbnes, fordi 2 af svarene i den er ugyldige',
      problems: [
        '»Organisationens navn« skal være tekst',
        '»Opgave 2 – E-mailadresse« er ikke en gyldig e-mailadresse',
      ],
      titlePrefix: 'Fejl: ',
    },
    {
      locale: 'en' as const,
      label: 'Answers file (.json)',
      title: 'There is a problem',
      headline: 'The file could not be opened because 2 of its answers are not valid',
      problems: [
        '‘Name of your organisation’ must be text',
        '‘Task 2 – Email address’ is not a valid email address',
      ],
      titlePrefix: 'Error: ',
    },
  ])('names the answers that are wrong in the wizard’s words ($locale)', async (words) => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/', words.locale);
    const input = screen.getByLabelText(words.label);
    await user.upload(input, jsonFile(wrongAnswers));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: words.title })).toBeInTheDocument();
    expect(within(summary).getByRole('link')).toHaveTextContent(words.headline);
    // By the field: the same words, and which answers.
    const error = document.getElementById('f-answers-file-error')!;
    expect(error).toHaveTextContent(words.headline);
    expect(
      within(error)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(words.problems);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(words.problems.join(' ')));
    // Short: zod's words, dotted paths and patterns stay out of it.
    expect(error.textContent).not.toMatch(/answers\.|Invalid|expected|\^/);
    await waitFor(() => expect(document.title).toMatch(new RegExp(`^${words.titlePrefix}`)));
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
  });

  it('lists five wrong answers at most, and counts the rest', async () => {
    const user = await openApp('/', 'en');
    const contacts = Array.from({ length: 9 }, (_, index) => ({ email: `nobody ${index}` }));
    await user.upload(
      screen.getByLabelText('Answers file (.json)'),
      jsonFile(JSON.stringify({ schemaVersion: 1, answers: { crisis: { contacts } } })),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be opened because 9 of its answers are not valid',
    );
    const items = within(document.getElementById('f-answers-file-error')!).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '‘Contact 1 – Email address’ is not a valid email address',
      '‘Contact 2 – Email address’ is not a valid email address',
      '‘Contact 3 – Email address’ is not a valid email address',
      '‘Contact 4 – Email address’ is not a valid email address',
      '‘Contact 5 – Email address’ is not a valid email address',
      'and 4 more answers',
    ]);
    expect(useDraft.getState().started).toBe(false);
  });

  it('says it again in the other language when the language is switched', async () => {
    const user = await openApp('/');
    await user.upload(
      screen.getByLabelText('Svarfil (.json)'),
      jsonFile(JSON.stringify({ schemaVersion: 1, answers: { organisation: { listed: 'ja' } } })),
    );
    const error = await screen.findByText('»Er organisationen børsnoteret?« skal være ja eller nej');
    expect(error).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read in English' }));
    expect(
      await screen.findByText('‘Is the organisation listed on a stock exchange?’ must be yes or no'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file could not be opened because one of its answers is not valid',
    );
  });

  it('says so when the file is from a newer version', async () => {
    const user = await openApp('/', 'en');
    await user.upload(
      screen.getByLabelText('Answers file (.json)'),
      jsonFile(JSON.stringify({ schemaVersion: 99, answers: {} })),
    );
    expect(
      await screen.findByRole('link', {
        name: 'The file could not be opened because it was saved by a newer version of Policy Builder',
      }),
    ).toBeInTheDocument();
    expect(useDraft.getState().started).toBe(false);
  });

  it('loads a good file, replacing the draft once the user says yes, and goes to the task list', async () => {
    saveDraft('Gammel kladde');
    useDraft.getState().setPartStatus('roles', 'completed');
    const saved = answersSchema().parse({
      organisation: { name: 'Blåbær ApS', networks: ['linkedin'] },
      policy: { owner: { name: 'Mette Holm', email: 'mh@blåbær.dk' } },
    });
    const user = await openApp('/');
    await user.upload(screen.getByLabelText('Svarfil (.json)'), jsonFile(writeAnswersFile(saved)));
    await findHeading('Vil du erstatte din kladde?');
    await user.click(screen.getByRole('button', { name: 'Ja, erstat min kladde' }));

    await findHeading('Jeres politik for sociale medier');
    expect(window.location.pathname).toBe('/tasks');
    expect(useDraft.getState().answers).toEqual(saved);
    expect(screen.getByRole('link', { name: 'Roller og ansvar' })).toHaveAccessibleDescription(
      'Ikke startet',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears an earlier problem once a good file is opened', async () => {
    const user = await openApp('/');
    const input = screen.getByLabelText('Svarfil (.json)');
    await user.upload(input, jsonFile('[]'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen kunne ikke åbnes, fordi den ikke er en svarfil fra Policy Builder',
    );
    await user.upload(
      input,
      jsonFile(writeAnswersFile(answersSchema().parse({ organisation: { name: 'Acme' } }))),
    );
    await findHeading('Jeres politik for sociale medier');
    expect(useDraft.getState().answers.organisation.name).toBe('Acme');
  });
});
