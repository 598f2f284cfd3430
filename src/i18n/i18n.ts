import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@/document/template';
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

/** i18next's language as one of ours (it is always one of ours; the type can't know). */
export const asLocale = (language: string): Locale => (language === 'en' ? 'en' : 'da');

/** The browser's first language we speak, else Danish. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'da' || base === 'en') return base;
  }
  return 'da';
}

export function initI18n(lng: Locale) {
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
