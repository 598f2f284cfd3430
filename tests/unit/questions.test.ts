import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers } from '@/domain/answers';
import { getPath } from '@/lib/path';
import { withPageValues } from '@/features/wizard/form-values';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { MOVED_PAGES } from '@/features/wizard/questions/moved';
import { maximalAnswers } from '../support/templates';

/** Every answer of the schema is asked somewhere, and every question names a real answer. */
function leaves(value: unknown, prefix: string): string[] {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${prefix}.${key}`));
}

describe('the question pages', () => {
  const asked = QUESTION_PAGES.flatMap((page) =>
    page.fields.flatMap((field) =>
      field.kind === 'list'
        ? [field.path, ...field.item.map((inner) => `${field.path}.*.${inner.path}`)]
        : [field.path],
    ),
  );

  it('ask every answer in the schema', () => {
    // The user's own wording and her answers in another language are written on pages of their
    // own (and the answers' language and the policy's length are set on the result page), not
    // asked as questions.
    const answers = Object.fromEntries(
      Object.entries(maximalAnswers).filter(([part]) => part !== 'wording' && part !== 'translations'),
    );
    const all = Object.entries(answers).flatMap(([part, value]) => leaves(value, part));
    const listItemFields = Object.entries(answers).flatMap(([part, value]) =>
      Object.entries(value as object)
        .filter(([, inner]) => Array.isArray(inner) && typeof inner[0] === 'object')
        .flatMap(([key, inner]) =>
          Object.keys((inner as object[])[0]!).map((field) => `${part}.${key}.*.${field}`),
        ),
    );
    const revisions = maximalAnswers.policy.revisions[0]!;
    const nested = Object.keys(revisions).map((field) => `policy.revisions.*.${field}`);
    const notAsked = ['policy.answersLanguage', 'policy.length'];
    expect(
      [...all, ...listItemFields, ...nested].filter(
        (path) => !asked.includes(path) && !notAsked.includes(path),
      ),
    ).toEqual([]);
  });

  it('name only answers that exist, and a list item template the schema accepts', () => {
    const defaults = defaultAnswers();
    for (const page of QUESTION_PAGES)
      for (const field of page.fields) {
        expect(getPath(defaults, field.path), field.path).not.toBeUndefined();
        if (field.kind === 'list') {
          const withItem = answersSchema().safeParse({ ...defaults, [field.path.split('.')[0]!]: {} });
          expect(withItem.success).toBe(true);
          const item = field.newItem();
          for (const inner of field.item)
            expect(Object.keys(item), `${field.path}.${inner.path}`).toContain(inner.path);
        }
      }
  });

  it('give each list of records a page of its own, named by fields its items have', () => {
    for (const page of QUESTION_PAGES) {
      const lists = page.fields.filter((field) => field.kind === 'list');
      // The item's page is /<part>/<page>/<n>: one list a page, or the address can't say which.
      if (lists.length > 0)
        expect(
          page.fields.map((field) => field.kind),
          page.id,
        ).toEqual(['list']);
      for (const list of lists) {
        expect(list.titleFields.length, list.path).toBeGreaterThan(0);
        for (const path of list.titleFields)
          expect(
            list.item.map((inner) => inner.path),
            list.path,
          ).toContain(path);
      }
    }
  });

  it('never reuse the id of a page merged into another, and send each such id to exactly one page that exists', () => {
    for (const [old, now] of Object.entries(MOVED_PAGES)) {
      expect(
        QUESTION_PAGES.some((page) => page.id === old),
        old,
      ).toBe(false);
      expect(
        QUESTION_PAGES.filter((page) => page.id === now),
        now,
      ).toHaveLength(1);
    }
  });

  it('have unique ids', () => {
    const ids = QUESTION_PAGES.map((page) => `${page.part}/${page.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a page with a radio group left unanswered', () => {
  it('keeps the answer empty, which the schema accepts, when the form reads it as null', () => {
    const page = QUESTION_PAGES.find((candidate) => candidate.id === 'approvals')!;
    const merged = withPageValues(page, defaultAnswers(), {
      roles: { approval: { scope: null }, customerEnquiries: { responseTime: null } },
    });
    expect(merged.roles.approval.scope).toBe('');
    expect(merged.roles.customerEnquiries.responseTime).toBe('');
    expect(answersSchema().safeParse(merged).success).toBe(true);
  });
});
