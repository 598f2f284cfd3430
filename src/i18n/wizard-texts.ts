import i18next from 'i18next';
import { asLocale, type UiLocale } from './i18n';

/**
 * The wizard's words (the `wizard` namespace: parts, questions, hints, options) are most of the
 * UI text. Each language's arrive with the first page that needs them, and only that language.
 */
const loaders: Record<UiLocale, () => Promise<{ default: Record<string, unknown> }>> = {
  da: () => import('./locales/da/wizard.json'),
  en: () => import('./locales/en/wizard.json'),
};

const loading = new Map<UiLocale, Promise<void>>();

export function loadWizardTexts(locale: UiLocale): Promise<void> {
  let texts = loading.get(locale);
  if (!texts) {
    texts = loaders[locale]().then(({ default: resources }) => {
      i18next.addResourceBundle(locale, 'wizard', resources);
    });
    // A failed fetch (offline after an update) may be retried on the next page.
    texts.catch(() => loading.delete(locale));
    loading.set(locale, texts);
  }
  return texts;
}

/**
 * Switches the UI language. Once the wizard's words are in use, the new language's are fetched
 * first, so no page ever shows a key in place of a question.
 */
export async function switchLanguage(locale: UiLocale): Promise<void> {
  if (loading.size > 0) await loadWizardTexts(locale);
  await i18next.changeLanguage(locale);
}

export const currentLocale = (): UiLocale => asLocale(i18next.language);
