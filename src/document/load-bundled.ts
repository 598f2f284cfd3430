import { bundleFromFiles, type Locale, type TemplateBundle, type TemplateFiles } from './template';

/**
 * The template as the browser gets it: each language's files are one module of the build,
 * fetched the first time that language is needed, from the app's own origin.
 */
const loaders: Record<Locale, () => Promise<{ templateFiles: TemplateFiles }>> = {
  da: () => import('./templates/da'),
  en: () => import('./templates/en'),
};

const loading = new Map<Locale, Promise<TemplateBundle>>();

/** One promise per language, the same each time: fit for React's `use`. */
export function bundledTemplate(locale: Locale): Promise<TemplateBundle> {
  let bundle = loading.get(locale);
  if (!bundle) {
    bundle = loaders[locale]().then(({ templateFiles }) => bundleFromFiles(locale, templateFiles));
    loading.set(locale, bundle);
  }
  return bundle;
}
