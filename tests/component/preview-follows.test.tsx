// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { loadTemplate } from '@/document/load-node';
import { renderPolicy } from '@/document/render';
import { affectedParts } from '@/features/preview/affected';
import { PolicyPreview } from '@/features/preview/PolicyPreview';
import { findHeading, openApp, resetApp } from '../support/app';

/**
 * The preview beside a question page marks what that page's answers change (with words, not
 * colour alone), lights up what changes as the user types, and keeps the inspiration to one line
 * until it is opened. The result page and print get the policy without any of it.
 */

afterEach(resetApp);

const marked = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.policy-clause--marked')];

describe('the preview beside the profiles page (section 6)', () => {
  it('marks the clause the disclaimer is printed in, and finds what is typed there', async () => {
    const user = await openApp('/personal/profiles', 'en');
    await findHeading('Naming you in their profiles');
    const preview = screen.getByRole('region', { name: 'The policy as it stands' });
    await user.click(screen.getByRole('radio', { name: 'Yes, with a disclaimer' }));
    await user.type(
      screen.getByRole('textbox', { name: /^Wording of the disclaimer/ }),
      'Zebra words of mine',
    );

    await waitFor(() =>
      expect(marked(preview).map((clause) => clause.dataset.clause)).toContain('personal.naming-us'),
    );
    for (const clause of marked(preview)) {
      expect(clause.dataset.clause).toMatch(/^personal(\.|$)/);
      expect(within(clause).getByText('From your answers here')).toBeInTheDocument();
    }
    const naming = preview.querySelector<HTMLElement>('[data-clause="personal.naming-us"]')!;
    await waitFor(() => expect(naming).toHaveTextContent('Zebra words of mine'));
    // Unmarked clauses carry no mark's words.
    const others = [...preview.querySelectorAll<HTMLElement>('.policy-clause:not(.policy-clause--marked)')];
    expect(others.length).toBeGreaterThan(0);
    for (const clause of others) expect(clause).not.toHaveTextContent('From your answers here');
  });

  it('keeps the inspiration to one button, closed until opened', async () => {
    const user = await openApp('/personal/profiles', 'en');
    await findHeading('Naming you in their profiles');
    const aside = screen.getByRole('complementary', { name: 'The policy as it stands' });
    const idea = within(aside).getByRole('button', { name: /^Inspiration/ });
    expect(idea).toHaveAttribute('aria-expanded', 'false');
    const text = document.getElementById(idea.getAttribute('aria-controls')!)!;
    expect(text).not.toBeVisible();
    await user.click(idea);
    expect(idea).toHaveAttribute('aria-expanded', 'true');
    expect(text).toBeVisible();
  });
});

describe('the preview beside a list item’s own page', () => {
  it('marks the clauses the list changes and shows the item as it is typed', async () => {
    const user = await openApp('/roles/accounts/new', 'en');
    await findHeading('Account 1');
    const preview = screen.getByRole('region', { name: 'The policy as it stands' });
    await user.type(screen.getByRole('textbox', { name: 'Account name or address' }), '@zebra.example');
    await waitFor(() =>
      expect(marked(preview).map((clause) => clause.dataset.clause)).toContain('roles.official-accounts'),
    );
    // The account list itself is an annex, marked too.
    await waitFor(() =>
      expect(marked(preview).some((clause) => clause.textContent?.includes('@zebra.example'))).toBe(true),
    );
  });
});

describe('the policy with and without marks', () => {
  const answers = answersSchema().parse({
    personal: { employerInBio: 'withDisclaimer', disclaimer: 'First words' },
  });
  const bundle = loadTemplate('en');
  const policy = (disclaimer: string) =>
    renderPolicy({
      answers: { ...answers, personal: { ...answers.personal, disclaimer } },
      bundle,
      today: '2026-11-24',
    });
  const mark = { parts: new Set(['personal.naming-us']), label: 'From your answers here' };

  it('lights up only the clause whose text changed, each time it changes', () => {
    const { container, rerender } = render(<PolicyPreview document={policy('First words')} mark={mark} />);
    const naming = container.querySelector('[data-clause="personal.naming-us"]')!;
    const changed = () => [...container.querySelectorAll('[class*="policy-clause--changed"]')];
    expect(changed()).toEqual([]);
    rerender(<PolicyPreview document={policy('Second words')} mark={mark} />);
    expect(changed()).toEqual([naming]);
    const first = naming.className;
    rerender(<PolicyPreview document={policy('Third words')} mark={mark} />);
    // Another class name each time, so the animation starts again.
    expect(naming.className).not.toBe(first);
    expect(changed()).toEqual([naming]);
  });

  it('marks an annex by its file’s id, as the template is read', () => {
    const withContacts = answersSchema().parse({
      crisis: { contacts: [{ name: 'Ole', phone: '12 34 56 78' }] },
    });
    const document = renderPolicy({ answers: withContacts, bundle, today: '2026-11-24' });
    const parts = new Set(affectedParts(bundle, ['crisis.contacts']));
    const { container } = render(
      <PolicyPreview document={document} mark={{ parts, label: 'From your answers here' }} />,
    );
    const ids = [...container.querySelectorAll<HTMLElement>('.policy-clause--marked')].map(
      (clause) => clause.dataset.clause,
    );
    expect(ids).toEqual([...parts]);
    expect(ids).toContain('annex-contacts');
  });

  it('prints no marks and no clause boxes without a mark (the result page, print)', () => {
    const { container } = render(<PolicyPreview document={policy('First words')} />);
    expect(container.querySelector('.policy-clause')).toBeNull();
    expect(container).not.toHaveTextContent('From your answers here');
    expect(container).toHaveTextContent('First words');
  });
});
