import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/document/template';
import { StartPage } from '@/features/start/StartPage';
import { Link } from './Link';
import { useLocation } from './router';
import { StatusBar } from './StatusBar';
import { usePageTitle } from './usePageTitle';

const WizardRoutes = lazy(() => import('@/features/wizard/WizardRoutes'));

/** The start page is in the first download; every other page loads when first visited. */
function Page({
  pathname,
  search,
  arrival,
}: {
  pathname: string;
  search: URLSearchParams;
  arrival: ReactNode;
}) {
  if (pathname === '/')
    return (
      <>
        <StartPage />
        {arrival}
      </>
    );
  // `arrival` sits inside the boundary: it runs when the page is on screen, not while it loads.
  return (
    <Suspense fallback={<p className="loading">…</p>}>
      <WizardRoutes pathname={pathname} search={search} fallback={<NotFound />} />
      {arrival}
    </Suspense>
  );
}

/**
 * After a navigation, move focus to the new page's heading (or the field a Change link named),
 * so keyboard and screen-reader users start where sighted users look. Not on the first page.
 */
function FocusOnArrival({ href, isFirst }: { href: string; isFirst: () => boolean }) {
  useEffect(() => {
    if (isFirst()) return;
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    (target ?? document.querySelector<HTMLElement>('#main h1'))?.focus();
  }, [href, isFirst]);
  return null;
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page-narrow">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <Link href="/">{t('app.name')}</Link>
      </p>
    </div>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const { pathname, search, href } = useLocation();
  const locale = i18n.language as Locale;
  const other: Locale = locale === 'da' ? 'en' : 'da';
  const arrived = useRef(false);
  const isFirst = useCallback(() => {
    const first = !arrived.current;
    arrived.current = true;
    return first;
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header" data-print="hide">
        <Link href="/" className="site-name">
          {t('app.name')}
        </Link>
        <button
          type="button"
          className="link-button"
          lang={other}
          onClick={() => void i18n.changeLanguage(other)}
        >
          {t('app.languageSwitch')}
        </button>
      </header>
      <StatusBar />
      <main id="main" className="site-main">
        <Page
          pathname={pathname}
          search={search}
          arrival={<FocusOnArrival href={href} isFirst={isFirst} />}
        />
      </main>
      <footer className="site-footer" data-print="hide">
        <p>{t('app.privacy')}</p>
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
