import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '@/domain/answers';
import { policyFileName } from '@/document/file-name';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, LOCALES, maximalAnswers, TODAY } from '../support/templates';

/** The annexes (issue 10, part 5), the cover's approval and classification lines, and mailto links. */

const render = (input: AnswersInput, locale: (typeof LOCALES)[number] = 'en') =>
  renderPolicy({ answers: answersSchema().parse(input), bundle: bundles[locale], today: TODAY });
const text = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(text).join('') : '';
const bodyText = (root: Root) => text(root);

const withLists = {
  crisis: {
    contacts: [
      { role: 'communications', name: 'Ida Holm', phone: '+45 40 17 55 92', email: 'ida@acme.example' },
    ],
  },
  roles: { accounts: [{ network: 'linkedin', handle: 'acme', owner: 'Ida Holm' }] },
} satisfies AnswersInput;

describe('annexes', () => {
  it('letters the annexes an organisation has, in order, and the policy refers to each by its letter', () => {
    const policy = render(withLists);
    expect(policy.annexes.map(({ id, letter }) => `${letter}:${id}`)).toEqual([
      'A:acknowledgement',
      'B:contacts',
      'C:accounts',
    ]);
    const body = bodyText(policy.body);
    expect(body).toContain('by signing the form in Annex A');
    expect(body).toContain('You will find the list in Annex B');
    expect(body).toContain('Our official accounts are listed in Annex C');
  });

  it('leaves out an annex with nothing in it, and the next one takes its letter', () => {
    const policy = render({ roles: withLists.roles });
    expect(policy.annexes.map(({ id, letter }) => `${letter}:${id}`)).toEqual([
      'A:acknowledgement',
      'B:accounts',
    ]);
    expect(bodyText(policy.body)).toContain('listed in Annex B');
    expect(bodyText(policy.body)).not.toMatch(/Annex C/);
  });

  it.each(LOCALES)(
    'prints only the form to sign at the end of a compact policy; the sheets stay apart, unlettered (%s)',
    (locale) => {
      const policy = render({ ...withLists, policy: { length: 'compact' } }, locale);
      expect(policy.annexes.map(({ id, apart }) => `${id}:${apart ?? false}`)).toEqual([
        'acknowledgement:false',
        'contacts:true',
        'accounts:true',
      ]);
      const [, contacts, accounts] = policy.annexes;
      const word = { da: 'Bilag', en: 'Annex', fr: 'Annexe' }[locale];
      expect(contacts!.heading).not.toContain(word);
      expect(text(contacts!.body)).toContain('Ida Holm');
      // What the policy itself prints: the form, and no reference to an annex it doesn't hold.
      const markdown = writeMarkdown(policy);
      expect(markdown).toContain(policy.annexes[0]!.heading);
      // (each sheet's first paragraph: the account list's title is also a clause's)
      for (const sheet of [contacts!, accounts!])
        expect(markdown).not.toContain(text(sheet.body.children[1]!));
      expect(markdown).not.toMatch(new RegExp(`${word} [BC]\\b`));
    },
  );

  it('keeps the contact list in the separate crisis plan when there is one', () => {
    const policy = render({ ...withLists, crisis: { ...withLists.crisis, separatePlan: true } });
    expect(policy.annexes.map(({ id }) => id)).toEqual(['acknowledgement', 'accounts']);
  });

  it.each(LOCALES)(
    'starts each annex with its lettered heading, the contact sheet holding every contact (%s)',
    (locale) => {
      const policy = render(withLists, locale);
      const word = { da: 'Bilag', en: 'Annex', fr: 'Annexe' }[locale];
      for (const annex of policy.annexes) {
        const [first] = annex.body.children;
        expect(first).toMatchObject({ type: 'heading', depth: 1 });
        expect(text(first!)).toBe(annex.heading);
        expect(annex.heading).toMatch(new RegExp(`^${word} ${annex.letter} – \\S`));
      }
      const contacts = policy.annexes.find(({ id }) => id === 'contacts')!;
      expect(text(contacts.body)).toContain('Ida Holm');
      expect(text(contacts.body)).toContain('+45 40 17 55 92');
    },
  );

  it('marks the acknowledgement’s fields as a form to fill in, and no other table', () => {
    const policy = render(withLists);
    const tables = [policy.body, ...policy.annexes.map((annex) => annex.body)].flatMap((root) =>
      root.children.filter((node) => node.type === 'table'),
    );
    const forms = tables.filter((table) => table.data?.form);
    expect(forms).toHaveLength(1);
    expect(forms[0]!.children.map((row) => text(row.children[0]!))).toEqual([
      'Name',
      'Department or team',
      'Date',
      'Signature',
    ]);
  });

  it('writes one annex alone as Markdown, with its heading as the title and its own file name', () => {
    const policy = render({ ...withLists, organisation: { name: 'Acme A/S' }, policy: { version: '2.1' } });
    const markdown = writeMarkdown(policy, 'contacts');
    expect(markdown.startsWith('# Annex B – Crisis contact sheet\n')).toBe(true);
    expect(markdown).not.toContain('Acknowledgement form');
    expect(policyFileName(policy, 'docx', 'contacts')).toBe(
      'annex-b-crisis-contact-sheet-acme-a-s-v2-1.docx',
    );
    expect(() => writeMarkdown(render({}), 'accounts')).toThrow(/no accounts annex/);
  });

  it('follows the full policy in its Markdown, each annex a section after the last numbered one', () => {
    const markdown = writeMarkdown(render(withLists));
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map(([, heading]) => heading);
    expect(headings.slice(-3)).toEqual([
      'Annex A – Acknowledgement form',
      'Annex B – Crisis contact sheet',
      'Annex C – Our official accounts',
    ]);
  });
});

describe('the cover’s approval and classification lines', () => {
  const rows = (input: AnswersInput, locale: (typeof LOCALES)[number] = 'en') =>
    render(input, locale).titleBlock.map(({ label, value }) => `${label}: ${value}`);

  it('prints an approval or a classification only when the user gave one', () => {
    expect(rows({}).join('\n')).not.toMatch(/Approved|Classification/);
    expect(
      rows({
        policy: {
          approval: { name: 'Mette Lund', role: 'Managing Director', date: '2027-02-15' },
          classification: 'internal',
        },
      }),
    ).toEqual(
      expect.arrayContaining([
        'Approved by: Mette Lund, Managing Director',
        'Approved on: 15 February 2027',
        'Classification: Internal – not for publication; you may still share it with a union, a lawyer or a public authority',
      ]),
    );
    expect(rows({ policy: { approval: { role: 'Bestyrelsen' } } }, 'da')).toContain(
      'Godkendt af: Bestyrelsen',
    );
  });
});

describe('e-mail addresses', () => {
  it('become mailto links with the address as their text, in the body and the annexes, never in headings', () => {
    const policy = render({
      ...withLists,
      policy: { owner: { name: 'Ida Holm', email: 'ida@acme.example' } },
    });
    const links: Nodes[] = [];
    const headingLinks: Nodes[] = [];
    const collect = (node: Nodes, inHeading = false) => {
      if (node.type === 'link') (inHeading ? headingLinks : links).push(node);
      if ('children' in node)
        for (const child of node.children) collect(child, inHeading || node.type === 'heading');
    };
    collect(policy.body);
    policy.annexes.forEach((annex) => collect(annex.body));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links)
      expect(link).toMatchObject({
        url: 'mailto:ida@acme.example',
        children: [{ type: 'text', value: 'ida@acme.example' }],
      });
    expect(headingLinks).toEqual([]);
    // The text around an address stays as it was.
    expect(text(policy.body)).toContain('contact Ida Holm, ida@acme.example.');
  });

  it('leaves text without an address alone', () => {
    const policy = render({
      ...maximalAnswers,
      policy: { ...maximalAnswers.policy, owner: { name: 'A', email: '' } },
    });
    const hasLink = (node: Nodes): boolean =>
      node.type === 'link' || ('children' in node && node.children.some(hasLink));
    expect(hasLink(policy.body)).toBe(false);
  });
});
