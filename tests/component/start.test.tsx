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
 * and the draft in the browser is left as it was.
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
    const link = within(summary).getByRole('link', {
      name: /^Filen kunne ikke åbnes: \(file\): not valid JSON/,
    });
    expect(link).toHaveAttribute('href', '#f-answers-file');
    expect(input).toHaveAccessibleDescription(/Fejl: Filen kunne ikke åbnes: \(file\): not valid JSON/);
    await waitFor(() =>
      expect(document.title).toBe('Fejl: Lav jeres politik for sociale medier – Policy Builder'),
    );

    expect(window.location.pathname).toBe('/');
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
    expect(screen.getByText('Du har en kladde for Blåbær ApS.')).toBeInTheDocument();

    await user.click(link);
    expect(input).toHaveFocus();
  });

  it('names the answer that is wrong, in English', async () => {
    saveDraft('Blåbær ApS');
    const user = await openApp('/', 'en');
    await user.upload(
      screen.getByLabelText('Answers file (.json)'),
      jsonFile(JSON.stringify({ schemaVersion: 1, answers: { organisation: { name: 42 } } })),
    );
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getByRole('link')).toHaveTextContent(
      /^The file could not be opened: answers\.organisation\.name: .*expected string, received number/,
    );
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(useDraft.getState().answers.organisation.name).toBe('Blåbær ApS');
  });

  it('says so when the file is from a newer version', async () => {
    const user = await openApp('/', 'en');
    await user.upload(
      screen.getByLabelText('Answers file (.json)'),
      jsonFile(JSON.stringify({ schemaVersion: 99, answers: {} })),
    );
    expect(await screen.findByRole('link', { name: /newer version of Policy Builder/ })).toBeInTheDocument();
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
      /Filen kunne ikke åbnes: \(file\): expected an object/,
    );
    await user.upload(
      input,
      jsonFile(writeAnswersFile(answersSchema().parse({ organisation: { name: 'Acme' } }))),
    );
    await findHeading('Jeres politik for sociale medier');
    expect(useDraft.getState().answers.organisation.name).toBe('Acme');
  });
});
