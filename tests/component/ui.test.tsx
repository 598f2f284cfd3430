// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, type MouseEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/ErrorSummary';
import { Checkboxes, DateInput, Radios, Textarea, TextInput } from '@/components/ui/Field';
import { BackLink, Button, Details, SummaryList, Tag } from '@/components/ui/Layout';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const options = [
  { value: 'private', label: 'Private company' },
  { value: 'public', label: 'Public authority', hint: 'A municipality, region or state agency' },
  { value: 'nonprofit', label: 'Association or foundation' },
];

interface Values {
  name: string;
  email: string;
  purpose: string;
  date: string;
  sector: string;
  networks: string[];
}

/** A real react-hook-form form, as the wizard uses them. */
function Form({
  onValues,
  errors = {},
}: {
  onValues?: (values: Values) => void;
  errors?: Partial<Record<keyof Values, string>>;
}) {
  // progressive: register() then also returns `required`, which the components must leave off.
  const { register, handleSubmit } = useForm<Values>({
    progressive: true,
    defaultValues: { name: '', email: '', purpose: '', date: '', sector: '', networks: [] },
  });
  return (
    <form noValidate onSubmit={handleSubmit((values) => onValues?.(values))}>
      <TextInput
        id="name"
        label="Organisation name"
        hint="As it is registered"
        error={errors.name}
        errorPrefix="Error:"
        registration={register('name', { required: true })}
        autoComplete="organization"
        width="long"
      />
      <TextInput
        id="email"
        label="Contact email"
        optional="(optional)"
        errorPrefix="Error:"
        inputMode="email"
        registration={register('email')}
      />
      <Textarea
        id="purpose"
        label="Purpose"
        errorPrefix="Error:"
        error={errors.purpose}
        registration={register('purpose')}
      />
      <DateInput id="date" label="Takes effect on" errorPrefix="Error:" registration={register('date')} />
      <Radios
        idPrefix="sector"
        legend="Which sector are you in?"
        hint="Choose the closest"
        error={errors.sector}
        errorPrefix="Error:"
        options={options}
        registration={register('sector')}
      />
      <Checkboxes
        idPrefix="networks"
        legend="Which networks do you use?"
        optional="(optional)"
        errorPrefix="Error:"
        options={[
          { value: 'facebook', label: 'Facebook' },
          { value: 'linkedin', label: 'LinkedIn' },
        ]}
        registration={register('networks')}
      />
      <Button type="submit">Continue</Button>
    </form>
  );
}

describe('TextInput', () => {
  it('describes the input by its hint, and by its error only when there is one', () => {
    const { rerender } = render(<Form />);
    const input = screen.getByRole('textbox', { name: 'Organisation name' });
    expect(input).toHaveAccessibleDescription('As it is registered');
    expect(input).not.toHaveAttribute('aria-invalid');

    rerender(<Form errors={{ name: 'Enter the organisation name' }} />);
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error');
    expect(input).toHaveAccessibleDescription('As it is registered Error: Enter the organisation name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // The visible message is the same words; "Error:" is for screen readers only.
    expect(screen.getByText('Enter the organisation name')).toHaveClass('ui-error-message');
    expect(screen.getByText('Error:')).toHaveClass('visually-hidden');
  });

  it('leaves the browser’s own validation off even when react-hook-form asks for it', () => {
    render(<Form />);
    expect(screen.getByRole('textbox', { name: 'Organisation name' })).not.toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Organisation name' })).toHaveAttribute(
      'autocomplete',
      'organization',
    );
  });

  it('marks an optional field in its label and turns spell checking off for an email address', () => {
    render(<Form />);
    const email = screen.getByRole('textbox', { name: 'Contact email (optional)' });
    expect(email).toHaveAttribute('inputmode', 'email');
    expect(email).toHaveAttribute('spellcheck', 'false');
    expect(email).not.toHaveAttribute('aria-describedby');
  });

  it('can be the page’s heading', () => {
    render(
      <TextInput
        id="q"
        label="What is your organisation called?"
        labelAsHeading
        errorPrefix="Error:"
        registration={{ name: 'q', onChange: vi.fn(), onBlur: vi.fn(), ref: vi.fn() }}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'What is your organisation called?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What is your organisation called?' })).toBeInTheDocument();
  });
});

describe('Textarea and DateInput', () => {
  it('are labelled and wired like a text input', () => {
    render(<Form errors={{ purpose: 'Say what the policy is for' }} />);
    const purpose = screen.getByRole('textbox', { name: 'Purpose' });
    expect(purpose.tagName).toBe('TEXTAREA');
    expect(purpose).toHaveAttribute('rows', '4');
    expect(purpose).toHaveAccessibleDescription('Error: Say what the policy is for');
    expect(purpose).toBeInvalid();
    expect(screen.getByLabelText('Takes effect on')).toHaveAttribute('type', 'date');
  });
});

describe('Radios and Checkboxes', () => {
  it('group the options under the legend and give the first option the group’s id', () => {
    render(<Form errors={{ sector: 'Choose a sector' }} />);
    const group = screen.getByRole('group', { name: 'Which sector are you in?' });
    expect(group).toHaveAccessibleDescription('Choose the closest Error: Choose a sector');
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.id)).toEqual(['sector', 'sector-public', 'sector-nonprofit']);
    expect(within(group).getByRole('radio', { name: 'Public authority' })).toHaveAccessibleDescription(
      'A municipality, region or state agency',
    );
  });

  it('give react-hook-form one value for radios and a list for checkboxes', async () => {
    const user = userEvent.setup();
    const onValues = vi.fn();
    render(<Form onValues={onValues} />);
    const networks = screen.getByRole('group', { name: 'Which networks do you use? (optional)' });
    expect(
      within(networks)
        .getAllByRole('checkbox')
        .map((box) => box.id),
    ).toEqual(['networks', 'networks-linkedin']);

    await user.type(screen.getByRole('textbox', { name: 'Organisation name' }), 'Blåbær ApS');
    await user.click(screen.getByRole('radio', { name: 'Public authority' }));
    await user.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    await user.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onValues).toHaveBeenCalledWith(
      expect.objectContaining({ sector: 'public', networks: ['facebook', 'linkedin'] }),
    );
  });
});

describe('ErrorSummary', () => {
  function Page() {
    const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
    const { register } = useForm<Values>();
    return (
      <>
        <ErrorSummary title="There is a problem" errors={errors} />
        <TextInput id="name" label="Organisation name" errorPrefix="Error:" registration={register('name')} />
        <Radios
          idPrefix="sector"
          legend="Which sector are you in?"
          errorPrefix="Error:"
          options={options}
          registration={register('sector')}
        />
        <Button
          onClick={() =>
            setErrors([
              { href: '#name', message: 'Enter the organisation name' },
              { href: '#sector', message: 'Choose a sector' },
            ])
          }
        >
          Continue
        </Button>
      </>
    );
  }

  it('renders nothing without errors', () => {
    render(<ErrorSummary title="There is a problem" errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes focus when it appears, and its links focus the field without jumping', async () => {
    const user = userEvent.setup();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    try {
      render(<Page />);
      await user.click(screen.getByRole('button', { name: 'Continue' }));

      const summary = screen.getByRole('alert');
      expect(summary).toHaveFocus();
      expect(
        within(summary).getByRole('heading', { level: 2, name: 'There is a problem' }),
      ).toBeInTheDocument();

      await user.click(within(summary).getByRole('link', { name: 'Choose a sector' }));
      expect(screen.getByRole('radio', { name: 'Private company' })).toHaveFocus();
      // The question (the legend) is brought into view, not only the first radio.
      expect(scrolled.mock.contexts[0]).toHaveTextContent('Which sector are you in?');
      expect(window.location.hash).toBe('');

      await user.click(within(summary).getByRole('link', { name: 'Enter the organisation name' }));
      expect(screen.getByRole('textbox', { name: 'Organisation name' })).toHaveFocus();
    } finally {
      // @ts-expect-error jsdom has no scrollIntoView; remove the stub so other tests see jsdom as it is.
      delete Element.prototype.scrollIntoView;
    }
  });

  it('takes focus again when the errors change, but not when only re-rendered', () => {
    const errors = [{ href: '#name', message: 'Enter the organisation name' }];
    const { rerender } = render(
      <>
        <ErrorSummary title="There is a problem" errors={errors} />
        <input aria-label="Elsewhere" />
      </>,
    );
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    elsewhere.focus();
    rerender(
      <>
        <ErrorSummary title="There is a problem" errors={[...errors]} />
        <input aria-label="Elsewhere" />
      </>,
    );
    expect(elsewhere).toHaveFocus();

    rerender(
      <>
        <ErrorSummary title="There is a problem" errors={[{ href: '#name', message: 'Name is too long' }]} />
        <input aria-label="Elsewhere" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});

describe('SummaryList', () => {
  it('names each Change link after what it changes', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: MouseEvent) => event.preventDefault());
    render(
      <SummaryList
        rows={[
          {
            key: 'Organisation name',
            value: 'Blåbær ApS',
            change: {
              href: '/organisation/about',
              label: 'Change',
              hiddenContext: 'organisation name',
              onClick,
            },
          },
          { key: 'Policy date', value: 'Not provided' },
        ]}
      />,
    );
    // Browsers read "Change organisation name". dom-accessibility-api trims the text of each
    // element before joining, so here the space inside the hidden span is lost (w3c/accname#3).
    const link = screen.getByRole('link', { name: /^Change ?organisation name$/ });
    expect(within(link).getByText('organisation name')).toHaveClass('visually-hidden');
    expect(link).toHaveTextContent('Change organisation name', { normalizeWhitespace: false });
    expect(link).toHaveAttribute('href', '/organisation/about');
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Organisation name',
      'Policy date',
    ]);
    expect(screen.getByText('Not provided').tagName).toBe('DD');
    await user.click(link);
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('Details, buttons, links and tags', () => {
  it('Details opens and closes from its summary', async () => {
    const user = userEvent.setup();
    render(
      <Details summary="Why we ask">
        <p>The policy names who to contact.</p>
      </Details>,
    );
    const summary = screen.getByText('Why we ask');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('The policy names who to contact.')).toBeVisible();
    await user.click(summary);
    expect(details).not.toHaveAttribute('open');
  });

  it('Button does not submit unless asked to', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: FormEvent) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button variant="secondary">Add another</Button>
        <Button variant="warning" type="submit">
          Remove
        </Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Add another' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Remove' })).toHaveClass('ui-button', 'ui-button--warning');
  });

  it('BackLink is a link and Tag shows its status in words', () => {
    render(
      <>
        <BackLink href="/organisation/about">Back</BackLink>
        <Tag tone="green">Completed</Tag>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/organisation/about');
    expect(screen.getByText('Completed')).toHaveClass('ui-tag', 'ui-tag--green');
  });
});
