import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import './ui.css';

/* The page furniture around the questions: buttons, links, "Why we ask", status tags, check answers. */

type LinkClick = (event: MouseEvent<HTMLAnchorElement>) => void;

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  /** primary: Continue; secondary: any other action; warning: one that deletes something. */
  variant?: 'primary' | 'secondary' | 'warning';
}

/** A button that does not submit its form unless asked to (`type="submit"`). */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = ['ui-button', variant !== 'primary' && `ui-button--${variant}`, className];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
}

/** Buttons (and a link) side by side, stacked on a narrow screen. */
/** A real link, so it works before JavaScript and opens in a new tab; onClick lets the app route it. */
export function BackLink({
  href,
  onClick,
  children,
}: {
  href: string;
  onClick?: LinkClick;
  children: ReactNode;
}) {
  return (
    <a className="ui-back-link" href={href} onClick={onClick}>
      {children}
    </a>
  );
}

/** "Why we ask": the browser's own disclosure, which works with the keyboard and screen readers as is. */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="ui-details">
      <summary className="ui-details__summary">
        <span className="ui-details__summary-text">{summary}</span>
      </summary>
      <div className="ui-details__text">{children}</div>
    </details>
  );
}

/**
 * A task's status, or what an answer is (an example's). The words carry the meaning; the colour
 * only repeats it. Yellow: still the example's, to be checked.
 */
export function Tag({
  tone,
  id,
  children,
}: {
  tone: 'grey' | 'blue' | 'green' | 'yellow';
  id?: string;
  children: ReactNode;
}) {
  return (
    <strong id={id} className={`ui-tag ui-tag--${tone}`}>
      {children}
    </strong>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  change?: {
    href: string;
    /** "Change", translated. */
    label: string;
    /** What it changes, e.g. "organisation name": a list of bare "Change" links means nothing read out of context. */
    hiddenContext: string;
    onClick?: LinkClick;
  };
}

/** The check-answers list: question, answer, and a link back to change it. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const anyChange = rows.some((row) => row.change);
  return (
    <dl className="ui-summary-list">
      {rows.map((row, index) => (
        // Keyed by position: keys are display text and need not be unique, and rows never move.
        <div
          key={index}
          className={
            anyChange && !row.change
              ? 'ui-summary-list__row ui-summary-list__row--no-actions'
              : 'ui-summary-list__row'
          }
        >
          <dt className="ui-summary-list__key">{row.key}</dt>
          <dd className="ui-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="ui-summary-list__actions">
              <a className="ui-link" href={row.change.href} onClick={row.change.onClick}>
                {row.change.label}
                <span className="visually-hidden"> {row.change.hiddenContext}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
