import { bundledTemplate } from '@/document/load-bundled';
import { useDraft } from '@/features/draft/store';
import { currentLocale, loadWizardTexts } from '@/i18n/wizard-texts';
import { preloadableLazy } from '@/components/preloadable-lazy';

/**
 * Every page in the wizard, each its own chunk, fetched straight from the first download
 * (no router chunk in between) together with what it needs: the wizard's words in the current
 * language, and the template for the question pages, whose preview shows the policy.
 */

/** The preview's template starts loading with the page's code; the page does not wait for it. */
const withTemplate = <T,>(module: Promise<T>): Promise<T> => {
  void bundledTemplate(useDraft.getState().answers.policy.language).catch(() => undefined);
  return module;
};

const withWizardTexts = <T,>(module: Promise<T>): Promise<T> =>
  Promise.all([module, loadWizardTexts(currentLocale())]).then(([loaded]) => loaded);

export const PAGES = {
  tasks: preloadableLazy(() =>
    withWizardTexts(import('@/features/wizard/TaskListPage')).then((m) => m.TaskListPage),
  ),
  question: preloadableLazy(() =>
    withWizardTexts(withTemplate(import('@/features/wizard/QuestionRoute'))).then((m) => m.QuestionRoute),
  ),
  partCheck: preloadableLazy(() =>
    withWizardTexts(import('@/features/check/PartCheckPage')).then((m) => m.PartCheckPage),
  ),
  checkAll: preloadableLazy(() =>
    withWizardTexts(import('@/features/check/CheckAllPage')).then((m) => m.CheckAllPage),
  ),
  wording: preloadableLazy(() =>
    withWizardTexts(withTemplate(import('@/features/wording/WordingPage'))).then((m) => m.WordingPage),
  ),
  translate: preloadableLazy(() =>
    withWizardTexts(import('@/features/translate/TranslatePage')).then((m) => m.TranslatePage),
  ),
  summary: preloadableLazy(() =>
    withTemplate(import('@/features/result/SummaryPage')).then((m) => m.SummaryPage),
  ),
  startAgain: preloadableLazy(() => import('@/features/start/StartAgainPage').then((m) => m.StartAgainPage)),
  replace: preloadableLazy(() => import('@/features/start/ReplacePage').then((m) => m.ReplacePage)),
};

/** Once inside the wizard, the other pages are fetched when the browser is idle: moving on is instant. */
export function preloadAllPages(): Promise<unknown> {
  return Promise.all(Object.values(PAGES).map((page) => page.preload()));
}
