import i18next from 'i18next';
import { lazy, type ComponentType } from 'react';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';
import { bundledTemplate } from '@/document/load-bundled';
import { useDraft } from '@/features/draft/store';
import { isPart } from './flow';
import { QUESTION_PAGES } from './questions';

// Each kind of page is its own chunk, fetched as soon as the wizard opens. Once a chunk is in,
// its page renders at once: the loader hands React the module synchronously instead of
// suspending for a tick (and flashing the fallback) on every first visit to a page kind.
function eagerLazy<T, P extends object>(load: () => Promise<T>, pick: (module: T) => ComponentType<P>) {
  let loaded: T | undefined;
  const loading = load().then((module) => (loaded = module));
  return lazy<ComponentType<P>>(() => {
    if (loaded === undefined) return loading.then((module) => ({ default: pick(module) }));
    const module = loaded;
    // A thenable that resolves synchronously: React reads it without suspending.
    const ready = {
      then: (resolve: (value: { default: ComponentType<P> }) => void) => resolve({ default: pick(module) }),
    };
    return ready as unknown as Promise<{ default: ComponentType<P> }>;
  });
}

const TaskListPage = eagerLazy(
  () => import('./TaskListPage'),
  (m) => m.TaskListPage,
);
const QuestionPageView = eagerLazy(
  () => import('./QuestionPageView'),
  (m) => m.QuestionPageView,
);
const PartCheckPage = eagerLazy(
  () => import('@/features/check/PartCheckPage'),
  (m) => m.PartCheckPage,
);
const CheckAllPage = eagerLazy(
  () => import('@/features/check/CheckAllPage'),
  (m) => m.CheckAllPage,
);
const ResultPage = eagerLazy(
  () => import('@/features/result/ResultPage'),
  (m) => m.ResultPage,
);
const StartAgainPage = eagerLazy(
  () => import('@/features/start/StartAgainPage'),
  (m) => m.StartAgainPage,
);

/**
 * Every page after the start page, loaded on demand: the forms, the document engine and the
 * template stay out of the first download. Their words come with them.
 */
i18next.addResourceBundle('da', 'wizard', daWizard);
i18next.addResourceBundle('en', 'wizard', enWizard);
// Every page here shows the policy sooner or later: start fetching its template with the page.
void bundledTemplate(useDraft.getState().answers.policy.language);

/** Which page a path shows; `fallback` for a path the app doesn't know. */
export default function WizardRoutes({
  pathname,
  search,
  fallback,
}: {
  pathname: string;
  search: URLSearchParams;
  fallback: React.ReactNode;
}) {
  const returnTo = search.get('return');
  const safeReturn = returnTo?.startsWith('/') && !returnTo.startsWith('//') ? returnTo : null;
  const [first, second] = pathname.split('/').filter(Boolean);
  if (first === 'tasks' && !second) return <TaskListPage />;
  if (first === 'check' && !second) return <CheckAllPage />;
  if (first === 'result' && !second) return <ResultPage />;
  if (first === 'start-again' && !second) return <StartAgainPage />;
  if (first && isPart(first) && second === 'check') return <PartCheckPage part={first} />;
  const page = QUESTION_PAGES.find((candidate) => candidate.part === first && candidate.id === second);
  // The key remounts the form for each page, so one page's typing never leaks into the next.
  if (page) return <QuestionPageView key={page.id} page={page} returnTo={safeReturn} />;
  return fallback;
}
