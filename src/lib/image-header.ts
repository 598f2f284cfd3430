/**
 * What kind of picture a file holds and how many pixels it has, read from its first bytes: the
 * PNG signature and IHDR chunk, or the JPEG markers up to the frame header. Pure, so it runs the
 * same in a browser, in jsdom (which decodes no images) and in node; a file's name and the type
 * the browser guessed from it are never trusted.
 */

export type ImageType = 'image/png' | 'image/jpeg';

export interface ImageHeader {
  mediaType: ImageType;
  width: number;
  height: number;
}

/** `notImage`: neither a PNG nor a JPEG. `damaged`: it starts like one, but its size can't be read. */
export type HeaderResult = { ok: true; image: ImageHeader } | { ok: false; problem: 'notImage' | 'damaged' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_START = [0xff, 0xd8, 0xff];
/** The most bytes `imageType` looks at. */
export const SIGNATURE_BYTES = PNG_SIGNATURE.length;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** The file's type by its signature, from at least its first `SIGNATURE_BYTES` bytes. */
export function imageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_START)) return 'image/jpeg';
  return null;
}

export function readImageHeader(bytes: Uint8Array): HeaderResult {
  const type = imageType(bytes);
  if (!type) return { ok: false, problem: 'notImage' };
  const size = type === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0
    ? { ok: true, image: { mediaType: type, ...size } }
    : { ok: false, problem: 'damaged' };
}

type Size = { width: number; height: number } | null;

const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);

/** PNG: the first chunk must be IHDR (length 13), whose data starts with width and height. */
function pngSize(bytes: Uint8Array): Size {
  if (bytes.length < 24) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (u32(bytes, 8) !== 13 || chunk !== 'IHDR') return null;
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  // The format allows at most 2^31 - 1 each way.
  return width < 2 ** 31 && height < 2 ** 31 ? { width, height } : null;
}

/**
 * The frame header (SOF) kinds every browser, Word and LibreOffice show: baseline, extended
 * sequential and progressive. The rest (lossless, hierarchical, arithmetic coding) are too rare
 * and too poorly supported to accept: they read as damaged.
 */
const SHOWN_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
const isFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers with no length after them: TEM, the restart markers and SOI. */
const isStandalone = (marker: number) =>
  marker === 0x01 || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * JPEG: after SOI, segments follow (each `FF marker`, a two-byte length counting itself, data)
 * until the frame header, which holds precision, height, width. EXIF, ICC profiles and
 * thumbnails come first and may be long, so the whole file may have to be walked.
 */
function jpegSize(bytes: Uint8Array): Size {
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    // Any number of FF may pad before a marker.
    while (bytes[at] === 0xff) at += 1;
    if (at >= bytes.length) return null;
    const marker = bytes[at]!;
    at += 1;
    if (isStandalone(marker)) continue;
    // A stuffed zero belongs to image data; end of image or start of scan: no frame header came.
    if (marker === 0x00 || marker === 0xd9 || marker === 0xda) return null;
    if (at + 2 > bytes.length) return null;
    const length = u16(bytes, at);
    if (length < 2) return null;
    if (isFrame(marker)) {
      if (!SHOWN_FRAMES.has(marker) || length < 7 || at + 7 > bytes.length) return null;
      return { height: u16(bytes, at + 3), width: u16(bytes, at + 5) };
    }
    at += length;
  }
  return null;
}
