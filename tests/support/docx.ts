import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** A .docx opened as a file: every part by path, as text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** The XML parts that are not well-formed, with the parser's reason. */
export function malformedParts(parts: Record<string, string>): string[] {
  return Object.entries(parts)
    .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
    .flatMap(([path, xml]) => {
      const result = XMLValidator.validate(xml);
      return result === true ? [] : [`${path}: ${result.err.msg} (line ${result.err.line})`];
    });
}

export const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });

/** The text of every paragraph of document.xml, in order. */
export function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decode(text ?? '')).join(''),
  );
}

/** A style of styles.xml, by its id, as XML (empty when there is none). */
export function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}

/**
 * The list a style is numbered by, from its `w:numPr`: the level and the abstract numbering the
 * `w:num` it names stands for (as XML), or undefined when the style is not numbered.
 */
export function styleNumbering(
  parts: Record<string, string>,
  styleId: string,
): { level: number; abstractNum: string } | undefined {
  const style = styleXml(parts['word/styles.xml'] ?? '', styleId);
  const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(style);
  if (!numPr) return undefined;
  const numbering = parts['word/numbering.xml'] ?? '';
  const num = new RegExp(`<w:num w:numId="${numPr[2]}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering);
  const abstractNum = new RegExp(
    `<w:abstractNum w:abstractNumId="${num?.[1]}"[ >][\\s\\S]*?</w:abstractNum>`,
  ).exec(numbering)?.[0];
  return abstractNum ? { level: Number(numPr[1]), abstractNum } : undefined;
}

/** A numbering level of an abstract numbering (`w:lvl`), as XML (empty when there is none). */
export function numberingLevel(abstractNum: string, level: number): string {
  return new RegExp(`<w:lvl w:ilvl="${level}"[ >][\\s\\S]*?</w:lvl>`).exec(abstractNum)?.[0] ?? '';
}

/** The paragraphs of document.xml in a heading style: its level, its text, and whether it opts out of numbering. */
export function headingParagraphs(
  documentXml: string,
): { level: number; text: string; unnumbered: boolean }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap(([paragraph]) => {
    const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(paragraph)?.[1];
    if (level === undefined) return [];
    return [
      {
        level: Number(level),
        text: paragraphTexts(paragraph).join(''),
        unnumbered: paragraph.includes('<w:numId w:val="0"/>'),
      },
    ];
  });
}

const decode = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '',
  );
