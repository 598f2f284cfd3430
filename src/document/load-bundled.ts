import { bundleFromFiles, type Locale, type TemplateBundle, type TemplateFiles } from './template';

/**
 * The template as the browser gets it: Vite inlines the files of `templates/` at build time,
 * so the app needs no request to read them.
 */
const files = import.meta.glob<string>('/templates/{da,en}/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const cache = new Map<Locale, TemplateBundle>();

export function bundledTemplate(locale: Locale): TemplateBundle {
  let bundle = cache.get(locale);
  if (!bundle) {
    const prefix = `/templates/${locale}/`;
    const own: TemplateFiles = Object.fromEntries(
      Object.entries(files)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, text]) => [path.slice(prefix.length), text]),
    );
    bundle = bundleFromFiles(locale, own);
    cache.set(locale, bundle);
  }
  return bundle;
}
