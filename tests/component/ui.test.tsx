// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, type MouseEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/ErrorSummary';
import { Checkboxes, DateInput, Radios, Textarea, TextInput } from '@/components/ui/Field';
import type { DatePart } from '@/lib/date-parts';
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
  date: { day: string; month: string; year: string };
  sector: string;
  networks: string[];
}

/** A real react-hook-form form, as the wizard uses them. */
function Form({
  onValues,
  errors = {},
  dateErrorParts,
}: {
  onValues?: (values: Values) => void;
  errors?: Partial<Record<keyof Values, string>>;
  dateErrorParts?: readonly DatePart[];
}) {
  // progressive: register() then also returns `required`, which the components must leave off.
  const { register, handleSubmit } = useForm<Values>({
    progressive: true,
    defaultValues: {
      name: '',
      email: '',
      purpose: '',
      date: { day: '', month: '', year: '' },
      sector: '',
      networks: [],
    },
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
      <DateInput
        id="date"
        legend="Takes effect on"
        hint="Leave it empty to use today."
        example="For example, 27 3 2027"
        optional="(optional)"
        error={errors.date}
        errorParts={dateErrorParts}
        errorPrefix="Error:"
        partLabels={{ day: 'Day', month: 'Month', year: 'Year' }}
        registrations={{
          day: register('date.day'),
          month: register('date.month'),
          year: register('date.year'),
        }}
      />
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

describe('Textarea', () => {
  it('is labelled and wired like a text input', () => {
    render(<Form errors={{ purpose: 'Say what the policy is for' }} />);
    const purpose = screen.getByRole('textbox', { name: 'Purpose' });
    expect(purpose.tagName).toBe('TEXTAREA');
    expect(purpose).toHaveAttribute('rows', '4');
    expect(purpose).toHaveAccessibleDescription('Error: Say what the policy is for');
    expect(purpose).toBeInvalid();
  });
});

describe('DateInput', () => {
  it('asks for day, month and year in three text fields under the question, never a date picker', () => {
    render(<Form />);
    const date = screen.getByRole('group', { name: 'Takes effect on (optional)' });
    expect(date).toHaveAttribute('id', 'date');
    expect(date).toHaveAccessibleDescription('Leave it empty to use today. For example, 27 3 2027');
    const parts = within(date).getAllByRole('textbox');
    expect(parts.map((part) => part.id)).toEqual(['date-day', 'date-month', 'date-year']);
    expect(within(date).getByRole('textbox', { name: 'Day' })).toBe(parts[0]);
    expect(within(date).getByRole('textbox', { name: 'Month' })).toBe(parts[1]);
    expect(within(date).getByRole('textbox', { name: 'Year' })).toBe(parts[2]);
    for (const part of parts) {
      expect(part).toHaveAttribute('type', 'text');
      expect(part).toHaveAttribute('inputmode', 'numeric');
      expect(part).toHaveAttribute('autocomplete', 'off');
      expect(part).not.toHaveAttribute('aria-invalid');
    }
    expect(parts.map((part) => part.className)).toEqual([
      'ui-input ui-date-input__input ui-input--width-2',
      'ui-input ui-date-input__input ui-input--width-2',
      'ui-input ui-date-input__input ui-input--width-4',
    ]);
    expect(document.querySelector('input[type="date"]')).toBeNull();
  });

  it('marks only the parts in error, and all three when no parts are named', () => {
    const { rerender } = render(
      <Form errors={{ date: 'Date must include a month' }} dateErrorParts={['month']} />,
    );
    const date = screen.getByRole('group', { name: 'Takes effect on (optional)' });
    expect(date).toHaveAccessibleDescription(
      'Leave it empty to use today. For example, 27 3 2027 Error: Date must include a month',
    );
    const [day, month, year] = within(date).getAllByRole('textbox');
    expect(month).toHaveAttribute('aria-invalid', 'true');
    expect(month).toHaveClass('ui-input--error');
    for (const part of [day, year]) {
      expect(part).not.toHaveAttribute('aria-invalid');
      expect(part).not.toHaveClass('ui-input--error');
    }

    rerender(<Form errors={{ date: 'Date must be a real date' }} />);
    for (const part of [day, month, year]) expect(part).toHaveClass('ui-input--error');
  });

  it('gives react-hook-form the three parts as typed', async () => {
    const user = userEvent.setup();
    const onValues = vi.fn();
    render(<Form onValues={onValues} />);
    await user.type(screen.getByRole('textbox', { name: 'Organisation name' }), 'Blåbær ApS');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '01');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2027');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onValues).toHaveBeenCalledWith(
      expect.objectContaining({ date: { day: '01', month: '2', year: '2027' } }),
    );
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
