import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '@/domain/answers';
import { renderPolicy } from '@/document/render';
import { writeDocx } from '@/document/writers/docx';
import { malformedParts, paragraphTexts, unzipDocx } from '../support/docx';
import { plainText } from '@/document/writers/docx/inline';
import { logoAnswer } from '../support/images';
import { bundles, TODAY } from '../support/templates';

/** The Word file's cover (logo, approval), its annexes, an annex alone, and mailto links (issue 10, parts 4 and 5). */

const EMU_PER_PIXEL = 9_525;
const withLists = {
  organisation: { name: 'Acme A/S' },
  policy: { owner: { name: 'Ida Holm', email: 'ida@acme.example' } },
  crisis: {
    contacts: [
      { role: 'communications', name: 'Ida Holm', phone: '+45 40 17 55 92', email: 'ida@acme.example' },
    ],
  },
  roles: { accounts: [{ network: 'linkedin', handle: 'acme', owner: 'Ida Holm' }] },
} satisfies AnswersInput;

const logo = (width: number, height: number) => logoAnswer(width, height, 'acme-logo.png');

async function wordFile(input: AnswersInput, annex?: Parameters<typeof writeDocx>[1]) {
  const policy = renderPolicy({ answers: answersSchema().parse(input), bundle: bundles.en, today: TODAY });
  return unzipDocx(await writeDocx(policy, annex));
}

describe('the cover', () => {
  it('holds the logo, scaled into its 6 × 2.5 cm box with its proportions, named for the organisation', async () => {
    const parts = await wordFile({ ...withLists, policy: { ...withLists.policy, logo: logo(800, 200) } });
    const media = Object.keys(parts).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const document = parts['word/document.xml'] ?? '';
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document) ?? [];
    // 800 × 200 px is wider than the box: scaled to its width, 227 px, and a quarter of that high.
    expect(Number(cx) / EMU_PER_PIXEL).toBe(227);
    expect(Number(cy) / EMU_PER_PIXEL).toBe(57);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Logo of Acme A\/S"/);
    // The picture comes before the title, and the title is still the first text.
    expect(document.indexOf('<w:drawing>')).toBeLessThan(document.indexOf('w:val="Title"'));
    expect(paragraphTexts(document).find((text) => text.trim() !== '')).toBe('Social media policy');
    expect(malformedParts(parts)).toEqual([]);
  });

  it('never enlarges a small logo, and has no picture without one', async () => {
    const small = await wordFile({ policy: { logo: logo(40, 20) } });
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(small['word/document.xml'] ?? '') ?? [];
    expect([Number(cx) / EMU_PER_PIXEL, Number(cy) / EMU_PER_PIXEL]).toEqual([40, 20]);

    const none = await wordFile({});
    expect(Object.keys(none).filter((path) => path.startsWith('word/media/'))).toEqual([]);
    expect(none['word/document.xml']).not.toContain('<w:drawing>');
  });

  it('lists the approval and classification under the title when given', async () => {
    const parts = await wordFile({
      policy: {
        approval: { name: 'Mette Lund', role: 'Board', date: '2027-02-15' },
        classification: 'public',
      },
    });
    const texts = paragraphTexts(parts['word/document.xml'] ?? '');
    for (const text of [
      'Approved by',
      'Mette Lund, Board',
      'Approved on',
      '15 February 2027',
      'Classification',
    ])
      expect(texts).toContain(text);
  });

  it('puts the contents on a page of its own, and starts the policy on the next', async () => {
    const document = (await wordFile(withLists))['word/document.xml'] ?? '';
    // Two sections: the cover with the contents (its first page without a header), then the policy.
    expect(document.match(/<w:sectPr/g)).toHaveLength(2);
    expect(document.match(/<w:titlePg\/>/g)).toHaveLength(1);
    const contents = /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:t[^>]*>Contents<\/w:t>/.exec(document)?.[0] ?? '';
    expect(contents).toContain('<w:pageBreakBefore/>');
  });

  it('gives only the cover a first-page header and footer, and every section its running ones', async () => {
    const parts = await wordFile(withLists);
    const document = parts['word/document.xml'] ?? '';
    const sections = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    const references = (section: string, type: string) =>
      section.match(new RegExp(`<w:(?:header|footer)Reference w:type="${type}"`, 'g'))?.length ?? 0;
    sections.forEach((section, index) => {
      expect(references(section, 'default'), `section ${index + 1}`).toBe(2);
      expect(references(section, 'first'), `section ${index + 1}`).toBe(index === 0 ? 2 : 0);
    });
    // docx writes each header and footer it is given, used or not: no more than the sections need.
    const headers = Object.keys(parts).filter((path) => /^word\/header\d+\.xml$/.test(path));
    expect(headers).toHaveLength(sections.length + 1);
  });

  it('is left out of a compact policy: the first section starts under the title, with no contents list', async () => {
    const parts = await wordFile({ ...withLists, policy: { ...withLists.policy, length: 'compact' } });
    const document = parts['word/document.xml'] ?? '';
    expect(document).not.toContain('TOC \\');
    // One section for the policy and its annexes, its first page (the title's) without the running header.
    expect(document.match(/<w:sectPr/g)).toHaveLength(1);
    expect(document.match(/<w:titlePg\/>/g)).toHaveLength(1);
    const paragraphs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraph);
    const firstSection = paragraphs.find((paragraph) => paragraph.includes('w:val="Heading1"'));
    expect(paragraphTexts(firstSection ?? '')[0]).toBe('Purpose and scope');
    expect(firstSection).not.toContain('<w:pageBreakBefore/>');
    const title = paragraphs.findIndex((paragraph) => paragraph.includes('w:val="Title"'));
    expect(title).toBeGreaterThanOrEqual(0);
    expect(title).toBeLessThan(paragraphs.indexOf(firstSection!));
    // Set tighter than the complete policy: 10 pt instead of 11, on 2 cm margins instead of 2.5.
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*?<w:sz w:val="20"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    // The form staff sign still starts a page, and is its only annex: the contact sheet and the
    // account list are sheets apart.
    const annex = paragraphs.find(
      (paragraph) => paragraphTexts(paragraph)[0] === 'Annex A – Acknowledgement form',
    );
    expect(annex).toContain('<w:pageBreakBefore/>');
    expect(paragraphTexts(document).join(' ')).not.toMatch(
      /Crisis contact sheet|These are the accounts we run officially/,
    );
  });

  it('runs a compact policy’s clause headings into their first paragraphs, numbered as text', async () => {
    const answers = { ...withLists, policy: { ...withLists.policy, length: 'compact' as const } };
    const policy = renderPolicy({
      answers: answersSchema().parse(answers),
      bundle: bundles.en,
      today: TODAY,
    });
    const clauses = policy.body.children.flatMap((node) =>
      node.type === 'heading' && node.depth === 2 ? [plainText(node.children)] : [],
    );
    const document = (await wordFile(answers))['word/document.xml'] ?? '';
    const paragraphs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraph);
    const text = (paragraph: string) => paragraphTexts(paragraph).join('');
    // A clause that opens with a list keeps a heading of its own, out of Word's heading numbers.
    const standing = paragraphs.filter((paragraph) => paragraph.includes('w:val="Heading2"'));
    expect(standing.length).toBeGreaterThan(0);
    for (const heading of standing) expect(heading).toContain('<w:numId w:val="0"/>');
    // Every other clause's heading leads its first paragraph, in bold, an en space before the text.
    const runIn = paragraphs.filter((paragraph) =>
      /^<w:p><w:pPr><w:spacing w:before="120"\/><\/w:pPr><w:r><w:rPr><w:b\/>/.test(paragraph),
    );
    expect([...standing, ...runIn].map(text)).toEqual(
      expect.arrayContaining(clauses.map((clause) => expect.stringContaining(clause))),
    );
    expect(standing.length + runIn.length).toBe(clauses.length);
    const updates = runIn.map(text).find((line) => line.startsWith('3.2 '));
    expect(updates).toMatch(/^3\.2 Updates\u2002Don/);
    // A heading is no sentence: no full stop is added, and one that asks keeps its question mark.
    const question = clauses.find((clause) => clause.endsWith('?'));
    expect(question).toBeDefined();
    expect(runIn.map(text).find((line) => line.startsWith(question!))).toMatch(/\?\u2002\S/);
    // The complete policy keeps every clause heading as Word's numbered Heading 2.
    const complete = (await wordFile(withLists))['word/document.xml'] ?? '';
    expect(complete.match(/w:val="Heading2"/g)).toHaveLength(clauses.length);
  });

  it('leaves the compact policy’s sheets apart: each downloads alone, titled without an annex letter', async () => {
    const compact = {
      ...withLists,
      policy: { ...withLists.policy, length: 'compact' },
    } satisfies AnswersInput;
    const texts = async (part: 'contacts' | 'accounts') =>
      paragraphTexts((await wordFile(compact, part))['word/document.xml'] ?? '').filter(Boolean);
    const sheet = await texts('contacts');
    expect(sheet[0]).toBe('Crisis contact sheet');
    expect(sheet).toContain('Ida Holm');
    expect((await texts('accounts'))[0]).toBe('Our official accounts');
  });
});

describe('the annexes in the Word file', () => {
  it('start each on a new page, listed in the contents, with mailto links and a form to sign', async () => {
    const parts = await wordFile(withLists);
    const document = parts['word/document.xml'] ?? '';
    const headings = [
      'Annex A – Acknowledgement form',
      'Annex B – Crisis contact sheet',
      'Annex C – Our official accounts',
    ];
    const paragraphs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraph);
    for (const heading of headings) {
      const found = paragraphs.filter((paragraph) => paragraphTexts(paragraph)[0] === heading);
      // Once in the contents list, once as the heading that starts its page (unnumbered).
      expect(found, heading).toHaveLength(2);
      const start = found.find((paragraph) => paragraph.includes('w:val="Heading1"'));
      expect(start).toContain('<w:pageBreakBefore/>');
      expect(start).toMatch(/<w:numId w:val="0"\/>/);
    }
    // The form: four rows tall enough to write in.
    expect(document.match(/<w:trHeight w:val="800" w:hRule="atLeast"\/>/g)).toHaveLength(4);
    const relations = parts['word/_rels/document.xml.rels'] ?? '';
    expect(relations).toMatch(/Target="mailto:ida@acme\.example" TargetMode="External"/);
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?ida@acme\.example/);
  });

  it('writes one annex alone: that annex, with the running header, no cover and no contents list', async () => {
    const parts = await wordFile(withLists, 'acknowledgement');
    const document = parts['word/document.xml'] ?? '';
    const texts = paragraphTexts(document).filter(Boolean);
    expect(texts[0]).toBe('Annex A – Acknowledgement form');
    expect(texts).toContain('Signature');
    expect(texts.join(' ')).not.toMatch(/Crisis contact sheet|Purpose and scope/);
    expect(document).not.toContain('w:val="Title"');
    expect(document).not.toContain('TOC \\');
    const header = Object.entries(parts).find(
      ([path, xml]) => /word\/header\d+\.xml/.test(path) && xml.includes('Acme A/S'),
    );
    expect(header).toBeDefined();
    expect(malformedParts(parts)).toEqual([]);
  });

  it('sets the contact sheet on a landscape page when its table would wrap names upright, and nothing else', async () => {
    const contact = (name: string) => ({
      role: 'communications' as const,
      name,
      phone: '+44 7700 900412',
      email: `${name.toLowerCase().replace(' ', '.')}@thornburyvale-consulting.example`,
      backup: 'Andrew Pike (Company Secretary)',
    });
    const wide = {
      ...withLists,
      crisis: { contacts: [contact('Priya Natarajan'), contact('Richard Ellison'), contact('Fiona McLeod')] },
    };
    const sectionsOf = (document: string) =>
      [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([section]) =>
        section.includes('w:orient="landscape"') ? 'landscape' : 'portrait',
      );
    const document = (await wordFile(wide))['word/document.xml'] ?? '';
    // Cover, body with Annex A, Annex B on its side, Annex C upright again.
    expect(sectionsOf(document)).toEqual(['portrait', 'portrait', 'landscape', 'portrait']);
    // The section starts the page: no page break before its heading as well (a blank page in Word).
    const sheet = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map(([paragraph]) => paragraph)
      .find(
        (paragraph) => paragraph.includes('w:val="Heading1"') && paragraph.includes('Crisis contact sheet'),
      );
    expect(sheet).toBeDefined();
    expect(sheet).not.toContain('<w:pageBreakBefore/>');
    // Landscape A4 is 16,838 wide: its table is as wide as the text between the margins.
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(document).toContain('<w:tblW w:type="dxa" w:w="14002"/>');

    const alone = (await wordFile(wide, 'contacts'))['word/document.xml'] ?? '';
    expect(sectionsOf(alone)).toEqual(['landscape']);
    expect(sectionsOf((await wordFile(withLists))['word/document.xml'] ?? '')).toEqual([
      'portrait',
      'portrait',
    ]);
  });

  it('refuses an annex the policy does not have', async () => {
    await expect(wordFile({}, 'contacts')).rejects.toThrow(/no contacts annex/);
  });
});
