import { useId, type ReactNode } from 'react';
import './ui.css';

/**
 * GOV.UK's notification banner: something the user needs to know that is not about the page's
 * own task. A region named by its title (not an alert: it is there when the page opens, and
 * a screen reader finds it among the landmarks); placed just before the page's h1.
 */
export function NotificationBanner({
  title,
  heading,
  children,
}: {
  /** "Important", translated. */
  title: string;
  /** What happened, in a sentence. */
  heading: string;
  children?: ReactNode;
}) {
  const titleId = useId();
  return (
    <div className="ui-notification-banner" role="region" aria-labelledby={titleId} data-print="hide">
      <div className="ui-notification-banner__header">
        <h2 className="ui-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="ui-notification-banner__content">
        <p className="ui-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
