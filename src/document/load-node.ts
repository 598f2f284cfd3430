import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromFiles, type Locale, type TemplateBundle, type TemplateFiles } from './template';

/** Reads the bundled template from `templates/` on disk, for the command line and for tests. */

// Built from this file's own path: under jsdom, `new URL(…, import.meta.url)` resolves against the page instead.
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../templates');

export function readTemplateFiles(locale: Locale, dir = TEMPLATES_DIR): TemplateFiles {
  const folder = join(dir, locale);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.md') || name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

export function loadTemplate(locale: Locale, dir = TEMPLATES_DIR): TemplateBundle {
  return bundleFromFiles(locale, readTemplateFiles(locale, dir));
}
