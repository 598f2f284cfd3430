import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '@/domain/answers';
import { policyFileName } from '@/document/file-name';
import { renderPolicy } from '@/document/render';
import type { TemplateBundle } from '@/document/template';
import { writeDocx } from '@/document/writers/docx';
import { writeMarkdown } from '@/document/writers/markdown';
import { malformedParts, paragraphTexts, unzipDocx } from '../support/docx';
import { bundles, LOCALES, TODAY } from '../support/templates';

/** The policy on a page for staff (issue 11, part 3): its rules follow the policy as edited. */

const SUMMARY = `# The policy on a page

This page sums up '{{derived.title}}'.

1. **You are responsible.** Think before you post. {#purpose.essentials}
1. **Passwords.** Never share one. {#security.passwords}
1. **No such clause.** This rule's clause is in no policy. {#legal.no-such-clause}

Questions: {{derived.ownerContact ?? the policy owner}}.
`;
const bundle: TemplateBundle = { ...bundles.en, summary: { id: 'summary', source: SUMMARY } };
const render = (input: AnswersInput, template = bundle) =>
  renderPolicy({ answers: answersSchema().parse(input), bundle: template, today: TODAY });
const acme = {
  organisation: { name: 'Acme Ltd' },
  policy: { owner: { name: 'Ida Holm', email: 'ida@acme.example' } },
};

describe('the policy on a page', () => {
  it('keeps the rules whose clause the policy has, without their markers, and fills the answers in', () => {
    const markdown = writeMarkdown(render(acme), 'summary');
    expect(markdown).toMatch(/^# The policy on a page\n/);
    expect(markdown).toContain('1. **You are responsible.** Think before you post.\n');
    expect(markdown).toContain('2. **Passwords.** Never share one.\n');
    expect(markdown).not.toContain('No such clause');
    expect(markdown).not.toContain('{#');
    expect(markdown).toContain('Questions: Ida Holm, <ida@acme.example>.');
  });

  it('drops the rule of a clause the user left out, and renumbers', () => {
    const omit = { action: 'omit' as const, title: '', text: '', standard: '' };
    const edited = render({ ...acme, wording: { en: { edits: { 'purpose.essentials': omit } } } });
    const markdown = writeMarkdown(edited, 'summary');
    expect(markdown).not.toContain('You are responsible');
    expect(markdown).toContain('1. **Passwords.** Never share one.');
    // The Danish policy from the same answers keeps its own rules: the edit was to the English.
    expect(
      writeMarkdown(
        render({ ...acme, wording: { en: { edits: { 'security.passwords': omit } } } }),
        'summary',
      ),
    ).not.toContain('Passwords');
  });

  it('is not part of the full policy, in any format', async () => {
    const policy = render(acme);
    expect(writeMarkdown(policy)).not.toContain('The policy on a page');
    const document = unzipDocx(await writeDocx(policy))['word/document.xml'] ?? '';
    expect(document).not.toContain('The policy on a page');
  });

  it('is a Word file of its own: its title first, the running header, no cover or contents', async () => {
    const parts = unzipDocx(await writeDocx(render(acme), 'summary'));
    const document = parts['word/document.xml'] ?? '';
    const texts = paragraphTexts(document).filter(Boolean);
    expect(texts[0]).toBe('The policy on a page');
    expect(texts).toContain('You are responsible. Think before you post.');
    expect(document).not.toContain('TOC \\');
    expect(document.match(/<w:sectPr/g)).toHaveLength(1);
    expect(malformedParts(parts)).toEqual([]);
    expect(policyFileName(render(acme), 'docx', 'summary')).toBe('the-policy-on-a-page-acme-ltd-v1-0.docx');
  });

  it('says so when the template has none', async () => {
    const without: TemplateBundle = { ...bundles.en, summary: undefined };
    const policy = render(acme, without);
    expect(policy.summary).toBeUndefined();
    await expect(writeDocx(policy, 'summary')).rejects.toThrow(/no summary/);
    expect(() => writeMarkdown(policy, 'summary')).toThrow(/no summary/);
  });

  it.each(LOCALES)('%s: the bundled template has one, starting with its title', (locale) => {
    const policy = renderPolicy({
      answers: answersSchema().parse(acme),
      bundle: bundles[locale],
      today: TODAY,
    });
    expect(policy.summary?.body.children[0]?.type).toBe('heading');
    expect(JSON.stringify(policy.summary)).not.toContain('{#');
  });
});
