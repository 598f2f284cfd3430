import i18next from 'i18next';
import { lazy } from 'react';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';
import { bundledTemplate } from '@/document/load-bundled';
import { useDraft } from '@/features/draft/store';
import { isPart } from './flow';
import { QUESTION_PAGES } from './questions';

// Each kind of page is its own chunk: the result page doesn't carry the forms, nor the
// question pages the result page.
const TaskListPage = lazy(() => import('./TaskListPage').then((m) => ({ default: m.TaskListPage })));
const QuestionPageView = lazy(() => import('./QuestionPageView').then((m) => ({ default: m.QuestionPageView })));
const PartCheckPage = lazy(() => import('@/features/check/PartCheckPage').then((m) => ({ default: m.PartCheckPage })));
const CheckAllPage = lazy(() => import('@/features/check/CheckAllPage').then((m) => ({ default: m.CheckAllPage })));
const ResultPage = lazy(() => import('@/features/result/ResultPage').then((m) => ({ default: m.ResultPage })));
const StartAgainPage = lazy(() => import('@/features/start/StartAgainPage').then((m) => ({ default: m.StartAgainPage })));

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
