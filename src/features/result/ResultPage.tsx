import { startTransition, Suspense, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { preloadableLazy } from '@/components/preloadable-lazy';
import { Link } from '@/components/navigation/Link';
import { followLink } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { BackLink, Button } from '@/components/ui/Layout';
import { ANNEX_IDS, annexLetters } from '@/document/annexes';
import type { PartId } from '@/document/parts';
import { bundledTemplate } from '@/document/load-bundled';
import type { Locale } from '@/document/template';
import { LANGUAGES, POLICY_LENGTHS } from '@/domain/options';
import { needsTranslation, untranslatedAnswers } from '@/domain/translations';
import { useDraft } from '@/features/draft/store';
import { downloadAnswers } from '@/features/export/download';
import { UntranslatedNotice } from '@/features/translate/UntranslatedNotice';
import { downloadPolicy, preparePolicyFiles, type PolicyFormat } from '@/features/export/policy-files';
import { whenIdle } from '@/lib/idle';
import { DownloadStatus, useDownloads } from './downloads';
import { ResultChoice } from './ResultChoice';

/** The policy below the buttons is its own chunk: the buttons paint before its engine arrives. */
const resultDocument = preloadableLazy(() => import('./ResultDocument').then((m) => m.ResultDocument));

/** Download Word or Markdown, print, or save the answers; the policy itself below, as printed. */
export function ResultPage() {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const setDocumentLanguage = useDraft((state) => state.setDocumentLanguage);
  const setPolicyLength = useDraft((state) => state.setPolicyLength);
  const { status, busy, run } = useDownloads();
  const heading = t('result.title');
  usePageTitle(heading);

  // The files are usually made before the page shows (the check page asked the worker for them),
  // and asking again costs nothing. A page opened from a bookmark, or a language switched here,
  // asks at once, not when idle: the worker works on its own thread, and a click that comes before
  // idle would wait that much longer.
  useEffect(() => preparePolicyFiles(answers), [answers]);
  // Once the page is on screen and idle, the policy's code and template are fetched, so scrolling
  // down or printing finds them ready.
  const language = answers.policy.language;
  useEffect(() => whenIdle(() => void policyReady(language).catch(() => undefined), 500), [language]);

  const download = (format: PolicyFormat, annex?: PartId) =>
    void run(() => downloadPolicy(format, answers, annex));
  const annexes = ANNEX_IDS.filter((id) => annexLetters(answers)[id]);
  // A policy in another language than the answers' is made only once every free-text answer has
  // its wording in that language (or is kept as written): it never mixes the two.
  const untranslated = untranslatedAnswers(answers, language);

  return (
    <>
      <div className="page-narrow" data-print="hide">
        <BackLink href="/check" onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <h1 tabIndex={-1}>{heading}</h1>
        <p className="lead">{t('result.lead')}</p>
        <ResultChoice
          name="document-language"
          legend={t('result.documentLanguage')}
          options={LANGUAGES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
          value={answers.policy.language}
          onChange={setDocumentLanguage}
        />
        <ResultChoice
          name="policy-length"
          legend={t('result.length')}
          options={POLICY_LENGTHS.map((length) => ({
            value: length,
            label: t(`result.lengthChoice.${length}`),
            hint: t(`result.lengthHint.${length}`),
          }))}
          value={answers.policy.length}
          onChange={setPolicyLength}
        />
        {untranslated.length > 0 ? (
          <UntranslatedNotice answers={answers} untranslated={untranslated} />
        ) : (
          <>
            <div className="ui-button-group">
              <Button disabled={busy} onClick={() => download('docx')}>
                {t('result.downloadWord')}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={() => download('md')}>
                {t('result.downloadMarkdown')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => void policyReady(answers.policy.language).finally(() => window.print())}
              >
                {t('result.print')}
              </Button>
            </div>
            <div className="result-wording">
              <Link href="/wording" aria-describedby="result-wording-hint">
                {t('wording.link')}
              </Link>
              <p id="result-wording-hint" className="ui-hint">
                {t('wording.linkHint')}
              </p>
            </div>
            <DownloadStatus status={status} />
            <h2>{t('result.annexes')}</h2>
            <p>{t('result.annexesHint')}</p>
            <div className="ui-button-group">
              {annexes.map((id) => (
                <Button key={id} variant="secondary" disabled={busy} onClick={() => download('docx', id)}>
                  {t(`result.annex.${id}`)}
                </Button>
              ))}
            </div>
            <h2>{t('result.summary')}</h2>
            <p>{t('result.summaryHint')}</p>
            <p>
              <Link href="/summary">{t('result.summaryOpen')}</Link>
            </p>
            <div className="ui-button-group">
              <Button variant="secondary" disabled={busy} onClick={() => download('docx', 'summary')}>
                {t('result.summaryWord')}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={() => download('md', 'summary')}>
                {t('result.summaryMarkdown')}
              </Button>
            </div>
            {needsTranslation(answers, language) && (
              <p>
                <Link href="/translate">
                  {t('translate.given', { to: t(`translate.languageName.${language}`) })}
                </Link>
              </p>
            )}
          </>
        )}
        <h2>{t('result.saveAnswers')}</h2>
        <p>{t('result.saveAnswersHint')}</p>
        <Button variant="secondary" onClick={() => void run(() => downloadAnswers(answers))}>
          {t('result.saveAnswers')}
        </Button>
        <p className="ui-inset">{t('result.legal')}</p>
      </div>
      {untranslated.length === 0 && (
        <div className="result-document">
          <PolicyWhenNeeded />
        </div>
      )}
    </>
  );
}

/** The policy's code and the template of its language, fetched (once) and ready to render. */
const policyReady = (language: Locale) => Promise.all([resultDocument.preload(), bundledTemplate(language)]);

const { Component: ResultDocument } = resultDocument;

/**
 * The policy as it will be printed, below the buttons. Parsing and laying out its 15 pages is
 * the heaviest work in the app, so it starts when the reader scrolls it (almost) into view
 * or prints: on a slow phone the buttons respond at once, and nothing is done for a reader who
 * only downloads.
 */
function PolicyWhenNeeded() {
  const { t } = useTranslation();
  const [needed, setNeeded] = useState(typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (needed || !placeholder.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNeeded(true));
      },
      { rootMargin: '0px 0px 100px 0px' },
    );
    observer.observe(placeholder.current);
    // Printing (the Print button or the browser's own) lays the page out right after this event:
    // render the policy now, synchronously. Its code and template are in by then (see above).
    const renderNow = () => flushSync(() => setNeeded(true));
    window.addEventListener('beforeprint', renderNow);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', renderNow);
    };
  }, [needed]);

  if (!needed) return <div ref={placeholder} className="result-document__pending" />;
  return (
    <Suspense fallback={<p className="result-document__loading">{t('result.documentLoading')}</p>}>
      <ResultDocument />
    </Suspense>
  );
}
