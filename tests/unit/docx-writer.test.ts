import type { Heading, PhrasingContent } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { renderPolicy, type PolicyDocument } from '@/document/render';
import { writeDocx } from '@/document/writers/docx';
import { CELL_PADDING, textWidth as measureText } from '@/document/writers/table-layout';
import {
  headingParagraphs,
  malformedParts,
  numberingLevel,
  paragraphTexts,
  styleNumbering,
  unzipDocx,
} from '../support/docx';
import { bundles, LOCALES, maximalAnswers, TODAY } from '../support/templates';

const TEXT_WIDTH = 9_070;

const plain = (nodes: readonly PhrasingContent[]): string =>
  nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plain(node.children) : ''))
    .join('');
/** "3. Security" → "Security", "3.2 Devices" → "Devices": the heading as Word writes its text. */
const withoutNumber = (text: string) => text.replace(/^\d+\.(?:\d+)? /, '');
/** What the Word file holds after the contents list: the sections, then the annexes. */
const writtenBlocks = (policy: PolicyDocument) => [
  ...policy.body.children,
  ...policy.annexes.flatMap((annex) => annex.body.children),
];

describe.each(LOCALES)('the Word file (%s)', (locale) => {
  let policy: PolicyDocument;
  let parts: Record<string, string>;
  let body: string;

  beforeAll(async () => {
    const answers = answersSchema().parse({
      ...maximalAnswers,
      organisation: { ...maximalAnswers.organisation, name: 'Acme & <Søn> "A/S"' },
      roles: {
        ...maximalAnswers.roles,
        accounts: [
          {
            network: 'linkedin',
            handle: '@acme',
            purpose: 'Rekruttering og nyheder',
            owner: 'Ida',
            backup: 'Bo',
          },
          { network: 'instagram', handle: '@acme.dk', purpose: 'Kultur', owner: 'Bo', backup: '' },
        ],
      },
    });
    policy = renderPolicy({ answers, bundle: bundles[locale], today: TODAY });
    parts = unzipDocx(await writeDocx(policy));
    body = parts['word/document.xml'] ?? '';
  });

  it('is a zip of well-formed XML parts', () => {
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
        'docProps/core.xml',
      ]),
    );
    expect(malformedParts(parts)).toEqual([]);
  });

  it('uses the built-in heading styles for every section, in order', () => {
    const headings = [...body.matchAll(/<w:pStyle w:val="Heading1"\/>/g)];
    const sections = writtenBlocks(policy).filter((node) => node.type === 'heading' && node.depth === 1);
    expect(headings).toHaveLength(sections.length);
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1"/);
  });

  it('says how every line spacing is meant, so a wrapped title or heading is never crushed', () => {
    // Without w:lineRule, LibreOffice takes w:line as an exact height: 13.8 pt lines under a 26 pt title.
    const spacings = Object.values(parts).flatMap(
      (xml) => xml.match(/<w:spacing [^>]*w:line="[^>]*>/g) ?? [],
    );
    expect(spacings.length).toBeGreaterThan(0);
    expect(spacings.filter((spacing) => !spacing.includes('w:lineRule="auto"'))).toEqual([]);
  });

  it('sets the spell-check language and the document properties', () => {
    // The template's language as written where the organisation is (a Danish one reads European French).
    const tag = policy.languageTag;
    expect(tag.startsWith(`${locale}-`)).toBe(true);
    expect(parts['word/styles.xml']).toContain(`<w:lang w:val="${tag}"/>`);
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:language>${tag}</dc:language>`);
    expect(core).toContain(`<dc:title>${policy.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Acme &amp; &lt;Søn&gt; &quot;A/S&quot;</dc:creator>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-24T00:00:00Z</dcterms:created>',
    );
  });

  it('keeps special characters as text', () => {
    expect(paragraphTexts(body)).toContain('Acme & <Søn> "A/S"');
  });

  it('gives the heading styles outline levels, so every reader sees the headings (Navigator, PDF bookmarks)', () => {
    const styles = parts['word/styles.xml'] ?? '';
    for (const [level, id] of ['Heading1', 'Heading2', 'Heading3'].entries()) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
  });

  it('starts with the title, before the organisation, for readers that take the first paragraph as the title', () => {
    const [first, second] = paragraphTexts(body);
    expect(first).toBe(policy.title);
    expect(second).toBe('Acme & <Søn> "A/S"');
    expect(body.indexOf('<w:pStyle w:val="Title"/>')).toBeLessThan(body.indexOf('Acme &amp;'));
  });

  it('has a real contents list: a TOC field already listing every section, each a link to its heading', () => {
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(body)?.[0] ?? '';
    expect(toc).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(toc).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    const sections = writtenBlocks(policy).flatMap((node) =>
      node.type === 'heading' && node.depth === 1 ? [node] : [],
    );
    const entries = [
      ...toc.matchAll(
        /<w:hyperlink [^>]*w:anchor="([^"]+)"><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t>/g,
      ),
    ];
    // With their numbers, "3. Security", as the Markdown has them and Word writes them when it updates the list.
    expect(entries.map(([, , text]) => text)).toEqual(sections.map((heading) => plain(heading.children)));
    expect(entries[0]?.[2]).toMatch(/^1\. /);
    // Each link lands on a bookmark around its section heading.
    for (const [, anchor] of entries)
      expect(body).toMatch(new RegExp(`<w:bookmarkStart [^>]*w:name="${anchor}"`));
  });

  it('numbers Heading 1 and 2 from one list linked to both styles, so Word renumbers sections added in Word', () => {
    const sections = styleNumbering(parts, 'Heading1');
    const subsections = styleNumbering(parts, 'Heading2');
    expect(sections?.level).toBe(0);
    expect(subsections?.level).toBe(1);
    expect(subsections?.abstractNum).toBe(sections?.abstractNum);
    const list = sections?.abstractNum ?? '';
    const [first, second] = [numberingLevel(list, 0), numberingLevel(list, 1)];
    expect(first).toContain('<w:pStyle w:val="Heading1"/>');
    expect(first).toContain('<w:lvlText w:val="%1."/>');
    expect(second).toContain('<w:pStyle w:val="Heading2"/>');
    expect(second).toContain('<w:lvlText w:val="%1.%2"/>');
    for (const level of [first, second]) {
      expect(level).toContain('<w:numFmt w:val="decimal"/>');
      // "3. Security" as in the Markdown, flush left like the text of the other paragraphs.
      expect(level).toContain('<w:suff w:val="space"/>');
      expect(level).toContain('<w:ind w:left="0" w:hanging="0"/>');
      // Without a w:lvlRestart, level 1 starts again after each level 0: 2.1 follows 1.7.
      expect(level).not.toContain('<w:lvlRestart');
    }
    expect(styleNumbering(parts, 'Heading3')).toBeUndefined();
  });

  it('writes each heading without the number the Markdown has, for Word to number it', () => {
    const treeHeadings = writtenBlocks(policy).flatMap((node) => (node.type === 'heading' ? [node] : []));
    const headings = headingParagraphs(body);
    expect(headings).toEqual(
      treeHeadings.map((heading) => {
        const text = plain(heading.children);
        return {
          level: Math.min(heading.depth, 3),
          text: withoutNumber(text),
          // A section heading without a number in the Markdown (an annex's) is taken out of the list.
          unnumbered: heading.depth <= 2 && withoutNumber(text) === text,
        };
      }),
    );
    expect(headings.filter(({ text }) => /^\d+\.\d* /.test(text))).toEqual([]);
    const numbered = headings.filter(({ level, unnumbered }) => level <= 2 && !unnumbered);
    expect(numbered.length).toBeGreaterThanOrEqual(8);
    expect(numbered.length).toBe(
      policy.body.children.filter((node) => node.type === 'heading' && node.depth <= 2).length,
    );
  });

  it('marks only header rows as header rows (an explicit "off" reads as a header to mammoth)', () => {
    expect(body).toContain('<w:tblHeader/>');
    expect(body).not.toMatch(/<w:tblHeader w:val="(?:off|false|0)"\/>/);
  });

  it('lays out A4 with 2.5 cm margins', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
  });

  it('gives every table a fixed grid that fills the text width, and every cell a width', () => {
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const cells = table.match(/<w:tc>/g)?.length ?? 0;
      expect(table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(cells);
    }
  });

  it('numbers each numbered list from 1 and uses real Word bullets', () => {
    const numbering = parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    const orderedLists = policy.body.children.filter((node) => node.type === 'list' && node.ordered).length;
    // One w:num per numbered list (plus the bullets'), each restarting its level 0 at 1.
    const nums = numbering.match(/<w:num w:numId=/g)?.length ?? 0;
    expect(nums).toBeGreaterThanOrEqual(orderedLists + 1);
    expect(body).toContain('<w:numPr>');
  });

  it('has a header with the organisation and a footer with the version and page X of Y', () => {
    const footer =
      Object.entries(parts).find(
        ([path, xml]) => path.startsWith('word/footer') && xml.includes('PAGE'),
      )?.[1] ?? '';
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain(bundles[locale].strings.page.split('{current}')[0]);
    const headers = Object.entries(parts)
      .filter(([path]) => path.startsWith('word/header'))
      .map(([, x]) => x)
      .join('');
    expect(headers).toContain('Acme &amp; &lt;Søn&gt;');
    expect(body).toContain('<w:titlePg/>');
  });
});

describe('the paper of the place', () => {
  it.each([
    ['US', 12_240, 15_840],
    ['CA', 12_240, 15_840],
    ['DK', 11_906, 16_838],
    ['UK', 11_906, 16_838],
  ] as const)('%s: %i × %i twips, tables as wide as the text', async (country, width, height) => {
    const answers = answersSchema().parse({
      ...maximalAnswers,
      organisation: { ...maximalAnswers.organisation, country, province: country === 'CA' ? 'ON' : '' },
    });
    const policy = renderPolicy({ answers, bundle: bundles.en, today: TODAY });
    const body = unzipDocx(await writeDocx(policy))['word/document.xml'] ?? '';
    expect(body).toContain(`<w:pgSz w:w="${width}" w:h="${height}"`);
    const grid = [...(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(body)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)];
    expect(grid.reduce((sum, [, w]) => sum + Number(w), 0)).toBe(width - 2 * 1_418);
  });
});

describe('tables in the Word file', () => {
  /** A policy whose crisis contacts are the given rows (name, role, phone, e-mail, deputy). */
  async function withContacts(
    contacts: { name: string; role: string; phone: string; email: string; backup?: string }[],
  ) {
    const answers = answersSchema().parse({
      ...maximalAnswers,
      crisis: {
        ...maximalAnswers.crisis,
        contacts: contacts.map((contact) => ({ backup: '', ...contact })),
      },
    });
    const policy = renderPolicy({ answers, bundle: bundles.en, today: TODAY });
    return unzipDocx(await writeDocx(policy))['word/document.xml'] ?? '';
  }
  const gridOf = (table: string) =>
    [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
  const tablesWith = (body: string, text: string) =>
    [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table).filter((t) => t.includes(text));

  it('gives the column of an address at least the address’s measured width', async () => {
    const email = 'ellie.hughes@thornburyvale.example';
    const body = await withContacts([
      { name: 'Ellie Hughes', role: 'communications', phone: '+44 7700 900412', email },
    ]);
    const [contacts] = tablesWith(body, email);
    const cells = [...(contacts ?? '').matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell);
    const cell = cells.find((xml) => xml.includes(email)) ?? '';
    const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell)?.[1]);
    expect(width).toBeGreaterThanOrEqual(
      Math.ceil(measureText(email, { sizeHalfPoints: 20 })) + CELL_PADDING,
    );
    // The phone number's spaces don't break.
    expect(contacts).toContain('+44\u00a07700\u00a0900412');
  });

  it('lays out a table too wide even for a landscape page as a block per row, never squeezed', async () => {
    const long = (name: string) => `${name}.with.a.long.address@communications-department.example`;
    const body = await withContacts([
      {
        name: 'Ada Lovelace',
        role: 'communications',
        phone: '+45 40 17 55 92',
        email: long('ada'),
        backup: long('cy'),
      },
      {
        name: 'Bo Bramsen',
        role: 'socialTeam',
        phone: '+45 40 17 55 93',
        email: long('bo'),
        backup: long('di'),
      },
    ]);
    expect(body).not.toContain('w:orient="landscape"');
    const blocks = tablesWith(body, long('ada'));
    expect(blocks).toHaveLength(1);
    // Label and value, as wide as the text together.
    expect(gridOf(blocks[0]!)).toHaveLength(2);
    expect(gridOf(blocks[0]!).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(tablesWith(body, long('bo'))).toHaveLength(1);
    expect(paragraphTexts(body)).toContain('Ada Lovelace');
  });
});

describe('headings the document tree leaves unnumbered', () => {
  const policyWith = (heading: Heading): PolicyDocument => {
    const policy = renderPolicy({ answers: maximalAnswers, bundle: bundles.en, today: TODAY });
    return { ...policy, body: { ...policy.body, children: [...policy.body.children, heading] } };
  };

  it('stay unnumbered in Word, out of the list their style is linked to, and still in the contents', async () => {
    const appendix: Heading = {
      type: 'heading',
      depth: 1,
      children: [{ type: 'text', value: 'Appendix – Form' }],
    };
    const body = unzipDocx(await writeDocx(policyWith(appendix)))['word/document.xml'] ?? '';
    expect(headingParagraphs(body).filter(({ text }) => text === 'Appendix – Form')).toEqual([
      { level: 1, text: 'Appendix – Form', unnumbered: true },
    ]);
    expect(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(body)?.[0]).toContain('>Appendix – Form<');
  });

  it('are never shortened by a number that is not there', async () => {
    const edited: Heading = {
      type: 'heading',
      depth: 2,
      data: { number: '9.9' },
      children: [{ type: 'text', value: 'Questions' }],
    };
    await expect(writeDocx(policyWith(edited))).rejects.toThrow(/numbered 9\.9/);
  });
});
