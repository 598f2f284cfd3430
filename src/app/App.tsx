import { type ReactNode, Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asLocale, type UiLocale } from '@/i18n/i18n';
import { ResultPage } from '@/features/result/ResultPage';
import { StartPage } from '@/features/start/StartPage';
import { useDraft } from '@/features/draft/store';
import { warmPolicyWorker } from '@/features/export/policy-files';
import { UnreadableDraftNotice } from '@/features/draft/UnreadableDraftNotice';
import { switchLanguage } from '@/i18n/wizard-texts';
import { whenIdle } from '@/lib/idle';
import { Link } from '@/components/navigation/Link';
import { followLink, navigate, useLocation } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PAGES, preloadAllPages } from './pages';
import { matchRoute, safeReturnPath, type Route } from './routes';
import { StatusBar } from './StatusBar';
import { UpdateBanner } from './UpdateBanner';

const { Component: TaskListPage } = PAGES.tasks;
const { Component: QuestionRoute } = PAGES.question;
const { Component: PartCheckPage } = PAGES.partCheck;
const { Component: CheckAllPage } = PAGES.checkAll;
const { Component: WordingPage } = PAGES.wording;
const { Component: SummaryPage } = PAGES.summary;
const { Component: TranslatePage } = PAGES.translate;
const { Component: StartAgainPage } = PAGES.startAgain;
const { Component: ReplacePage } = PAGES.replace;

function RoutePage({ route, search }: { route: Route; search: URLSearchParams }) {
  switch (route.kind) {
    case 'start':
      return <StartPage />;
    case 'tasks':
      return <TaskListPage />;
    case 'question':
      return (
        <QuestionRoute
          part={route.part}
          pageId={route.pageId}
          returnTo={safeReturnPath(search)}
          fallback={<NotFound />}
        />
      );
    case 'listItem':
      return (
        <QuestionRoute
          part={route.part}
          pageId={route.pageId}
          item={route.item}
          showErrors={search.get('errors') === '1'}
          returnTo={safeReturnPath(search)}
          fallback={<NotFound />}
        />
      );
    case 'partCheck':
      return <PartCheckPage part={route.part} />;
    case 'checkAll':
      return <CheckAllPage />;
    case 'result':
      return <ResultPage />;
    case 'wording':
      return <WordingPage />;
    case 'summary':
      return <SummaryPage />;
    case 'translate':
      return <TranslatePage returnTo={safeReturnPath(search)} />;
    case 'startAgain':
      return <StartAgainPage />;
    case 'replace':
      return (
        <ReplacePage
          replacement={search.get('with')}
          navigate={navigate}
          followLink={followLink}
          fallback={<NotFound />}
        />
      );
    case 'notFound':
      return <NotFound />;
  }
}

/**
 * The start page and the result page are in the first download: they are the two pages people
 * open straight from a link or bookmark, and the result page is small (its policy loads later).
 * Every wizard page loads when first visited.
 */
function Page({
  href,
  pathname,
  search,
  arrival,
}: {
  href: string;
  pathname: string;
  search: URLSearchParams;
  arrival: ReactNode;
}) {
  const route = matchRoute(pathname);
  if (route.kind === 'start')
    return (
      <>
        <StartPage />
        {arrival}
      </>
    );
  // `arrival` sits inside the boundary: it runs when the page is on screen, not while it loads.
  return (
    <PageErrorBoundary key={href}>
      <Suspense fallback={<p className="loading">…</p>}>
        <RoutePage route={route} search={search} />
        {arrival}
        {route.kind !== 'result' && <PreloadPagesWhenIdle />}
      </Suspense>
    </PageErrorBoundary>
  );
}

/**
 * Inside the wizard, the other pages' code is fetched once the page on screen is idle, so going
 * on is instant. The policy worker is warmed up at once (if a draft's start has not done it), on
 * its own thread, so the Word file is made in a moment when the check page asks for it: waiting
 * for idle here cost the worker time it needs when a user goes straight through.
 * (The result page, at the end, fetches what its own buttons need instead.)
 */
function PreloadPagesWhenIdle() {
  useEffect(() => {
    warmPolicyWorker(useDraft.getState().answers);
    return whenIdle(() => void preloadAllPages().catch(() => undefined));
  }, []);
  return null;
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

/**
 * The moment a draft starts (a button on the start page), the policy worker starts warming up
 * (see warmPolicyWorker), while the task list's code is still on its way: a user who goes
 * straight through to "Download Word" then finds the file made (measured: the median click
 * waited some 150 ms less than when the task list started it). A tick later, so the task list's
 * code is asked for first.
 */
function useWarmPolicyWorkerOnStart() {
  useEffect(
    () =>
      useDraft.subscribe((state, previous) => {
        if (state.started && !previous.started)
          window.setTimeout(() => warmPolicyWorker(useDraft.getState().answers), 0);
      }),
    [],
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  useWarmPolicyWorkerOnStart();
  const { pathname, search, href } = useLocation();
  const locale = asLocale(i18n.language);
  const other: UiLocale = locale === 'da' ? 'en' : 'da';
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
        <button type="button" className="link-button" lang={other} onClick={() => void switchLanguage(other)}>
          {t('app.languageSwitch')}
        </button>
      </header>
      <StatusBar />
      <main id="main" className="site-main">
        <UnreadableDraftNotice />
        <UpdateBanner />
        <Page
          href={href}
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
