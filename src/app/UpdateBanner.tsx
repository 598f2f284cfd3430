import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { NotificationBanner } from '@/components/ui/NotificationBanner';
import { useStorageStatus } from '@/features/draft/storage';
import { useOffline } from './offline';

/**
 * A new version of the app is ready. It is loaded only when the user chooses, and not offered
 * while the browser can't save her answers (a reload would lose what is not saved).
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { updateReady, update, dismiss } = useOffline();
  const canSave = useStorageStatus((state) => state.save.kind !== 'failed');
  if (!updateReady) return null;
  return (
    <NotificationBanner title={t('update.title')} heading={t('update.heading')}>
      <p>{canSave ? t('update.text') : t('update.saveFirst')}</p>
      <div className="ui-button-group">
        {canSave && <Button onClick={update}>{t('update.load')}</Button>}
        <Button variant="secondary" onClick={dismiss}>
          {t('update.later')}
        </Button>
      </div>
    </NotificationBanner>
  );
}
