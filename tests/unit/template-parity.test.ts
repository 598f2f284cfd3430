import { describe, expect, it } from 'vitest';
import { parsePlaceholder, PLACEHOLDER_PATTERN } from '@/document/placeholder';
import { readTemplateFiles } from '@/document/load-node';
import { bundles, LOCALES } from '../support/templates';

/**
 * Danish, English and French are equal citizens: the same files, the same headings at the same
 * levels, the same placeholders (fallback wording aside) and the same conditions, in the same order.
 */
function skeleton(source: string): string[] {
  return source.split(/\r?\n/).flatMap((line) => {
    const out: string[] = [];
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) out.push(`heading ${heading[1]?.length}`);
    if (/^\s*:::/.test(line)) out.push(line.trim().replace(/\s+/g, ' '));
    if (/^\s*\|/.test(line)) out.push(`table row of ${line.trim().split('|').length - 2} cells`);
    // Clause ids: the same clause in every language (and the policy on a page's rules follow them).
    for (const [marker] of line.matchAll(/\{#[a-z0-9.-]+\}/g)) out.push(marker);
    for (const [, inner = ''] of line.matchAll(PLACEHOLDER_PATTERN)) {
      const { fn, path } = parsePlaceholder(inner);
      out.push(`{{${fn ? `${fn} ` : ''}${path}}}`);
    }
    // Explanations the compact policy leaves out: as many in each paragraph in every language.
    out.push(...Array.from(line.matchAll(/\{-/g), () => '{- explanation -}'));
    return out;
  });
}

const OTHERS = LOCALES.filter((locale) => locale !== 'da');

describe.each(OTHERS)('template parity between Danish and %s', (other) => {
  const da = readTemplateFiles('da');
  const theirs = readTemplateFiles(other);

  it('has the same files in both languages', () => {
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(da).sort());
    expect(bundles.da.sections.length).toBeGreaterThanOrEqual(8);
  });

  it.each(
    [
      ...bundles.da.sections,
      ...(bundles.da.annexes ?? []),
      ...(bundles.da.summary ? [bundles.da.summary] : []),
    ].map((section) => section.id),
  )('%s has the same skeleton in both languages', (id) => {
    expect(skeleton(theirs[`${id}.md`] ?? '')).toEqual(skeleton(da[`${id}.md`] ?? ''));
  });

  it('labels every choice in both languages (terms.json) and has the same document words', () => {
    // bundleFromFiles validates terms.json against the option lists; this checks the keys match too.
    expect(Object.keys(bundles[other].strings).sort()).toEqual(Object.keys(bundles.da.strings).sort());
    for (const group of Object.keys(bundles.da.terms) as (keyof typeof bundles.da.terms)[])
      expect(Object.keys(bundles[other].terms[group]).sort()).toEqual(
        Object.keys(bundles.da.terms[group]).sort(),
      );
  });
});

describe('the parity check', () => {
  it('notices a difference (the skeleton is not blind)', () => {
    expect(skeleton('# A\n{{organisation.name}}')).not.toEqual(skeleton('# A\n{{organisation.sector}}'));
    expect(skeleton(':::if a\nx\n:::end')).not.toEqual(skeleton(':::if b\nx\n:::end'));
    expect(skeleton('## A')).not.toEqual(skeleton('# A'));
    expect(skeleton('A. {-B.-}')).not.toEqual(skeleton('A. B.'));
  });
});
