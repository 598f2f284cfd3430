import { Suspense, use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { followLink } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { BackLink, Button } from '@/components/ui/Layout';
import { bundledTemplate } from '@/document/load-bundled';
import { renderPolicy } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { untranslatedAnswers } from '@/domain/translations';
import { useDraft } from '@/features/draft/store';
import { downloadPolicy, type PolicyFormat } from '@/features/export/policy-files';
import { PolicyNodes } from '@/features/preview/PolicyPreview';
import { UntranslatedNotice } from '@/features/translate/UntranslatedNotice';
import { localToday } from '@/lib/today';
import { DownloadStatus, useDownloads } from './downloads';

/**
 * The policy on a page, to read, print and download: the rules every member of staff should
 * remember, from the same answers and wording as the policy. Printing prints the page alone (the
 * print stylesheet keeps the `.policy` block and hides the rest).
 */
export function SummaryPage() {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const { status, busy, run } = useDownloads();
  // Like the result page, no policy on a page in a language its free text is not yet given in.
  const untranslated = untranslatedAnswers(answers, answers.policy.language);
  const heading = t('summaryPage.title');
  usePageTitle(heading);

  const download = (format: PolicyFormat) => void run(() => downloadPolicy(format, answers, 'summary'));

  return (
    <>
      <div className="page-narrow" data-print="hide">
        <BackLink href="/result" onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <h1 tabIndex={-1}>{heading}</h1>
        <p className="lead">{t('summaryPage.lead')}</p>
        {untranslated.length > 0 && (
          <UntranslatedNotice answers={answers} untranslated={untranslated} returnTo="/summary" />
        )}
      </div>
      {untranslated.length === 0 && (
        <>
          <div className="page-narrow" data-print="hide">
            <div className="ui-button-group">
              <Button onClick={() => window.print()}>{t('summaryPage.print')}</Button>
              <Button variant="secondary" disabled={busy} onClick={() => download('docx')}>
                {t('result.summaryWord')}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={() => download('md')}>
                {t('result.summaryMarkdown')}
              </Button>
            </div>
            <DownloadStatus status={status} />
          </div>
          <div className="result-document">
            <Suspense fallback={<p className="loading">…</p>}>
              <Summary answers={answers} />
            </Suspense>
          </div>
        </>
      )}
    </>
  );
}

function Summary({ answers }: { answers: Answers }) {
  const bundle = use(bundledTemplate(answers.policy.language));
  const policy = useMemo(() => renderPolicy({ answers, bundle, today: localToday() }), [answers, bundle]);
  if (!policy.summary) return null;
  return (
    <article className="policy" lang={policy.languageTag} data-paper={policy.paper}>
      <PolicyNodes nodes={policy.summary.body.children} headingOffset={1} />
    </article>
  );
}
