import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { readAnswersFile, type FileProblem } from '@/domain/answers-file';
import { asLocale } from '@/i18n/i18n';
import { loadWizardTexts } from '@/i18n/wizard-texts';
import { useDraft } from '@/features/draft/store';
import { EXAMPLE_IDS } from '@/features/examples/examples';
import type { describeFileProblems } from './file-problems';
import { answersFor, askPath, mustAsk, type Replacement } from './replacement';

/** Why an answers file would not open, with the words for it (loaded only then). */
interface Unopened {
  problems: FileProblem[];
  describe: typeof describeFileProblems;
}

/** What the tool does, that nothing leaves the browser, and the four ways in. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const started = useDraft((state) => state.started);
  const organisation = useDraft((state) => state.answers.organisation.name);
  const start = useDraft((state) => state.start);
  const [exampleId, setExampleId] = useState(EXAMPLE_IDS[0] ?? '');
  const [fileProblems, setFileProblems] = useState<Unopened | null>(null);
  const exampleField = useId();
  const fileField = 'f-answers-file';
  const heading = t('start.title');
  // Worded as each render happens, so the words follow a change of language.
  const fileError = fileProblems && fileProblems.describe(fileProblems.problems, t);
  usePageTitle(heading, fileError !== null);

  /**
   * A draft is replaced only once the user has said yes (on /replace); with none, at once,
   * unless the answers file has fields that will be left out: /replace lists them first.
   */
  const replaceDraft = (replacement: Replacement) => {
    if (mustAsk(replacement, started)) {
      navigate(askPath(replacement));
      return;
    }
    void answersFor(replacement, asLocale(i18n.language)).then((answers) => {
      start(answers, { fromExample: replacement.kind === 'example' });
      navigate('/tasks');
    });
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = readAnswersFile(await file.text());
    if (!result.ok) {
      // The wizard's words name the answers that are wrong; loaded only when a file won't open.
      const [{ describeFileProblems: describe }] = await Promise.all([
        import('./file-problems'),
        loadWizardTexts(asLocale(i18n.language)),
      ]);
      setFileProblems({ problems: result.problems, describe });
      return;
    }
    setFileProblems(null);
    replaceDraft({ kind: 'file', name: file.name, answers: result.answers, ignored: result.warnings });
  };

  return (
    <div className="page-narrow">
      <ErrorSummary
        title={t('question.errorSummaryTitle')}
        errors={fileError ? [{ href: `#${fileField}`, message: fileError.headline }] : []}
      />
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.howLong')}</p>
      <div className="ui-button-group start-actions">
        {started ? (
          <>
            <Button onClick={() => navigate('/tasks')}>{t('start.continue')}</Button>
            <Button variant="secondary" onClick={() => replaceDraft({ kind: 'new' })}>
              {t('start.new')}
            </Button>
          </>
        ) : (
          <Button onClick={() => replaceDraft({ kind: 'new' })}>{t('start.new')}</Button>
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
      <Button variant="secondary" onClick={() => replaceDraft({ kind: 'example', id: exampleId })}>
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
          <div className="ui-error-message" id={`${fileField}-error`}>
            <span className="visually-hidden">{t('question.errorPrefix')}</span> {fileError.headline}
            {fileError.details.length > 0 && (
              <ul>
                {fileError.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
                {fileError.more && <li>{fileError.more}</li>}
              </ul>
            )}
          </div>
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
