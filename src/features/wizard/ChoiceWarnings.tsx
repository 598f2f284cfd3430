import { useTranslation } from 'react-i18next';
import type { Answers } from '@/domain/answers';
import { warningsFor } from './warnings';
import './wizard.css';

/**
 * The warnings for a question's current choice (GOV.UK "warning text"). The wrapper is a polite
 * live region that is always there, so a warning that appears when a radio is picked is read
 * out; its text starts with a visually hidden "Warning:".
 */
export function ChoiceWarnings({ path, answers }: { path: string; answers: Answers }) {
  const { t } = useTranslation();
  const keys = warningsFor(path, answers);
  return (
    <div aria-live="polite">
      {keys.map((key) => (
        <div key={key} className="wizard-warning">
          <span className="wizard-warning__icon" aria-hidden="true">
            !
          </span>
          <strong className="wizard-warning__text">
            <span className="visually-hidden">{t('wizard:warnings.prefix')} </span>
            {t(`wizard:warnings.${key}`)}
          </strong>
        </div>
      ))}
    </div>
  );
}
