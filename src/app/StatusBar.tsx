import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { useDraft } from '@/features/draft/store';
import { useStorageStatus } from '@/features/draft/storage';
import { downloadAnswers } from '@/features/export/download';

/**
 * The quiet "Saved" line, and what must never be missed: saving has failed (download instead).
 * A saved draft that could not be read has its own notice, at the top of the page (App).
 */
export function StatusBar() {
  const { t } = useTranslation();
  const save = useStorageStatus((state) => state.save);
  const answers = useDraft((state) => state.answers);

  return (
    <div className="status-bar" data-print="hide">
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
