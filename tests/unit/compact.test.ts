import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from '@/domain/answers';
import { expandTemplate, parseDirectives } from '@/document/directives';
import { renderPolicy } from '@/document/render';
import type { TemplateBundle } from '@/document/template';
import { nodeText } from '@/document/text';
import { bundles, clauseText, loadExamples, LOCALES, TODAY } from '../support/templates';

const expand = (source: string) => expandTemplate(parseDirectives(source, 't.md'), () => true, 't.md');

describe(':::more', () => {
  it('says which lines are explanation, blank lines excluded', () => {
    const { lines, explanationLines } = expand('Rule.\n\n:::more\nWhy.\n\n- Example\n:::end\n\nRule two.');
    expect(lines).toEqual(['Rule.', '', 'Why.', '', '- Example', '', 'Rule two.']);
    expect([...explanationLines]).toEqual([3, 5]);
  });

  it('works inside conditions and repeats, and is refused where it makes no sense', () => {
    expect([...expand(':::if a\n:::more\nWhy.\n:::end\n:::end').explanationLines]).toEqual([1]);
    expect(() => parseDirectives(':::more\n:::more\nx\n:::end\n:::end', 'f.md')).toThrow(
      'f.md:2: :::more inside another :::more',
    );
    expect(() => parseDirectives(':::more why\nx\n:::end', 'f.md')).toThrow('f.md:1: :::more takes nothing');
    expect(() => parseDirectives(':::more\nx', 'f.md')).toThrow('f.md:1: :::more is never closed');
  });
});

describe(':::short', () => {
  it('says which lines are short wording, apart from explanation', () => {
    const { shortLines, explanationLines } = expand(
      ':::short\nRule.\n\n- One\n:::end\n\nRule.\n:::more\nWhy.\n:::end',
    );
    expect([...shortLines]).toEqual([4, 6]);
    expect([...explanationLines]).toEqual([12]);
  });

  it('is refused inside an explanation or another short wording, and the other way round', () => {
    expect(() => parseDirectives(':::more\n:::short\nx\n:::end\n:::end', 'f.md')).toThrow(
      'f.md:2: :::short inside a :::more',
    );
    expect(() => parseDirectives(':::short\n:::more\nx\n:::end\n:::end', 'f.md')).toThrow(
      'f.md:2: :::more inside a :::short',
    );
    expect(() => parseDirectives(':::short\n:::short\nx\n:::end\n:::end', 'f.md')).toThrow(
      'f.md:2: :::short inside another :::short',
    );
  });
});

/** The English template with its first section replaced by `source`. */
function bundleWith(source: string): TemplateBundle {
  const en = bundles.en;
  return { ...en, sections: [{ id: '01-purpose', source }, ...en.sections.slice(1)] };
}

const SECTION = `# Purpose

## Why we have rules {#purpose.why}

Post with care. {-Posts last for years. -}Ask if in doubt.

:::more
Social media reaches everyone.

It never forgets.
:::end

- **Be kind.** Treat people well.
:::more
- **Example.** A reply to an angry customer.
:::end
- **Be honest.** Say who you are.

:::more
| Why | Because |
| --- | --- |
| a | b |
:::end
`;

function answers(length: 'complete' | 'compact', wording: Partial<Answers['wording']['en']> = {}): Answers {
  return answersSchema().parse({ policy: { language: 'en', length }, wording: { en: wording } });
}

const firstSection = (answers: Answers, source = SECTION) => {
  const policy = renderPolicy({ answers, bundle: bundleWith(source), today: TODAY });
  const end = policy.body.children.findIndex(
    (node, index) => index > 0 && node.type === 'heading' && node.depth === 1,
  );
  return { policy, nodes: policy.body.children.slice(0, end) };
};
const textOf = (nodes: readonly RootContent[]) => nodes.map(nodeText).join('\n');

describe('the compact policy', () => {
  it('leaves out paragraphs, list items and tables marked :::more, and keeps the rest', () => {
    const complete = textOf(firstSection(answers('complete')).nodes);
    const compact = textOf(firstSection(answers('compact')).nodes);
    for (const text of [
      'Social media reaches everyone.',
      'It never forgets.',
      'A reply to',
      'Because',
      'last for',
    ])
      expect([complete.includes(text), compact.includes(text)]).toEqual([true, false]);
    for (const text of ['Post with care. Ask if in doubt.', 'Be kind.', 'Be honest.', 'Why we have rules'])
      expect(compact).toContain(text);
    expect(complete).toContain('Post with care. Posts last for years. Ask if in doubt.');
    // One list of two rules, not two lists either side of the removed example.
    expect(firstSection(answers('compact')).nodes.filter((node) => node.type === 'list')).toHaveLength(1);
  });

  it('keeps the whole text of a clause the user reworded, and compares her edit with the complete wording', () => {
    const { policy: full } = firstSection(answers('complete'));
    const standard = renderPolicy(
      { answers: answers('complete'), bundle: bundleWith(SECTION), today: TODAY },
      { clauses: true },
    ).clauses!.find((clause) => clause.id === 'purpose.why')!.standard;
    expect(full.wording.stale).toEqual([]);
    const edits = {
      'purpose.why': { action: 'reword' as const, title: '', text: 'Mine.\n\nAlso mine.', standard },
    };
    const { policy, nodes } = firstSection(answers('compact', { edits }));
    expect(textOf(nodes)).toContain('Also mine.');
    expect(policy.wording.stale).toEqual([]);
  });

  it('refuses a :::more that cuts a paragraph in two, and a {- -} that crosses formatting, naming them', () => {
    const straddling = '# Purpose\n\nRule one\n:::more\nand its reason.\n:::end\n';
    expect(() => firstSection(answers('compact'), straddling)).toThrow(
      /starts outside a :::more.*"Rule one/s,
    );
    expect(() => firstSection(answers('compact'), '# Purpose\n\nRule {-one **bold** -}two.\n')).toThrow(
      /open and close within one stretch of plain text: "Rule /,
    );
    expect(() => firstSection(answers('compact'), '# Purpose\n\nRule -}two.\n')).toThrow(/open and close/);
  });

  it('prints the same section as before when nothing in it is marked', () => {
    const plain = SECTION.replace(/^:::(more|end)\n/gm, '').replace(/\{-|-\}/g, '');
    expect(textOf(firstSection(answers('compact'), plain).nodes)).toBe(
      textOf(firstSection(answers('complete'), plain).nodes),
    );
  });
});

const WITH_SHORT = `# Purpose

## Why we have rules {#purpose.why}

:::short
Post with care; ask if in doubt.

- Be kind.
:::end

Post with care. Social media reaches everyone, and it never forgets. Ask if in doubt.

### An example

- **Be kind.** Treat people well, also when they are angry.

## Who the rules are for {#purpose.who}

Everyone who works for us.{- Also trainees.-}
`;

describe('a clause with a short wording', () => {
  const render = (answers: Answers, options: { clauses?: boolean } = {}) =>
    renderPolicy({ answers, bundle: bundleWith(WITH_SHORT), today: TODAY }, options);
  const section = (answers: Answers) => textOf(firstSection(answers, WITH_SHORT).nodes);

  it('prints it in the compact policy instead of the rest of the clause, sub-headings included', () => {
    const compact = section(answers('compact'));
    expect(compact).toContain('Post with care; ask if in doubt.');
    expect(compact).toContain('Be kind.');
    expect(compact).not.toContain('never forgets');
    expect(compact).not.toContain('An example');
    expect(compact).not.toContain('Treat people well');
    // The next clause has no short wording: it loses its explanations as before, and nothing more.
    expect(compact).toContain('Everyone who works for us.');
    expect(compact).not.toContain('Also trainees.');
  });

  it('never prints it in the complete policy, nor counts it as the standard wording', () => {
    const complete = section(answers('complete'));
    expect(complete).not.toContain('Post with care; ask');
    expect(complete).toContain('An example');
    expect(complete).toContain('Everyone who works for us. Also trainees.');
    const clause = render(answers('complete'), { clauses: true }).clauses!.find(
      (c) => c.id === 'purpose.why',
    )!;
    expect(clause.standard).toContain('never forgets');
    expect(clause.standard).not.toContain('ask if in doubt.');
  });

  it('gives way to the user’s own wording, compared with the complete wording', () => {
    const standard = render(answers('complete'), { clauses: true }).clauses!.find(
      (c) => c.id === 'purpose.why',
    )!.standard;
    const edits = {
      'purpose.why': { action: 'reword' as const, title: '', text: 'Our own rule.', standard },
    };
    const policy = render(answers('compact', { edits }));
    const text = textOf(policy.body.children);
    expect(text).toContain('Our own rule.');
    expect(text).not.toContain('Post with care; ask');
    expect(policy.wording.stale).toEqual([]);
  });

  it('keeps a list that ends it apart from a list the clause goes on with', () => {
    const lists = WITH_SHORT.replace(
      'Post with care. Social media',
      '- Take care.\n\nPost with care. Social media',
    );
    expect(textOf(firstSection(answers('compact'), lists).nodes)).not.toContain('Take care.');
    expect(textOf(firstSection(answers('complete'), lists).nodes)).toContain('Take care.');
  });

  it('keeps text the user added at the end of the clause', () => {
    const added = [
      { id: 'own-1', after: 'purpose.why', level: 'clause' as const, title: '', text: 'Our own addition.' },
    ];
    const policy = render(answers('compact', { added }));
    const text = textOf(policy.body.children);
    expect(text).toContain('Post with care; ask if in doubt.');
    expect(text).toContain('Our own addition.');
  });

  it('refuses a heading in a short wording', () => {
    expect(() => section(answers('compact'))).not.toThrow();
    const heading = WITH_SHORT.replace('- Be kind.\n:::end', '### Rules\n:::end');
    expect(() => firstSection(answers('compact'), heading)).toThrow(/:::short holds .* not a heading/);
  });
});

describe.each(loadExamples())('the compact policy of $name', ({ answers: example }) => {
  it.each(LOCALES)(
    'in %s keeps every clause, each with text of its own, in under half the words',
    (locale) => {
      const render = (length: 'complete' | 'compact') =>
        renderPolicy({
          answers: { ...example, policy: { ...example.policy, length } },
          bundle: bundles[locale],
          today: TODAY,
        }).body.children;
      const complete = render('complete');
      const compact = render('compact');
      const clauseIds = (nodes: readonly RootContent[]) =>
        nodes.flatMap((node) => (node.type === 'heading' && node.data?.clauseId ? [node.data.clauseId] : []));
      expect(clauseIds(compact)).toEqual(clauseIds(complete));
      // A `##` clause whose every block was explanation would print as a bare heading.
      expect(bareHeadings(compact)).toEqual([]);
      // What is left reads as written: no empty paragraph or item, no gap where a sentence was.
      const blocks = compact.flatMap((node) => (node.type === 'list' ? node.children : [node]));
      expect(blocks.filter((node) => nodeText(node).trim() === '').map((node) => node.type)).toEqual([]);
      expect(blocks.map(nodeText).filter((text) => /\S {2,}\S| [.,;:!?](?!\S)|^ | $/.test(text))).toEqual([]);
      // Each clause in its short wording: measured 43–48% of the words (dk-software-company in Danish:
      // 9,754 words complete, 4,491 compact); before the short wordings were cut in December 2026,
      // 57–61%, and without short wordings 93–95%.
      expect(words(compact)).toBeLessThan(words(complete) * 0.5);
    },
  );
});

/** A small shop that answered only the first questions: every clause still has text at both lengths. */
const SMALL_SHOP = answersSchema().parse({
  organisation: {
    name: 'Bageriet Korn ApS',
    country: 'DK',
    sector: 'private',
    sizeBand: '25to49',
    networks: ['facebook'],
  },
  roles: { accounts: [{ network: 'facebook', handle: 'facebook.com/korn' }] },
});

describe.each(LOCALES)('a small shop’s policy in %s', (locale) => {
  it.each(['complete', 'compact'] as const)('has no bare clause heading (%s)', (length) => {
    const nodes = renderPolicy({
      answers: { ...SMALL_SHOP, policy: { ...SMALL_SHOP.policy, language: locale, length } },
      bundle: bundles[locale],
      today: TODAY,
    }).body.children;
    expect(bareHeadings(nodes)).toEqual([]);
  });
});

/** `##` clauses with no text of their own before the next heading. */
function bareHeadings(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node, index) => {
    const next = nodes[index + 1];
    return node.type === 'heading' && node.depth === 2 && (next === undefined || next.type === 'heading')
      ? [nodeText(node)]
      : [];
  });
}

function words(nodes: readonly RootContent[]): number {
  return nodes.map(nodeText).join(' ').split(/\s+/).filter(Boolean).length;
}

/**
 * The contact sheet prints apart from the compact policy, so its 4.1 names who is on the sheet:
 * staff told to "tell whoever leads the crisis response" need a name, but the colleagues' phone
 * numbers stay on the sheet, which is kept where visitors can't see it.
 */
describe.each(LOCALES)('the compact contact list in %s', (locale) => {
  const contactList = (contacts: Array<Record<string, string>>) => {
    const answers = answersSchema().parse({
      ...SMALL_SHOP,
      crisis: { contacts },
      policy: { language: locale, length: 'compact' },
    });
    return clauseText(
      renderPolicy({ answers, bundle: bundles[locale], today: TODAY }).body.children,
      'crisis.contact-list',
    );
  };

  it('names each contact and role, never a phone number, and keeps a contact with no name', () => {
    const text = contactList([
      {
        role: 'itSecurity',
        name: 'Mikkel Holm',
        phone: '+45 22 61 48 30',
        email: 'mh@korn.example',
        backup: 'Sofie',
      },
      { role: 'other', roleName: 'Bakery manager', name: 'Jens Berg', phone: '+45 40 17 55 92' },
      { role: 'other', roleName: 'Night shift lead', phone: '+45 29 80 13 44' },
      // "Other" with no name for the role prints the person alone, not the bare word "other".
      { role: 'other', name: 'Lise Berg' },
    ]);
    expect(text).toContain('Mikkel Holm');
    expect(text).toContain('Jens Berg, Bakery manager');
    expect(text).toContain('Night shift lead');
    expect(text).toContain('Lise Berg');
    expect(text).not.toMatch(/Lise Berg, /);
    expect(text).not.toMatch(/\+45|22 61|mh@korn/);
  });
});
