import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { navigate } from '@/app/router';
import { usePageTitle } from '@/app/usePageTitle';
import { defaultAnswers, type Answers } from '@/domain/answers';
import { readAnswersFile } from '@/domain/answers-file';
import { asLocale } from '@/i18n/i18n';
import { useDraft } from '@/features/draft/store';
import { EXAMPLE_IDS, loadExample } from '@/features/examples/examples';

/** What the tool does, that nothing leaves the browser, and the four ways in. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const started = useDraft((state) => state.started);
  const organisation = useDraft((state) => state.answers.organisation.name);
  const start = useDraft((state) => state.start);
  const [exampleId, setExampleId] = useState(EXAMPLE_IDS[0] ?? '');
  const [fileError, setFileError] = useState<string | null>(null);
  const exampleField = useId();
  const fileField = 'f-answers-file';
  const heading = t('start.title');
  usePageTitle(heading, fileError !== null);

  const begin = (answers: Answers) => {
    start(answers);
    navigate('/tasks');
  };

  const startNew = () => {
    const answers = defaultAnswers();
    begin({ ...answers, policy: { ...answers.policy, language: asLocale(i18n.language) } });
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // zod's English messages name the problems; loaded only when a file is opened.
    const [{ loadEnglishSchemaMessages }, text] = await Promise.all([
      import('@/domain/messages'),
      file.text(),
    ]);
    loadEnglishSchemaMessages();
    const result = readAnswersFile(text);
    if (!result.ok) {
      setFileError(
        t('start.openError', { problems: result.problems.map((p) => `${p.path}: ${p.message}`).join('; ') }),
      );
      return;
    }
    setFileError(null);
    begin(result.answers);
  };

  return (
    <div className="page-narrow">
      <ErrorSummary
        title={t('question.errorSummaryTitle')}
        errors={fileError ? [{ href: `#${fileField}`, message: fileError }] : []}
      />
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.howLong')}</p>
      <div className="ui-button-group start-actions">
        {started ? (
          <>
            <Button onClick={() => navigate('/tasks')}>{t('start.continue')}</Button>
            <Button variant="secondary" onClick={() => navigate('/start-again')}>
              {t('start.new')}
            </Button>
          </>
        ) : (
          <Button onClick={startNew}>{t('start.new')}</Button>
        )}
      </div>
      {started && (
        <p className="start-draft">
          {t('start.continueHint', { organisation: organisation || t('start.unnamed') })}
        </p>
      )}

      <h2>{t('start.privacyHeading')}</h2>
      <p>{t('start.privacy')}</p>

      <h2>{t('start.exampleHeading')}</h2>
      <p>{t('start.exampleHint')}</p>
      <div className="ui-form-group">
        <label className="ui-label" htmlFor={exampleField}>
          {t('start.exampleLabel')}
        </label>
        <select
          id={exampleField}
          className="ui-select"
          value={exampleId}
          onChange={(event) => setExampleId(event.target.value)}
        >
          {EXAMPLE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`start.examples.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {started && <p className="ui-hint">{t('start.replaceWarning')}</p>}
      <Button variant="secondary" onClick={() => void loadExample(exampleId).then(begin)}>
        {t('start.useExample')}
      </Button>

      <h2>{t('start.openHeading')}</h2>
      <div className={`ui-form-group${fileError ? ' ui-form-group--error' : ''}`}>
        <label className="ui-label" htmlFor={fileField}>
          {t('start.openLabel')}
        </label>
        <p className="ui-hint" id={`${fileField}-hint`}>
          {t('start.openHint')}
        </p>
        {fileError && (
          <p className="ui-error-message" id={`${fileField}-error`}>
            <span className="visually-hidden">{t('question.errorPrefix')}</span> {fileError}
          </p>
        )}
        <input
          id={fileField}
          className="ui-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={`${fileField}-hint${fileError ? ` ${fileField}-error` : ''}`}
          onChange={(event) => void openFile(event)}
        />
      </div>
    </div>
  );
}
