import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import { NotificationBanner } from '@/components/ui/NotificationBanner';
import { downloadRaw } from '@/features/export/download';
import { dismissUnreadable, useStorageStatus } from './storage';

/**
 * Shown on every page, on every visit, while a saved draft that could not be read is kept aside:
 * it can be downloaded exactly as it was stored, or dismissed (which deletes it).
 */
export function UnreadableDraftNotice() {
  const { t } = useTranslation();
  const unreadable = useStorageStatus((state) => state.unreadable);
  if (!unreadable) return null;
  return (
    <NotificationBanner title={t('recovery.important')} heading={t('recovery.title')}>
      <p>{t('recovery.text')}</p>
      <p>{t('recovery.keep')}</p>
      <div className="ui-button-group">
        <Button variant="secondary" onClick={() => downloadRaw(unreadable.text)}>
          {t('recovery.download')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            dismissUnreadable();
            // The button goes with the notice: keep the keyboard on the page, at its heading.
            document.querySelector<HTMLElement>('h1')?.focus();
          }}
        >
          {t('recovery.dismiss')}
        </Button>
      </div>
    </NotificationBanner>
  );
}
