import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PartStatusTag } from '@/features/wizard/PartStatusTag';
import type { Remaining } from './remaining';
import './check.css';

interface Props {
  remaining: Remaining;
  /** The app's navigation for links, passed in: features don't import the app shell. */
  followLink: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * "Not checked yet" on the check page: the parts not marked as completed, with their status, and
 * the answers that are still the example's, each a link to its question that comes back here.
 */
export function RemainingChecks({ remaining: { unfinished, examples }, followLink }: Props) {
  const { t } = useTranslation();
  return (
    <section className="remaining" aria-labelledby="remaining-heading">
      <h2 id="remaining-heading">{t('check.remaining.heading')}</h2>
      <p>{t('check.remaining.intro')}</p>
      {unfinished.length > 0 && (
        <>
          <h3>{t('check.remaining.partsHeading')}</h3>
          <ul className="remaining__parts">
            {unfinished.map(({ part, status, href }) => (
              <li key={part}>
                <a href={href} onClick={followLink} aria-describedby={`remaining-status-${part}`}>
                  {t(`wizard:parts.${part}.title`)}
                </a>{' '}
                <PartStatusTag status={status} id={`remaining-status-${part}`} />
              </li>
            ))}
          </ul>
        </>
      )}
      {examples.length > 0 && (
        <>
          <h3>{t('check.remaining.examplesHeading')}</h3>
          <p>{t('check.remaining.examplesIntro')}</p>
          <ul className="remaining__examples">
            {examples.map(({ part, answers }) => (
              <li key={part}>
                <span className="remaining__part">{t(`wizard:parts.${part}.title`)}</span>
                <ul>
                  {answers.map(({ path, pageId, href }) => (
                    <li key={path}>
                      <a href={href} onClick={followLink}>
                        {t(`wizard:fields.${path}.label`)}
                        <span className="visually-hidden"> ({t(`wizard:pages.${pageId}.title`)})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
