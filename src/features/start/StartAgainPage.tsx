import { useTranslation } from 'react-i18next';
import { BackLink, Button } from '@/components/ui/Layout';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { useDraft } from '@/features/draft/store';
import { downloadAnswers } from '@/features/export/download';

/** "Start again" asks first, and offers the answers before they go. */
export function StartAgainPage() {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const reset = useDraft((state) => state.reset);
  const heading = t('startAgain.title');
  usePageTitle(heading);
  return (
    <div className="page-narrow">
      <BackLink href="/tasks" onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="ui-warning-text">{t('startAgain.warning')}</p>
      <p>
        <Button variant="secondary" onClick={() => downloadAnswers(answers)}>
          {t('app.downloadAnswers')}
        </Button>
      </p>
      <div className="ui-button-group">
        <Button
          variant="warning"
          onClick={() => {
            reset();
            navigate('/', { replace: true });
          }}
        >
          {t('startAgain.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => navigate('/tasks')}>
          {t('startAgain.cancel')}
        </Button>
      </div>
    </div>
  );
}
