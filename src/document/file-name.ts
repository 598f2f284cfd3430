import { partOf, type PartId } from './parts';
import type { PolicyDocument } from './render';

const FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case ASCII words joined by hyphens: "Ærø Sejlklub A/S" → "aeroe-sejlklub-a-s". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * "politik-for-sociale-medier-acme-v1-2.docx", or for an annex alone
 * "bilag-a-kvittering-for-modtagelse-acme-v1-2.docx": in the document's language, safe on every OS.
 */
export function policyFileName(document: PolicyDocument, extension: 'docx' | 'md', part?: PartId): string {
  const version = slug(document.titleBlock[0]?.value ?? '');
  const heading = part && partOf(document, part)?.heading;
  const name = heading ? slug(heading) : document.strings.fileName;
  const parts = [name, slug(document.organisation), version && `v${version}`];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
