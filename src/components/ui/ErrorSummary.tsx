import { type MouseEvent, useEffect, useRef } from 'react';
import './ui.css';

export interface ErrorSummaryItem {
  /** `#` and the field's id; for a radio or checkbox group, the first option's id. */
  href: string;
  message: string;
  /**
   * For a link to another page (a list item's own page, where its field is): lets the app route
   * the click. Links within the page move focus to the field instead.
   */
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export interface ErrorSummaryProps {
  /** "There is a problem", translated. */
  title: string;
  errors: readonly ErrorSummaryItem[];
  /**
   * Change it to move focus to the summary again although the errors are the same, e.g. pass
   * react-hook-form's `submitCount`, so that every press of Continue lands the user here.
   */
  focusKey?: string | number;
}

/**
 * GOV.UK's link behaviour: bring the question into view, not just the control, so the user
 * sees what is asked. For a radio or checkbox group, or a date's day, month or year, that is
 * the legend, otherwise the label.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith('#')) return;
  const field = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!field) return;
  event.preventDefault();
  const isChoice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  const isDatePart = field.closest('.ui-date-input') !== null;
  const legend = isChoice || isDatePart ? field.closest('fieldset')?.querySelector('legend') : null;
  const label =
    field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.labels?.[0] : null;
  // Optional call: jsdom, where the component tests run, has no layout and no scrollIntoView.
  (legend ?? label ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}

/**
 * The list of problems at the top of the page after Continue. It takes focus when it appears and
 * whenever the problems change, so a screen reader announces it and Tab leads to the fields.
 */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyed on the content, not the array: a re-render with the same problems must not pull focus
  // away from the field the user is fixing.
  const signature = errors.map((error) => `${error.href} ${error.message}`).join('\n');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, focusKey]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="ui-error-summary" role="alert" tabIndex={-1}>
      <h2 className="ui-error-summary__title">{title}</h2>
      <ul className="ui-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.href} ${error.message}`}>
            <a
              href={error.href}
              onClick={(event) => (error.onClick ? error.onClick(event) : focusField(event, error.href))}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
