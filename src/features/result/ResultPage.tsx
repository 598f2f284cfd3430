import { Suspense, use, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { followLink } from '@/app/router';
import { useTranslation } from 'react-i18next';
import { BackLink, Button } from '@/components/ui/Layout';
import { usePageTitle } from '@/app/usePageTitle';
import { bundledTemplate } from '@/document/load-bundled';
import { renderPolicy } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { LANGUAGES } from '@/domain/options';
import { useDraft } from '@/features/draft/store';
import { downloadAnswers } from '@/features/export/download';
import { downloadMarkdown, downloadWord } from '@/features/export/policy-files';
import { PolicyPreview } from '@/features/preview/PolicyPreview';
import { localToday } from '@/lib/today';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/**
 * The Word writer is not part of any earlier page. It is fetched once the result page is idle
 * (or sooner, when the pointer or focus reaches its button), so the click finds it ready.
 */
const prefetchWord = () => void import('@/document/writers/docx');

/** Download Word or Markdown, print, or save the answers; the policy itself below, as printed. */
export function ResultPage() {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const setDocumentLanguage = useDraft((state) => state.setDocumentLanguage);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const heading = t('result.title');
  usePageTitle(heading);
  // The files are made from the answers at the moment of the click, with the template of the
  // document's language (already loaded for the document shown below, or loaded now).
  const policyNow = async () =>
    renderPolicy({ answers, bundle: await bundledTemplate(answers.policy.language), today: localToday() });

  useEffect(() => {
    const idle =
      window.requestIdleCallback?.(prefetchWord, { timeout: 2000 }) ?? window.setTimeout(prefetchWord, 500);
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(idle);
  }, []);

  const run = async (make: () => Promise<string> | string) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', file: await make() });
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };

  return (
    <>
      <div className="page-narrow" data-print="hide">
        <BackLink href="/check" onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <h1 tabIndex={-1}>{heading}</h1>
        <p className="lead">{t('result.lead')}</p>
        <fieldset className="ui-fieldset result-language">
          <legend className="ui-legend">{t('result.documentLanguage')}</legend>
          <div className="ui-choices ui-choices--radios ui-choices--inline">
            {LANGUAGES.map((locale) => (
              <div className="ui-choice" key={locale}>
                <input
                  className="ui-choice__input"
                  id={`f-document-language-${locale}`}
                  type="radio"
                  name="document-language"
                  checked={answers.policy.language === locale}
                  onChange={() => setDocumentLanguage(locale)}
                />
                <label className="ui-choice__label" htmlFor={`f-document-language-${locale}`}>
                  {t(`language.${locale}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="ui-button-group">
          <Button
            disabled={status.kind === 'busy'}
            onPointerEnter={prefetchWord}
            onFocus={prefetchWord}
            onClick={() => void run(async () => downloadWord(await policyNow()))}
          >
            {t('result.downloadWord')}
          </Button>
          <Button
            variant="secondary"
            disabled={status.kind === 'busy'}
            onClick={() => void run(async () => downloadMarkdown(await policyNow()))}
          >
            {t('result.downloadMarkdown')}
          </Button>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('result.print')}
          </Button>
        </div>
        <p role="status" className="result-status">
          {status.kind === 'busy' && t('result.working')}
          {status.kind === 'done' && t('result.downloaded', { file: status.file })}
          {status.kind === 'failed' && t('result.failed', { message: status.message })}
        </p>
        <h2>{t('result.saveAnswers')}</h2>
        <p>{t('result.saveAnswersHint')}</p>
        <Button variant="secondary" onClick={() => void run(() => downloadAnswers(answers))}>
          {t('result.saveAnswers')}
        </Button>
        <p className="ui-inset">{t('result.legal')}</p>
      </div>
      <div className="result-document">
        <Suspense fallback={null}>
          <ResultDocument />
        </Suspense>
      </div>
    </>
  );
}

/** The policy as it will be printed: the page's top renders at once, this when the template is in. */
function ResultDocument() {
  // Rendered after the page's first paint, in React's interruptible background rendering, so a
  // long policy never blocks the buttons above it.
  const answers = useDeferredValue(
    useDraft((state) => state.answers),
    null,
  );
  return answers && <PolicyFor answers={answers} />;
}

function PolicyFor({ answers }: { answers: Answers }) {
  const bundle = use(bundledTemplate(answers.policy.language));
  const policy = useMemo(() => renderPolicy({ answers, bundle, today: localToday() }), [answers, bundle]);
  return <PolicyPreview document={policy} headingOffset={1} />;
}
