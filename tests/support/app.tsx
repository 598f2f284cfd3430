import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { App } from '@/app/App';
import type { Locale } from '@/document/template';
import { useStorageStatus } from '@/features/draft/storage';
import { useDraft } from '@/features/draft/store';
import { initI18n } from '@/i18n/i18n';

/**
 * The whole app in jsdom, opened at a URL as a user would: the start page is in the first
 * download, every other page arrives with the lazily loaded wizard (await `findBy…`).
 */

initI18n('da');

/** Renders the app at `path` in `locale`; returns a user-event user. */
export async function openApp(path: string, locale: Locale = 'da') {
  await i18next.changeLanguage(locale);
  // The first import transforms the wizard and the document engine, which can take seconds in a
  // test run; React.lazy then still suspends once, briefly.
  await import('@/features/wizard/WizardRoutes');
  window.history.pushState(null, '', path);
  const user = userEvent.setup();
  render(<App />);
  return user;
}

/** Nothing carries over from one test to the next: no page, no draft, no saved data, no URL. */
export function resetApp() {
  cleanup();
  useDraft.getState().reset();
  useStorageStatus.setState({ save: { kind: 'idle' }, unreadable: null });
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
}

/** Waits for a lazily loaded page by its heading. */
export const findHeading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
