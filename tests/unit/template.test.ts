import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '@/document/load-node';
import { bundleFromFiles, TemplateError, type TemplateFiles } from '@/document/template';

/** A template with a fault is refused with its file and field named (a custom template in the CLI). */

const english: TemplateFiles = Object.fromEntries(
  readdirSync(join(TEMPLATES_DIR, 'en'))
    .filter((file) => /\.(md|json)$/.test(file))
    .map((file) => [file, readFileSync(join(TEMPLATES_DIR, 'en', file), 'utf8')]),
);

const withJson = (file: string, change: (json: Record<string, Record<string, string>>) => void) => {
  const json = JSON.parse(english[file]!) as Record<string, Record<string, string>>;
  change(json);
  return { ...english, [file]: JSON.stringify(json) };
};

describe('bundleFromFiles', () => {
  it('orders the sections and keeps the words of the bundled template', () => {
    const bundle = bundleFromFiles('en', english);
    expect(bundle.sections.map((section) => section.id)[0]).toBe('01-purpose');
    expect(bundle.terms.country?.DK).toBeTruthy();
  });

  it('names an empty term, and an empty document string, by file and path', () => {
    const emptyTerm = withJson('terms.json', (terms) => void (terms.country!.DK = ''));
    expect(() => bundleFromFiles('en', emptyTerm)).toThrow(TemplateError);
    expect(() => bundleFromFiles('en', emptyTerm)).toThrow(/templates\/en\/terms\.json: country\.DK/);
    const emptyString = withJson(
      'document.json',
      (strings) => void ((strings as Record<string, unknown>).missing = ''),
    );
    expect(() => bundleFromFiles('en', emptyString)).toThrow(/templates\/en\/document\.json: missing/);
  });

  it('names a file that is missing or not JSON', () => {
    const withoutTerms = { ...english };
    delete withoutTerms['terms.json'];
    expect(() => bundleFromFiles('en', withoutTerms)).toThrow('templates/en/terms.json is missing');
    expect(() => bundleFromFiles('en', { ...english, 'document.json': '{' })).toThrow(
      /templates\/en\/document\.json is not valid JSON/,
    );
  });
});
