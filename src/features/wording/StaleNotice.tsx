import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { userBlocks } from '@/document/wording-edits';
import { PolicyNodes } from '@/features/preview/PolicyPreview';

interface StaleNoticeProps {
  id: string;
  lang: string;
  /** The standard wording as it read when she edited the clause (Markdown). */
  before: string;
  /** The standard wording now (Markdown). */
  now: string;
  onKeep: () => void;
  onUseNew: () => void;
}

/**
 * A clause she edited whose standard wording has changed since (a newer template, or answers
 * that change its text): the two standard wordings side by side, and her choice. Her version
 * stays in the policy until she chooses.
 */
export function StaleNotice({ id, lang, before, now, onKeep, onUseNew }: StaleNoticeProps) {
  const { t } = useTranslation();
  const headingId = `wording-stale-${id}`;
  return (
    <section className="wording-stale" aria-labelledby={headingId}>
      <h4 id={headingId} className="wording-stale__heading">
        {t('wording.stale.heading')}
      </h4>
      <p>{t('wording.stale.text')}</p>
      <div className="wording-compare">
        <Version heading={t('wording.stale.before')} markdown={before} lang={lang} />
        <Version heading={t('wording.stale.now')} markdown={now} lang={lang} />
      </div>
      <div className="ui-button-group">
        <Button variant="secondary" onClick={onKeep}>
          {t('wording.stale.keep')}
        </Button>
        <Button variant="secondary" onClick={onUseNew}>
          {t('wording.stale.useNew')}
        </Button>
      </div>
    </section>
  );
}

function Version({ heading, markdown, lang }: { heading: string; markdown: string; lang: string }) {
  const { t } = useTranslation();
  // The same reading of Markdown as her own text gets: what the policy would print.
  const nodes = useMemo(() => userBlocks(markdown), [markdown]);
  return (
    <div className="wording-compare__version">
      <h5 className="wording-compare__heading">{heading}</h5>
      {nodes.length > 0 ? (
        <div className="policy" lang={lang}>
          <PolicyNodes nodes={nodes} />
        </div>
      ) : (
        <p>{t('wording.stale.empty')}</p>
      )}
    </div>
  );
}
