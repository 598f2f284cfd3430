import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab title names the page (and says "Error:" first while the page shows errors). */
export function usePageTitle(heading: string, hasErrors = false): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${hasErrors ? t('question.titlePrefix') : ''}${heading} – ${t('app.name')}`;
  }, [heading, hasErrors, t]);
}
