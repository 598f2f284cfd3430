// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema, PARTS } from '@/domain/answers';
import { navigate } from '@/components/navigation/router';
import { useDraft } from '@/features/draft/store';
import { loadExample } from '@/features/examples/examples';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * An example is a starting point, never content: its answers are marked "Example answer" until
 * the user changes or confirms them, its history stays behind, its parts are to be checked (never
 * completed), and creating the policy with any of that left is a choice the user makes explicitly.
 */

afterEach(resetApp);

type User = Awaited<ReturnType<typeof openApp>>;

const TASKS = { da: 'Jeres politik for sociale medier', en: 'Your social media policy' };

async function startFromExample(locale: 'da' | 'en', id = 'dk-software-company'): Promise<User> {
  const user = await openApp('/', locale);
  await user.selectOptions(screen.getByLabelText(locale === 'da' ? 'Eksempel' : 'Example'), id);
  await user.click(
    screen.getByRole('button', { name: locale === 'da' ? 'Start med eksemplet' : 'Start from this example' }),
  );
  await findHeading(TASKS[locale]);
  return user;
}

/** A draft started from an example, as the start page starts it, without opening the app. */
async function exampleDraft(id: string): Promise<void> {
  useDraft.getState().start(await loadExample(id), { fromExample: true });
}

/** The part's link on the task list, described by its status. */
const part = (name: string) => within(screen.getByRole('list')).getByRole('link', { name });

/** The answer shown next to a question on a check page. */
function answerTo(question: string): HTMLElement {
  const term = screen.queryAllByRole('term').find((candidate) => candidate.textContent === question);
  if (!term) throw new Error(`No question "${question}" on the page`);
  return within(term.parentElement!).getAllByRole('definition')[0]!;
}

const marked = () => useDraft.getState().exampleAnswers;

describe('a draft started from an example', () => {
  it('has every part to check, none completed, and none of the example’s history', async () => {
    await startFromExample('da');
    const parts = within(screen.getByRole('list')).getAllByRole('link');
    expect(parts).toHaveLength(PARTS.length);
    for (const link of parts) expect(link).toHaveAccessibleDescription('Skal tjekkes');
    // A part to check opens on its first question, like one not started.
    expect(parts[0]).toHaveAttribute('href', '/organisation/about');
    expect(screen.getByText('Du er færdig med 0 af 8 dele.')).toBeInTheDocument();
    expect(screen.getByText(/^Du startede med et eksempel\./)).toBeInTheDocument();

    const { answers } = useDraft.getState();
    expect(answers.organisation.name).toBe('Lyngbølge Software A/S');
    expect(answers.policy.revisions).toEqual([]);
    expect(answers.policy.version).toBe('1.0');
    expect(marked()).toContain('policy.owner.email');
  });

  it('says so in English too', async () => {
    await startFromExample('en', 'uk-retail');
    for (const link of within(screen.getByRole('list')).getAllByRole('link'))
      expect(link).toHaveAccessibleDescription('Check this part');
    expect(screen.getByText('You have completed 0 of 8 parts.')).toBeInTheDocument();
    expect(useDraft.getState().answers.policy.revisions).toEqual([]);
  });

  it('shows "Example answer" at each example answer until it is changed, and Continue confirms the page', async () => {
    const user = await startFromExample('da');
    await user.click(part('Jeres organisation'));
    await findHeading('Om jeres organisation');
    const name = screen.getByRole('textbox', { name: 'Organisationens navn' });
    expect(name).toHaveAccessibleDescription(/^Eksempelsvar/);
    await user.clear(name);
    await user.type(name, 'Min Egen ApS');
    // Changed: the user's own now, even before Continue.
    expect(name).not.toHaveAccessibleDescription(/Eksempelsvar/);

    window.history.pushState(null, '', '/organisation/owner');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await findHeading('Ansvarlig for politikken');
    const owner = screen.getByRole('textbox', { name: /^Personens navn/ });
    expect(owner).toHaveAccessibleDescription(/^Eksempelsvar/);
    expect(screen.getByRole('textbox', { name: 'E-mailadresse' })).toHaveAccessibleDescription(
      /^Eksempelsvar/,
    );
    expect(screen.getAllByText('Eksempelsvar')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));

    await findHeading('Tidligere udgaver');
    // Confirmed by Continue: what the page showed, and nothing else.
    expect(marked()).not.toContain('policy.owner.name');
    expect(marked()).not.toContain('policy.owner.email');
    // Typed but not yet confirmed: still the example's in the draft (the page shows the typing).
    expect(marked()).toContain('organisation.name');
    expect(useDraft.getState().answers.policy.owner.name).toBe('Maja Thorsen');

    await user.click(screen.getByRole('link', { name: 'Tilbage' }));
    await findHeading('Ansvarlig for politikken');
    expect(screen.queryByText('Eksempelsvar')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Personens navn/ })).toHaveValue('Maja Thorsen');
  });

  it('tags a whole list as an example answer', async () => {
    await exampleDraft('uk-retail');
    const user = await openApp('/roles/accounts', 'en');
    await findHeading('Your official accounts');
    expect(screen.getByRole('region', { name: /^Official accounts/ })).toHaveAccessibleDescription(
      /^Example answer/,
    );
    // And on each account's own page, until it is changed.
    await user.click(screen.getAllByRole('link', { name: /^Change ?account 1/ })[0]!);
    await findHeading('Account 1');
    expect(screen.getByText('Example answer')).toBeInTheDocument();
  });

  it('shows the tags on a part’s check page, where "completed" confirms what it shows', async () => {
    await exampleDraft('uk-retail');
    const user = await openApp('/organisation/check', 'en');
    await findHeading('Check your answers: Your organisation');
    expect(within(answerTo('Name of your organisation')).getByText('Example answer')).toBeInTheDocument();
    expect(
      screen.getByText(
        'When you mark the part as completed, the answers marked ‘Example answer’ become your own.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark as completed and continue' }));
    await findHeading('Who speaks for the organisation');
    act(() => navigate('/tasks'));

    await findHeading(TASKS.en);
    expect(part('Your organisation')).toHaveAccessibleDescription('Completed');
    expect(part('Roles and responsibilities')).toHaveAccessibleDescription('Check this part');
    expect(screen.getByText('You have completed 1 of 8 parts.')).toBeInTheDocument();
    expect(marked().filter((path) => path.startsWith('organisation.'))).toEqual([]);
    expect(marked()).toContain('roles.spokespeople');
  });
});

describe('creating the policy', () => {
  it('lists the parts not completed and the example answers, and asks before creating it', async () => {
    const user = await startFromExample('da');
    await user.click(screen.getByRole('link', { name: 'Tjek dine svar og lav politikken' }));
    await findHeading('Tjek dine svar');

    const remaining = screen.getByRole('region', { name: 'Endnu ikke tjekket' });
    const parts = within(remaining)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('href')!.endsWith('/check'));
    expect(parts.map((link) => link.textContent)).toHaveLength(8);
    expect(parts[0]).toHaveAttribute('href', '/organisation/check');
    expect(parts[0]).toHaveAccessibleDescription('Skal tjekkes');
    expect(within(remaining).getByRole('link', { name: /^Personens navn/ })).toHaveAttribute(
      'href',
      '/organisation/owner?return=%2Fcheck#f-policy-owner-name',
    );
    // A hidden answer is not listed: this example's staff wear no uniform.
    expect(marked()).toContain('personal.uniformRule');
    expect(within(remaining).queryByRole('link', { name: /uniform/i })).not.toBeInTheDocument();
    // The answers below carry the tag too.
    expect(within(answerTo('Organisationens navn')).getByText('Eksempelsvar')).toBeInTheDocument();

    // Create without choosing: an error, nothing created.
    await user.click(screen.getByRole('button', { name: 'Lav politikken' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const message =
      'Bekræft, at du vil lave politikken med det, der endnu ikke er tjekket, eller tjek det først';
    const link = within(summary).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#f-create-anyway');
    await waitFor(() => expect(document.title).toBe('Fejl: Tjek dine svar – Policy Builder'));
    expect(window.location.pathname).toBe('/check');
    const box = screen.getByRole('checkbox', {
      name: 'Lav politikken med de dele, der ikke er færdige, og eksempelsvarene, som de er',
    });
    expect(screen.getByRole('group', { name: 'Før du laver politikken' })).toHaveAccessibleDescription(
      `Fejl: ${message}`,
    );
    await user.click(link);
    expect(box).toHaveFocus();

    // The explicit choice.
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Lav politikken' }));
    await findHeading('Jeres politik er klar');
    expect(window.location.pathname).toBe('/result');
  });

  it('a Change link there leads to the question and back, and the answer is no longer listed', async () => {
    await exampleDraft('uk-retail');
    const user = await openApp('/check', 'en');
    await findHeading('Check your answers');
    const remaining = screen.getByRole('region', { name: 'Not checked yet' });
    await user.click(within(remaining).getByRole('link', { name: /^Name of your organisation/ }));
    const name = await screen.findByRole('textbox', { name: 'Name of your organisation' });
    await waitFor(() => expect(name).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Check your answers');
    expect(
      within(screen.getByRole('region', { name: 'Not checked yet' })).queryByRole('link', {
        name: /^Name of your organisation/,
      }),
    ).not.toBeInTheDocument();
    expect(answerTo('Name of your organisation')).not.toHaveTextContent('Example answer');
  });

  it('asks about parts not completed in a policy of one’s own too', async () => {
    useDraft.getState().start(answersSchema().parse({ organisation: { name: 'Acme Ltd' } }));
    const user = await openApp('/check', 'en');
    await findHeading('Check your answers');
    const remaining = screen.getByRole('region', { name: 'Not checked yet' });
    expect(within(remaining).queryByRole('heading', { name: 'Answers still from the example' })).toBeNull();
    expect(within(remaining).getByRole('link', { name: 'Security' })).toHaveAttribute(
      'href',
      '/security/passwords',
    );
    await user.click(screen.getByRole('button', { name: 'Create the policy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Confirm that you want to create the policy with what is not checked yet, or check it first',
    );
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Create the policy with the parts that are not completed as they are',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Create the policy' }));
    await findHeading('Your policy is ready');
  });

  it('creates it at once when every part is completed and no example answer is left', async () => {
    useDraft.getState().start(answersSchema().parse({ organisation: { name: 'Acme Ltd' } }));
    for (const name of PARTS) useDraft.getState().setPartStatus(name, 'completed');
    const user = await openApp('/check', 'en');
    await findHeading('Check your answers');
    expect(screen.queryByRole('region', { name: 'Not checked yet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the policy' }));
    await findHeading('Your policy is ready');
    expect(window.location.pathname).toBe('/result');
  });
});
