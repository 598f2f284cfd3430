import i18next, { type TFunction } from 'i18next';
import { resources } from '@/i18n/i18n';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';

/**
 * The wizard's words in Danish and English, outside React and without the app's global i18next:
 * what `validatePage` and the other wizard functions take as their `t`.
 */
export async function wizardTranslations(): Promise<Record<'da' | 'en', TFunction>> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { da: { ...resources.da, wizard: daWizard }, en: { ...resources.en, wizard: enWizard } },
    lng: 'en',
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return { da: instance.getFixedT('da'), en: instance.getFixedT('en') };
}
