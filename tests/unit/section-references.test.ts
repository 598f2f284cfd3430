import { describe, expect, it } from 'vitest';
import type { Locale } from '@/document/template';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, LOCALES, loadExamples, TODAY } from '../support/templates';

/**
 * "See ‘If you discover wrongdoing’" sends the reader to a heading: the heading must exist, under
 * that exact title, in the policy as printed (each organisation's own, in each language), or the
 * reader searches for a section that isn't there.
 */

const REFERENCES: Record<Locale, RegExp[]> = {
  en: [/\b[Ss]ee [‘“]([^’”]+)[’”]/g, /\bunder [‘“]([^’”]+)[’”]/g, /\bsection [‘“]([^’”]+)[’”]/g],
  da: [/\b[Ll]æs »([^«]+)«/g, /\b[Ss]e »([^«]+)«/g, /\bunder »([^«]+)«/g, /\bafsnittet »([^«]+)«/g],
  fr: [/\b[Vv]oir «\s([^»]+?)\s»/gu, /\bsection «\s([^»]+?)\s»/gu, /\brubrique «\s([^»]+?)\s»/gu],
};

/** A heading's title as a reference gives it: without its number, its id and its emphasis. */
const headings = (markdown: string) =>
  new Set(
    [...markdown.matchAll(/^#+\s+(?:[\d.]+\s+)?(.+?)\s*$/gm)].map((match) =>
      (match[1] ?? '').replace(/[*_]/g, '').trim(),
    ),
  );

describe.each(LOCALES)('references to a section (%s)', (locale) => {
  it.each(loadExamples().map((example) => [example.name, example] as const))(
    'each names a heading of the policy (%s)',
    (_name, example) => {
      const markdown = writeMarkdown(
        renderPolicy({
          answers: { ...example.answers, policy: { ...example.answers.policy, language: locale } },
          bundle: bundles[locale],
          today: TODAY,
        }),
      ).replace(/[\u00a0\u202f]/g, ' ');
      const titles = headings(markdown);
      const missing = REFERENCES[locale]
        .flatMap((pattern) => [...markdown.matchAll(pattern)].map((match) => (match[1] ?? '').trim()))
        // US English puts the sentence's full stop or comma inside the quotation marks.
        .map((title) => title.replace(/[.,]$/, ''))
        .filter((title) => !titles.has(title));
      expect(missing).toEqual([]);
    },
  );
});
