import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledTemplate } from '@/document/load-bundled';
import { renderPolicy } from '@/document/render';
import type { Locale } from '@/document/template';
import { EXAMPLES } from '@/features/examples/examples';
import { downloadMarkdown, downloadWord } from '@/features/export/download';

/** Today in the user's time zone, as the policy's date. */
const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/**
 * The scaffold's one page: pick an example and download it as Word or Markdown, in either
 * language. The wizard (issue 3) replaces it.
 */
export function App() {
  const { t, i18n } = useTranslation();
  const uiLocale = i18n.language as Locale;
  const otherLocale: Locale = uiLocale === 'da' ? 'en' : 'da';
  const [exampleId, setExampleId] = useState(EXAMPLES[0]?.id ?? '');
  const [documentLocale, setDocumentLocale] = useState<Locale>(uiLocale);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const exampleField = useId();

  useEffect(() => {
    document.documentElement.lang = uiLocale;
    document.title = `${t('start.title')} – ${t('app.name')}`;
  }, [uiLocale, t]);

  const policy = () => {
    const example = EXAMPLES.find((e) => e.id === exampleId) ?? EXAMPLES[0];
    if (!example) throw new Error('no examples');
    return renderPolicy({
      answers: example.answers,
      bundle: bundledTemplate(documentLocale),
      today: today(),
    });
  };

  const run = async (download: () => Promise<string> | string) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', file: await download() });
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <span className="site-name">{t('app.name')}</span>
        <button
          type="button"
          className="link-button"
          lang={otherLocale}
          onClick={() => void i18n.changeLanguage(otherLocale)}
        >
          {t('app.languageSwitch')}
        </button>
      </header>
      <main id="main" className="page">
        <h1>{t('start.title')}</h1>
        <p className="lead">{t('start.lead')}</p>
        <p>{t('app.privacy')}</p>

        <h2>{t('start.exampleHeading')}</h2>
        <p>{t('start.comingSoon')}</p>
        <div className="field">
          <label htmlFor={exampleField}>{t('start.exampleLabel')}</label>
          <select id={exampleField} value={exampleId} onChange={(event) => setExampleId(event.target.value)}>
            {EXAMPLES.map((example) => (
              <option key={example.id} value={example.id}>
                {example.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('start.documentLanguage')}</legend>
          {(['da', 'en'] as const).map((locale) => (
            <label key={locale} className="radio">
              <input
                type="radio"
                name="document-language"
                value={locale}
                checked={documentLocale === locale}
                onChange={() => setDocumentLocale(locale)}
              />
              {t(`language.${locale}`)}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={status.kind === 'busy'}
            onClick={() => void run(() => downloadWord(policy()))}
          >
            {t('start.downloadWord')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={status.kind === 'busy'}
            onClick={() => void run(() => downloadMarkdown(policy()))}
          >
            {t('start.downloadMarkdown')}
          </button>
        </div>
        <p role="status" className="status">
          {status.kind === 'busy' && t('start.downloading')}
          {status.kind === 'done' && t('start.downloaded', { file: status.file })}
          {status.kind === 'failed' && t('start.failed', { message: status.message })}
        </p>
      </main>
    </>
  );
}
