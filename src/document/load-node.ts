import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordingRules, type WordingRules } from './wording-check';
import {
  bundleFromFiles,
  isDialectFile,
  type Locale,
  type TemplateBundle,
  type TemplateFiles,
} from './template';

/** Reads the bundled template from `templates/` on disk, for the command line and for tests. */

// Built from this file's own path: under jsdom, `new URL(…, import.meta.url)` resolves against the page instead.
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../templates');

function readFolder(locale: Locale, dir: string, keep: (name: string) => boolean): TemplateFiles {
  const folder = join(dir, locale);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => (name.endsWith('.md') || name.endsWith('.json')) && keep(name))
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

/** The files every language has (sections, terms.json, document.json): the ones kept in parity. */
export function readTemplateFiles(locale: Locale, dir = TEMPLATES_DIR): TemplateFiles {
  return readFolder(locale, dir, (name) => !isDialectFile(name));
}

/** The regional variants of one language only, e.g. `en/en-US.json`: they have no counterpart in another language. */
export function readDialectFiles(locale: Locale, dir = TEMPLATES_DIR): TemplateFiles {
  return readFolder(locale, dir, isDialectFile);
}

export function loadTemplate(locale: Locale, dir = TEMPLATES_DIR): TemplateBundle {
  return bundleFromFiles(locale, { ...readTemplateFiles(locale, dir), ...readDialectFiles(locale, dir) });
}

/** The wording that must never be printed where it applies (`templates/wording-rules.json`). */
export function loadWordingRules(dir = TEMPLATES_DIR): WordingRules {
  return parseWordingRules(readFileSync(join(dir, 'wording-rules.json'), 'utf8'));
}
