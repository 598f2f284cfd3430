// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput, type DocumentWording } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * "Adjust the wording": the policy clause by clause, where she leaves clauses out, rewords them,
 * adds her own and takes any of it back; every change saved in the draft at once, in the policy's
 * language (answers.wording[language]), the law-required clauses kept in.
 */

afterEach(resetApp);

/** A US private employer: its policy has the NLRA clause ("Your protected rights"), which is locked. */
function draft(language: 'da' | 'en', wording: Partial<DocumentWording> = {}, input: AnswersInput = {}) {
  useDraft.getState().start(
    answersSchema().parse({
      organisation: { name: 'Acme Inc.', country: 'US', sector: 'private' },
      ...input,
      policy: { ...input.policy, language },
      wording: { [language]: { edits: {}, added: [], ...wording } },
    }),
  );
}

const saved = (language: 'da' | 'en' = 'en') => useDraft.getState().answers.wording[language];

/** A clause on the page, by its heading as printed (number and all). */
const clause = (heading: RegExp) => screen.getByRole('article', { name: heading });

async function open(language: 'da' | 'en') {
  const user = await openApp('/wording', language);
  await findHeading(language === 'da' ? 'Tilpas teksten' : 'Adjust the wording');
  await screen.findAllByRole('article');
  return user;
}

describe('with the short version chosen', () => {
  it('says so, and lists the complete wording she edits (Danish)', async () => {
    draft('da', {}, { policy: { length: 'compact' } });
    await open('da');
    expect(screen.getByText(/^Du har valgt den korte udgave af politikken\./)).toBeInTheDocument();
    // A clause with a short wording is listed with its complete text and its sub-headings.
    const crisis = clause(/^\d+\.\d+ De første skridt$/);
    expect(within(crisis).getByText(/^Hvis nogen kommer til skade ved en ulykke/)).toBeInTheDocument();
  });
});

describe('leaving a clause out', () => {
  it('saves the omission and shows the clause as left out, with the way back (English)', async () => {
    draft('en');
    const user = await open('en');
    expect(document.title).toBe('Adjust the wording – Policy Builder');
    const passwords = clause(/^\d+\.\d+ Passwords and logging in$/);
    expect(within(passwords).queryByText('Left out')).toBeNull();

    await user.click(within(passwords).getByRole('button', { name: /^Leave out/ }));

    const edit = saved().edits['security.passwords'];
    expect(edit?.action).toBe('omit');
    expect(edit?.standard).toMatch(/\S/);
    // Listed where it was, its standard title struck out, no text, and its way back focused.
    const left = clause(/^Passwords and logging in$/);
    expect(within(left).getByText('Left out')).toBeInTheDocument();
    expect(within(left).getByText('This clause is left out of the policy.')).toBeInTheDocument();
    const back = within(left).getByRole('button', { name: /^Use the standard wording/ });
    await waitFor(() => expect(back).toHaveFocus());

    await user.click(back);
    expect(saved().edits).toEqual({});
    expect(within(clause(/^\d+\.\d+ Passwords and logging in$/)).queryByText('Left out')).toBeNull();
  });

  it('shows the lock reason instead of "Leave out" for a clause the law requires (English and Danish)', async () => {
    draft('en');
    await open('en');
    const rights = clause(/Your protected rights$/);
    expect(within(rights).getByText(/Can't be left out: .*NLRA/)).toBeInTheDocument();
    expect(within(rights).queryByRole('button', { name: /^Leave out/ })).toBeNull();
    expect(within(rights).getByRole('button', { name: /^Reword/ })).toBeInTheDocument();
    await resetApp();

    draft('da');
    await open('da');
    const danish = clause(/Dine beskyttede rettigheder$/);
    expect(within(danish).getByText(/^Kan ikke udelades:/)).toBeInTheDocument();
    expect(within(danish).queryByRole('button', { name: /^Udelad/ })).toBeNull();
  });
});

describe('answers from a file', () => {
  it('shows a law-required clause she asked to leave out as kept, with the way back to no edit', async () => {
    draft('en', {
      edits: { 'legal.protected-rights': { action: 'omit', title: '', text: '', standard: '' } },
    });
    const user = await open('en');
    const rights = clause(/^\d+\.\d+ Your protected rights$/);
    expect(within(rights).queryByText('Left out')).toBeNull();
    expect(within(rights).getByText(/Can't be left out/)).toBeInTheDocument();
    await user.click(within(rights).getByRole('button', { name: /^Use the standard wording/ }));
    expect(saved().edits).toEqual({});
  });

  it('lists her text without a heading after the clause it continues', async () => {
    draft('en', {
      added: [{ id: 'own-q1', after: 'security.updates', level: 'clause', title: '', text: 'And tablets.' }],
    });
    const user = await open('en');
    const articles = screen.getAllByRole('article');
    const untitled = clause(/^Your text without a heading$/);
    expect(articles.indexOf(untitled)).toBe(articles.indexOf(clause(/Updates$/)) + 1);
    expect(within(clause(/Updates$/)).getByText('And tablets.')).toBeInTheDocument();
    await user.click(within(untitled).getByRole('button', { name: /^Remove/ }));
    expect(saved().added).toEqual([]);
  });
});

describe('rewording a clause', () => {
  it('opens an editor with the standard wording and saves her text with the standard it replaced (Danish)', async () => {
    draft('da');
    const user = await open('da');
    const updates = () => clause(/Opdateringer$/);
    const reword = within(updates()).getByRole('button', { name: /^Omformulér/ });
    await user.click(reword);

    const form = within(updates()).getByRole('form', { name: /^Omformulér »\d+\.\d+ Opdateringer«$/ });
    const title = within(form).getByLabelText('Overskrift');
    const text = within(form).getByLabelText('Tekst');
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveValue('Opdateringer');
    const standard = (text as HTMLTextAreaElement).value;
    expect(standard).toMatch(/\S/);
    expect(within(form).getByText(/Nyt tekstafsnit: Lad en linje stå tom/)).toBeInTheDocument();

    await user.clear(text);
    await user.type(text, 'Vi opdaterer alt **hver** uge.');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));

    expect(saved('da').edits['security.updates']).toEqual({
      action: 'reword',
      title: '',
      text: 'Vi opdaterer alt **hver** uge.',
      standard,
    });
    expect(within(updates()).getByText('Omformuleret')).toBeInTheDocument();
    expect(within(updates()).getByText('hver').tagName).toBe('STRONG');
    await waitFor(() => expect(within(updates()).getByRole('button', { name: /^Omformulér/ })).toHaveFocus());
  });

  it('keeps the editor open with an error summary when the text is empty (English)', async () => {
    draft('en');
    const user = await open('en');
    const updates = () => clause(/Updates$/);
    await user.click(within(updates()).getByRole('button', { name: /^Reword/ }));
    const form = within(updates()).getByRole('form');
    await user.clear(within(form).getByLabelText('Heading'));
    await user.type(within(form).getByLabelText('Heading'), 'Keeping up to date');
    await user.clear(within(form).getByLabelText('Text'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const message = 'Enter the text of the clause, or leave the clause out instead';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#wording-editor-text',
    );
    await waitFor(() => expect(summary).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    // Nothing saved, nothing lost: the editor stays open with what she typed.
    expect(saved().edits).toEqual({});
    expect(within(form).getByLabelText('Heading')).toHaveValue('Keeping up to date');
    expect(within(form).getByText(message, { selector: '.ui-error-message' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(updates()).queryByRole('form')).toBeNull();
    await waitFor(() => expect(within(updates()).getByRole('button', { name: /^Reword/ })).toHaveFocus());
    await waitFor(() => expect(document.title).toBe('Adjust the wording – Policy Builder'));
  });
});

describe('adding a clause', () => {
  it('saves her clause after the clause she chose and shows it there, numbered (English)', async () => {
    draft('en');
    const user = await open('en');
    const passwords = clause(/Passwords and logging in$/);
    await user.click(within(passwords).getByRole('button', { name: /^Add a clause after/ }));
    const form = within(passwords).getByRole('form', { name: /^Add a clause after/ });
    expect(within(form).getByRole('radio', { name: 'As a clause in this section' })).toBeChecked();
    await user.type(within(form).getByLabelText('Heading'), 'Two-step login');
    await user.type(within(form).getByLabelText('Text'), 'Turn on two-step login everywhere.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const [own, ...others] = saved().added;
    expect(others).toEqual([]);
    expect(own).toMatchObject({
      after: 'security.passwords',
      level: 'clause',
      title: 'Two-step login',
      text: 'Turn on two-step login everywhere.',
    });
    expect(own?.id).toMatch(/^own-[a-z0-9]+$/);
    const added = clause(/^\d+\.\d+ Two-step login$/);
    expect(within(added).getByText('Your own')).toBeInTheDocument();
    expect(within(added).getByText('Turn on two-step login everywhere.')).toBeInTheDocument();
    // Right after the clause it follows.
    const articles = screen.getAllByRole('article');
    expect(articles.indexOf(added)).toBe(articles.indexOf(clause(/Passwords and logging in$/)) + 1);

    await user.click(within(added).getByRole('button', { name: /^Remove/ }));
    expect(saved().added).toEqual([]);
  });

  it('asks for a heading and text for her own clause (Danish)', async () => {
    draft('da');
    const user = await open('da');
    const updates = clause(/Opdateringer$/);
    await user.click(within(updates).getByRole('button', { name: /^Tilføj et afsnit efter/ }));
    await user.click(within(updates).getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Der er et problem')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Skriv en overskrift' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Skriv teksten til dit afsnit' })).toBeInTheDocument();
    expect(saved('da').added).toEqual([]);
  });
});

describe('resetting', () => {
  it('takes a reworded clause back to the standard wording', async () => {
    draft('en', {
      edits: { 'security.devices': { action: 'reword', title: 'Our kit', text: 'Lock it.', standard: '' } },
    });
    const user = await open('en');
    const devices = clause(/Our kit$/);
    expect(within(devices).getByText('Reworded')).toBeInTheDocument();
    await user.click(within(devices).getByRole('button', { name: /^Use the standard wording/ }));
    expect(saved().edits).toEqual({});
    expect(clause(/\d Devices$/)).toBeInTheDocument();
  });

  it('resets everything only after she confirms it (Danish)', async () => {
    draft('da', {
      edits: { 'security.devices': { action: 'omit', title: '', text: '', standard: '' } },
      added: [{ id: 'own-abc', after: 'security.passwords', level: 'clause', title: 'Egen', text: 'Tekst.' }],
    });
    const user = await open('da');
    await user.click(screen.getByRole('button', { name: 'Nulstil alt' }));
    const question = screen.getByRole('heading', {
      name: 'Vil du nulstille alle dine ændringer af teksten?',
    });
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Nej, behold mine ændringer' }));
    expect(saved('da').added).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Nulstil alt' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Nulstil alt' }));
    await user.click(screen.getByRole('button', { name: 'Ja, nulstil alt' }));
    expect(saved('da')).toEqual({ edits: {}, added: [] });
    expect(screen.queryByRole('button', { name: 'Nulstil alt' })).toBeNull();
  });
});

describe('a clause whose standard wording changed since she edited it', () => {
  const stale = {
    edits: {
      'security.updates': {
        action: 'reword',
        title: '',
        text: 'My own updates text.',
        standard: 'The old rule.',
      },
    },
  } as const;

  it('shows both standard wordings, and keeps her version against the new one (English)', async () => {
    draft('en', stale);
    const user = await open('en');
    const updates = clause(/Updates$/);
    const notice = within(updates).getByRole('region', {
      name: 'The standard wording has changed since you edited this clause',
    });
    expect(within(notice).getByText('The standard wording when you edited it')).toBeInTheDocument();
    expect(within(notice).getByText('The old rule.')).toBeInTheDocument();
    expect(within(notice).getByText('The standard wording now')).toBeInTheDocument();
    expect(within(updates).getByText('My own updates text.')).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Keep my version' }));
    const edit = saved().edits['security.updates'];
    expect(edit?.text).toBe('My own updates text.');
    expect(edit?.standard).not.toBe('The old rule.');
    expect(edit?.standard).toMatch(/\S/);
    expect(within(clause(/Updates$/)).queryByRole('region')).toBeNull();
  });

  it('takes the new standard wording instead (Danish)', async () => {
    draft('da', stale);
    const user = await open('da');
    const notice = within(clause(/Opdateringer$/)).getByRole('region', {
      name: 'Standardteksten er ændret, siden du rettede dette afsnit',
    });
    await user.click(within(notice).getByRole('button', { name: 'Brug den nye standardtekst' }));
    expect(saved('da').edits).toEqual({});
    expect(within(clause(/Opdateringer$/)).queryByRole('region')).toBeNull();
  });
});

describe('changes whose clause is not in this policy', () => {
  it('lists each with its text to copy, until she removes it (English)', async () => {
    draft('en', {
      edits: {
        'legal.gone': { action: 'reword', title: 'Old clause', text: 'Keep this text.', standard: 'x' },
      },
      added: [{ id: 'own-zz9', after: 'nowhere.clause', level: 'clause', title: 'Lost one', text: 'Mine.' }],
    });
    const user = await open('en');
    const box = screen.getByRole('region', { name: 'Changes to clauses that are not in this policy' });
    const text = within(box).getByRole('textbox', { name: 'Your wording of “Old clause”' });
    expect(text).toHaveValue('Keep this text.');
    expect(text).toHaveAttribute('readonly');
    expect(within(box).getByRole('textbox', { name: 'Your clause “Lost one”' })).toHaveValue('Mine.');

    await user.click(within(box).getByRole('button', { name: /^Remove ?Old clause$/ }));
    expect(saved().edits).toEqual({});
    expect(saved().added).toHaveLength(1);
    await user.click(within(box).getByRole('button', { name: /^Remove ?Lost one$/ }));
    expect(saved().added).toEqual([]);
    expect(
      screen.queryByRole('region', { name: 'Changes to clauses that are not in this policy' }),
    ).toBeNull();
  });
});
