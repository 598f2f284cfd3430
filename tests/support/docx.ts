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

const decode = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '',
  );
