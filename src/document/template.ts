import { z } from 'zod';
import { type LANGUAGES, TERM_GROUPS, type TermGroup } from '@/domain/options';

export type Locale = (typeof LANGUAGES)[number];

/** The words around the policy text (title block, footer …), from `templates/<locale>/document.json`. */
export const documentStringsSchema = z.strictObject({
  defaultTitle: z.string().min(1),
  organisationFallback: z.string().min(1),
  missing: z.string().min(1),
  version: z.string().min(1),
  effectiveDate: z.string().min(1),
  owner: z.string().min(1),
  nextReview: z.string().min(1),
  contents: z.string().min(1),
  firstVersion: z.string().min(1),
  /** Holds `{current}` and `{total}`, replaced by Word's page fields. */
  page: z.string().includes('{current}').includes('{total}'),
  fileName: z.string().regex(/^[a-z0-9-]+$/),
});
export type DocumentStrings = z.infer<typeof documentStringsSchema>;

/** Labels for every choice id, by term group: exactly the groups and ids of `TERM_GROUPS`. */
export const termsSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(TERM_GROUPS).map(([group, ids]) => [
      group,
      z.strictObject(Object.fromEntries(ids.map((id) => [id, z.string().min(1)]))),
    ]),
  ) as Record<TermGroup, z.ZodObject<Record<string, z.ZodString>>>,
);
export type Terms = Record<TermGroup, Record<string, string>>;

export interface TemplateSection {
  /** The file name without `.md`, e.g. `03-security`. */
  id: string;
  source: string;
}

/** One language's template, read from `templates/<locale>/`. */
export interface TemplateBundle {
  locale: Locale;
  sections: TemplateSection[];
  terms: Terms;
  strings: DocumentStrings;
}

/** The raw files of one locale folder, by file name, as a loader found them. */
export type TemplateFiles = Record<string, string>;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Checks one locale's files and puts them in order; throws a TemplateError naming the bad file. */
export function bundleFromFiles(locale: Locale, files: TemplateFiles): TemplateBundle {
  const readJson = <T>(fileName: string, schema: z.ZodType<T>): T => {
    const text = files[fileName];
    if (text === undefined) throw new TemplateError(`templates/${locale}/${fileName} is missing`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new TemplateError(`templates/${locale}/${fileName} is not valid JSON: ${String(error)}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
      throw new TemplateError(`templates/${locale}/${fileName}: ${problems.join('; ')}`);
    }
    return parsed.data;
  };

  const sections = Object.keys(files)
    .filter((name) => /^\d\d-[a-z0-9-]+\.md$/.test(name))
    .sort()
    .map((name) => ({ id: name.slice(0, -3), source: files[name] ?? '' }));
  if (sections.length === 0) throw new TemplateError(`templates/${locale}/ has no section files`);

  return {
    locale,
    sections,
    terms: readJson('terms.json', termsSchema) as Terms,
    strings: readJson('document.json', documentStringsSchema),
  };
}
