import { describe, expect, it } from 'vitest';
import { defaultAnswers } from '@/domain/answers';
import { clauseReads, clausesReading } from '@/document/clause-paths';
import { sectionClauseId } from '@/document/clause-ids';
import { TITLE_BLOCK_READS } from '@/document/render';
import { buildScope, DERIVED_FROM, lookupPath } from '@/document/scope';
import { affectedParts, TITLE_BLOCK } from '@/features/preview/affected';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { bundles, LOCALES, TODAY } from '../support/templates';

/** The section a clause id is in: `personal.naming-us` → `personal`. */
const sectionOf = (id: string) => id.split('.')[0];
const askedOn = (pageId: string) =>
  QUESTION_PAGES.find((page) => page.id === pageId)!.fields.map((f) => f.path);

describe.each(LOCALES)('the parts of the policy each question page changes (%s)', (locale) => {
  const bundle = bundles[locale];

  it.each(QUESTION_PAGES.map((page) => [`${page.part}/${page.id}`, page] as const))(
    '%s changes some part of the policy',
    (_name, page) => {
      const parts = affectedParts(
        bundle,
        page.fields.map((field) => field.path),
      );
      expect(parts, 'no clause reads this page’s answers and the title block does not either').not.toEqual(
        [],
      );
    },
  );

  // Each wizard part but the first is named after the section of the policy it writes (02-roles …).
  const sectionIds = new Set(bundle.sections.map((section) => sectionClauseId(section.id)));
  it.each(QUESTION_PAGES.filter((page) => sectionIds.has(page.part)).map((page) => [page.id, page] as const))(
    'the page %s changes its own part’s section',
    (_name, page) => {
      const parts = affectedParts(
        bundle,
        page.fields.map((field) => field.path),
      );
      expect(parts.map(sectionOf)).toContain(page.part);
    },
  );

  it('finds the profile page’s answers in section 6, where the disclaimer is printed', () => {
    const parts = affectedParts(bundle, askedOn('profiles'));
    expect(parts).toContain('personal.naming-us');
    expect(new Set(parts.map(sectionOf))).toEqual(new Set(['personal']));
    const naming = clauseReads(bundle).find((clause) => clause.id === 'personal.naming-us');
    expect([...naming!.paths]).toEqual(
      expect.arrayContaining(['personal.employerInBio', 'personal.disclaimer']),
    );
  });

  it('reads list items and derived values back to the answers they come from', () => {
    // `:::each roles.accounts as account` … `{{account.handle}}`: the handle, without an index.
    expect(clausesReading(bundle, ['roles.accounts'])).toContain('roles.official-accounts');
    const reads = clauseReads(bundle).flatMap((clause) => [...clause.paths]);
    expect(reads.some((path) => /\.\d+(\.|$)/.test(path))).toBe(false);
    expect(reads.some((path) => path.startsWith('derived.'))).toBe(false);
    // `derived.ownerContact` is made of the owner's name and e-mail.
    expect(clausesReading(bundle, ['policy.owner.email']).length).toBeGreaterThan(0);
  });

  it('marks an annex the page fills in, after the sections', () => {
    const parts = affectedParts(bundle, askedOn('contacts'));
    expect(parts).toContain('annex-contacts');
    expect(parts.at(-1)).toBe('annex-contacts');
  });

  it('puts the title block first for answers printed under the title', () => {
    expect(affectedParts(bundle, askedOn('approval'))).toEqual([TITLE_BLOCK]);
    expect(affectedParts(bundle, askedOn('about'))[0]).toBe(TITLE_BLOCK);
    expect(affectedParts(bundle, askedOn('passwords'))).not.toContain(TITLE_BLOCK);
  });

  it('lists each clause once, in the order of the policy', () => {
    const order = clauseReads(bundle).map((clause) => clause.id);
    for (const page of QUESTION_PAGES) {
      const parts = clausesReading(
        bundle,
        page.fields.map((field) => field.path),
      );
      expect(new Set(parts).size).toBe(parts.length);
      const positions = parts.map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('the answers behind derived values and the title block', () => {
  const scope = buildScope(defaultAnswers(), bundles.en, TODAY);
  const paths = [...Object.values(DERIVED_FROM).flat(), ...TITLE_BLOCK_READS];
  it.each([...new Set(paths)])('%s is an answer', (path) => {
    expect(lookupPath(scope, path)).not.toBeUndefined();
  });
});
