import type { MouseEvent, ReactNode } from 'react';
import './ui.css';

export interface ItemListRow {
  /** Unique among the rows (the item's number will do: rows are rebuilt when one goes). */
  key: string;
  /** The item's name in the list, e.g. "LinkedIn – @acme". */
  title: string;
  /** The item's other answers, in short. */
  details?: ReactNode;
  /** What is wrong with the item, said next to it as well as in the error summary. */
  error?: { id: string; message: string; prefix: string };
  change: {
    id: string;
    href: string;
    /** "Change", translated. */
    label: string;
    /** Which item, e.g. "account 2: LinkedIn – @acme": every row has a "Change" link. */
    hiddenContext: string;
    onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  };
  remove: { label: string; hiddenContext: string; onClick: () => void };
}

/**
 * GOV.UK's "add another" summary: a row per item, named by its most telling answers, with
 * Change (a link to the item's own page) and Remove (a button: it acts here).
 */
export function ItemList({ rows }: { rows: readonly ItemListRow[] }) {
  return (
    <dl className="ui-summary-list ui-summary-list--items">
      {rows.map((row) => (
        <div
          key={row.key}
          className={row.error ? 'ui-summary-list__row ui-summary-list__row--error' : 'ui-summary-list__row'}
        >
          <dt className="ui-summary-list__key">{row.title}</dt>
          <dd className="ui-summary-list__value">
            {row.details}
            {row.error && (
              <p className="ui-error-message" id={row.error.id}>
                <span className="visually-hidden">{row.error.prefix}</span> {row.error.message}
              </p>
            )}
          </dd>
          <dd className="ui-summary-list__actions">
            <ul className="ui-summary-list__actions-list">
              <li>
                <a
                  className="ui-link"
                  id={row.change.id}
                  href={row.change.href}
                  onClick={row.change.onClick}
                  aria-describedby={row.error?.id}
                >
                  {row.change.label}
                  <span className="visually-hidden"> {row.change.hiddenContext}</span>
                </a>
              </li>
              <li>
                <button type="button" className="ui-link-button" onClick={row.remove.onClick}>
                  {row.remove.label}
                  <span className="visually-hidden"> {row.remove.hiddenContext}</span>
                </button>
              </li>
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
