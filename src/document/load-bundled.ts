import { bundleFromFiles, type Locale, type TemplateBundle, type TemplateFiles } from './template';

/**
 * The template as the browser gets it: each language's files are one module of the build,
 * fetched the first time that language is needed, from the app's own origin.
 */
const loaders: Record<Locale, () => Promise<{ templateFiles: TemplateFiles }>> = {
  da: () => import('./templates/da'),
  en: () => import('./templates/en'),
  fr: () => import('./templates/fr'),
};

type TrackedBundle = Promise<TemplateBundle> & { status?: string; value?: TemplateBundle; reason?: unknown };

const loading = new Map<Locale, TrackedBundle>();

/** The template of this language if it has arrived, else undefined (and nothing is fetched). */
export function loadedTemplate(locale: Locale): TemplateBundle | undefined {
  const bundle = loading.get(locale);
  return bundle?.status === 'fulfilled' ? bundle.value : undefined;
}

/**
 * One promise per language, the same each time: fit for React's `use`. Once settled it carries
 * React's `status`/`value` fields, so `use` reads a loaded template at once instead of
 * suspending the component for a tick.
 */
export function bundledTemplate(locale: Locale): Promise<TemplateBundle> {
  let bundle = loading.get(locale);
  if (!bundle) {
    const promise = loaders[locale]().then(({ templateFiles }) => bundleFromFiles(locale, templateFiles));
    const tracked: TrackedBundle = promise;
    tracked.status = 'pending';
    promise.then(
      (value) => Object.assign(tracked, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
    );
    bundle = promise;
    loading.set(locale, bundle);
  }
  return bundle;
}
