import i18next from 'i18next';
import { PartCheckPage } from '@/features/check/PartCheckPage';
import { CheckAllPage } from '@/features/check/CheckAllPage';
import { ResultPage } from '@/features/result/ResultPage';
import { StartAgainPage } from '@/features/start/StartAgainPage';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';
import { isPart } from './flow';
import { QuestionPageView } from './QuestionPageView';
import { QUESTION_PAGES } from './questions';
import { TaskListPage } from './TaskListPage';

/**
 * Every page after the start page, loaded on demand: the forms, the document engine and the
 * template stay out of the first download. Their words come with them.
 */
i18next.addResourceBundle('da', 'wizard', daWizard);
i18next.addResourceBundle('en', 'wizard', enWizard);

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
