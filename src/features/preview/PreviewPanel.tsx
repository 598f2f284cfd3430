import { Suspense, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '@/components/ui/useDisclosure';
import type { Answers, Part } from '@/domain/answers';
import { PolicyFromAnswers } from './PolicyFromAnswers';
import { scrollPaneTo } from './scroll-pane';
import './preview.css';

/**
 * Beside the questions: the policy as it stands, updated as you type, opened at the parts the
 * page's answers change (`asked`, the page's answer paths) and with those parts marked; and, on
 * one line until opened, an idea from a well-known policy. Wide screens always show the policy;
 * narrow ones show only the marked parts, behind a button.
 */
export function PreviewPanel({
  answers,
  inspiration,
  asked,
}: {
  answers: Answers;
  inspiration: Part;
  asked: readonly string[];
}) {
  const { t } = useTranslation();
  const preview = useDisclosure();
  const idea = useDisclosure();
  // The pane as state, not a ref: the policy inside it is laid out (and scrolled to) before a ref to it is set.
  const [pane, setPane] = useState<HTMLDivElement | null>(null);
  const label = t('question.previewMark');
  const mark = useMemo(() => ({ asked, label }), [asked, label]);

  return (
    <aside className="wizard-aside" aria-label={t('question.previewHeading')} data-print="hide">
      <div className="inspiration">
        <h2 className="inspiration__heading">
          <button className="inspiration__toggle" {...idea.toggleProps}>
            <span className="inspiration__label">{t('question.inspiration')}: </span>
            {t(`wizard:parts.${inspiration}.inspiration.heading`)}
          </button>
        </h2>
        <p id={idea.panelId} className="inspiration__text" hidden={!idea.open}>
          {t(`wizard:parts.${inspiration}.inspiration.text`)}
        </p>
      </div>
      {/* Shown on narrow screens only: wide ones always show the policy (preview.css). */}
      <button className="preview-toggle" {...preview.toggleProps}>
        {preview.open ? t('question.hidePreview') : t('question.showPreview')}
      </button>
      <section
        id={preview.panelId}
        className={`preview${preview.open ? ' preview--open' : ''}`}
        aria-label={t('question.previewHeading')}
      >
        <h2 className="preview__heading">{t('question.previewHeading')}</h2>
        {/* The policy scrolls here and holds no link or field: focusable, so keyboard users can scroll it too. */}
        <div className="preview__page" tabIndex={0} ref={setPane} data-pane>
          <Suspense fallback={null}>
            <PolicyFromAnswers answers={answers} headingOffset={2} mark={mark} />
            <ScrollToMarked pane={pane} mark={mark} />
          </Suspense>
        </div>
      </section>
    </aside>
  );
}

/**
 * When a page opens (and once its policy is in), its first marked part goes to the top of the
 * preview's pane, under its section's heading when it is close; the window does not move.
 */
function ScrollToMarked({ pane, mark }: { pane: HTMLDivElement | null; mark: object }) {
  useLayoutEffect(() => {
    const clause = pane?.querySelector('.policy-clause--marked');
    if (!pane || !clause) return;
    // With its section's heading above it, when that still leaves the clause well in view.
    const heading = clause.closest('.policy-part')?.querySelector('.policy-section');
    const near =
      heading &&
      clause.getBoundingClientRect().top - heading.getBoundingClientRect().top < pane.clientHeight / 2;
    return scrollPaneTo(pane, near ? heading : clause);
  }, [pane, mark]);
  return null;
}
