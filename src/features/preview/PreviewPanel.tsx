import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Part } from '@/domain/answers';
import { PolicyFromAnswers } from './PolicyFromAnswers';

/**
 * Beside the questions: an idea from a well-known policy, and the policy itself as it stands,
 * updated as you type. Wide screens always show it; narrow ones behind a toggle.
 */
export function PreviewPanel({ answers, inspiration }: { answers: Answers; inspiration: Part }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const previewId = useId();

  return (
    <aside className="wizard-aside" aria-label={t('question.previewHeading')} data-print="hide">
      <div className="inspiration">
        <h2 className="inspiration__heading">
          <span className="inspiration__label">{t('question.inspiration')}: </span>
          {t(`wizard:parts.${inspiration}.inspiration.heading`)}
        </h2>
        <p>{t(`wizard:parts.${inspiration}.inspiration.text`)}</p>
      </div>
      <button
        type="button"
        className="preview-toggle"
        aria-expanded={open}
        aria-controls={previewId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('question.hidePreview') : t('question.showPreview')}
      </button>
      <section
        id={previewId}
        className={`preview${open ? ' preview--open' : ''}`}
        aria-label={t('question.previewHeading')}
      >
        <h2 className="preview__heading">{t('question.previewHeading')}</h2>
        {/* The policy scrolls here and holds no link or field: focusable, so keyboard users can scroll it too. */}
        <div className="preview__page" tabIndex={0}>
          <Suspense fallback={null}>
            <PolicyFromAnswers answers={answers} headingOffset={2} />
          </Suspense>
        </div>
      </section>
    </aside>
  );
}
