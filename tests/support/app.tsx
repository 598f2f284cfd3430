import { act, cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { vi } from 'vitest';
import { App } from '@/app/App';
import type { Locale } from '@/document/template';
import { useStorageStatus } from '@/features/draft/storage';
import { useDraft } from '@/features/draft/store';
import { initI18n } from '@/i18n/i18n';
import { loadWizardTexts } from '@/i18n/wizard-texts';
import { preloadAllPages } from '@/app/pages';

/**
 * The whole app in jsdom, opened at a URL as a user would: the start page is in the first
 * download, every other page (and the policy's template) loads when first needed, so await
 * `findBy…` for it.
 */

initI18n('da');
// A page's first load transforms its modules, which can take seconds when the machine is busy.
configure({ asyncUtilTimeout: 5000 });

/** Renders the app at `path` in `locale`; returns a user-event user. */
export async function openApp(path: string, locale: Locale = 'da') {
  await i18next.changeLanguage(locale);
  // Every page's code (and the wizard's words in both languages) in before rendering, so no
  // page suspends in the middle of a test step.
  await Promise.all([
    preloadAllPages(),
    import('@/features/result/ResultDocument'),
    loadWizardTexts('da'),
    loadWizardTexts('en'),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Every template in before rendering (a policy may be written in French): the preview then
  // reads them without suspending.
  const { bundledTemplate } = await import('@/document/load-bundled');
  await Promise.all([bundledTemplate('da'), bundledTemplate('en'), bundledTemplate('fr')]);
  window.history.pushState(null, '', path);
  // jsdom has no layout: navigating scrolls to the top, which jsdom reports as not implemented.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  const user = userEvent.setup();
  // Awaited: the first render suspends while lazily loaded pages arrive.
  await act(async () => {
    render(<App />);
  });
  return user;
}

/** Nothing carries over from one test to the next: no page, no draft, no saved data, no URL. */
export async function resetApp() {
  // Let work the last step started (a deferred preview render, a lazy page) finish inside act.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  cleanup();
  useDraft.getState().reset();
  useStorageStatus.setState({ save: { kind: 'idle' }, unreadable: null });
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
}

/** Waits for a lazily loaded page by its heading. */
export const findHeading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
