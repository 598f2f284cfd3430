import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page's code arrives when first visited. If that fetch fails (offline, or the app was
 * updated and the old file is gone), say so and offer a reload instead of a blank screen.
 * The answers are in the browser's storage, so reloading loses nothing.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="page-narrow" role="alert">
      <h1 tabIndex={-1}>{t('pageError.title')}</h1>
      <p>{t('pageError.text')}</p>
      <button type="button" className="ui-button" onClick={() => window.location.reload()}>
        {t('pageError.retry')}
      </button>
    </div>
  );
}
