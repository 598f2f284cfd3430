import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { useDraft } from '@/features/draft/store';
import { useStorageStatus } from '@/features/draft/storage';
import { downloadAnswers, downloadRaw } from '@/features/export/download';

/**
 * The quiet "Saved" line, and the two things that must never be missed: saving has failed
 * (download instead), or the saved draft could not be read (download it as it was).
 */
export function StatusBar() {
  const { t } = useTranslation();
  const save = useStorageStatus((state) => state.save);
  const unreadable = useStorageStatus((state) => state.unreadable);
  const answers = useDraft((state) => state.answers);

  return (
    <div className="status-bar" data-print="hide">
      {unreadable !== null && (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">{t('recovery.title')}</h2>
          <p>{t('recovery.text')}</p>
          <div className="ui-button-group">
            <Button variant="secondary" onClick={() => downloadRaw(unreadable)}>
              {t('recovery.download')}
            </Button>
            <Button variant="secondary" onClick={() => useStorageStatus.setState({ unreadable: null })}>
              {t('recovery.dismiss')}
            </Button>
          </div>
        </div>
      )}
      {save.kind === 'failed' && (
        <div className="notice notice--warning" role="alert">
          <p>{t(`app.saveFailed.${save.reason}`)}</p>
          <Button variant="secondary" onClick={() => downloadAnswers(answers)}>
            {t('app.downloadAnswers')}
          </Button>
        </div>
      )}
      <p className="saved-indicator" role="status">
        {save.kind === 'saved' ? t('app.saved') : ''}
      </p>
    </div>
  );
}
