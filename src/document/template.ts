import * as z from 'zod/mini';
import { type LANGUAGES, TERM_GROUPS, type TermGroup } from '@/domain/options';
import { once } from '@/lib/once';

export type Locale = (typeof LANGUAGES)[number];

/** A text that must not be empty: one schema, shared by every such field (schemas are immutable). */
const text = once(() => z.string().check(z.minLength(1)));

/* The schemas below are built when a template is first read, not as the app starts. */
/** The words around the policy text (title block, footer …), from `templates/<locale>/document.json`. */
const documentStringsSchema = once(() =>
  z.strictObject({
    defaultTitle: text(),
    organisationFallback: text(),
    missing: text(),
    version: text(),
    effectiveDate: text(),
    owner: text(),
    nextReview: text(),
    contents: text(),
    firstVersion: text(),
    /** Holds `{current}` and `{total}`, replaced by Word's page fields. */
    page: z.string().check(z.includes('{current}'), z.includes('{total}')),
    fileName: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  }),
);
export type DocumentStrings = z.infer<ReturnType<typeof documentStringsSchema>>;

/** Labels for every choice id, by term group: exactly the groups and ids of `TERM_GROUPS`. */
const termsSchema = once(() =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(TERM_GROUPS).map(([group, ids]) => [
        group,
        z.strictObject(Object.fromEntries(ids.map((id) => [id, text()]))),
      ]),
    ) as Record<TermGroup, z.ZodMiniObject<Record<string, z.ZodMiniString>>>,
  ),
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
  const readJson = <T>(fileName: string, schema: z.ZodMiniType<T>): T => {
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
    terms: readJson('terms.json', termsSchema()) as Terms,
    strings: readJson('document.json', documentStringsSchema()),
  };
}
