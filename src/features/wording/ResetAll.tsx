import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';

/**
 * "Reset everything", asked twice: a confirmation in the page (GOV.UK), not the browser's
 * confirm box, which can't be styled or translated and which some browsers suppress.
 */
export function ResetAll({ language, onReset }: { language: string; onReset: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Focus follows the step: to the question when it appears, back to the button when it goes.
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (opened.current) button.current?.focus();
    opened.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <Button ref={button} variant="secondary" onClick={() => setAsking(true)}>
        {t('wording.resetAll.button')}
      </Button>
    );
  return (
    <div className="wording-confirm" role="group" aria-labelledby="wording-reset-heading">
      <h2 id="wording-reset-heading" ref={question} tabIndex={-1}>
        {t('wording.resetAll.heading')}
      </h2>
      <p className="ui-warning-text">{t('wording.resetAll.text', { language })}</p>
      <div className="ui-button-group">
        <Button variant="warning" onClick={onReset}>
          {t('wording.resetAll.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('wording.resetAll.cancel')}
        </Button>
      </div>
    </div>
  );
}
