import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import daCommon from './locales/da/common.json';
import enCommon from './locales/en/common.json';

/**
 * UI text lives here, in Danish and English; policy prose lives in templates/. The wizard's
 * words (`wizard` namespace) arrive per language with the pages that use them: see wizard-texts.ts.
 */
export const resources = {
  da: { common: daCommon },
  en: { common: enCommon },
} as const;

/**
 * The languages the app itself speaks. A policy can also be written in French (Canadian French in
 * Canada and the US, European French elsewhere), a document language only: its template is in
 * `templates/fr/`, the wizard stays Danish or English.
 */
export type UiLocale = keyof typeof resources;

/** i18next's language as one of ours (it is always one of ours; the type can't know). */
export const asLocale = (language: string): UiLocale => (language === 'en' ? 'en' : 'da');

/** The browser's first language we speak, else Danish. */
export function browserLocale(languages: readonly string[] = navigator.languages): UiLocale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'da' || base === 'en') return base;
  }
  return 'da';
}

export function initI18n(lng: UiLocale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    partialBundledLanguages: true,
    // Every string is bundled with its code, so there is never anything to wait for.
    react: { useSuspense: false },
  });
  return i18next;
}
