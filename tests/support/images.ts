import { deflateSync } from 'node:zlib';

/**
 * Pictures made in the test, so no binary fixture has to be kept: a real PNG of any size (a
 * browser shows it), and the first bytes of a JPEG up to its frame header (enough to read its size).
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A valid RGBA PNG: a dark blue ground with a lighter band across the middle and a transparent
 * border one pixel wide, so a thumbnail shows its shape and its transparency.
 */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const row = 1 + width * 4;
  const pixels = Buffer.alloc(row * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const at = y * row + 1 + x * 4;
      const edge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      const band = Math.abs(y - height / 2) < height / 6;
      pixels.set(edge ? [0, 0, 0, 0] : band ? [120, 180, 240, 255] : [16, 60, 120, 255], at);
    }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A segment: marker, length (counting itself), data. */
const segment = (marker: number, data: number[]) => [
  0xff,
  marker,
  (data.length + 2) >> 8,
  (data.length + 2) & 0xff,
  ...data,
];

/**
 * A JPEG's start: SOI, an APP0 (JFIF), a long APP1 (as EXIF makes), a quantisation table and the
 * frame header of the given kind (0xc0 baseline, 0xc2 progressive).
 */
export function makeJpegStart(width: number, height: number, frame = 0xc0): Buffer {
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(
      0xe1,
      Array.from({ length: 3000 }, (_, index) => index % 251),
    ),
    ...segment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]),
    ...segment(frame, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ]),
  ]);
}

/** A logo as the answers hold it: a real PNG of that size, base64-encoded. */
export const logoAnswer = (width: number, height: number, fileName = 'logo.png') => ({
  fileName,
  mediaType: 'image/png' as const,
  data: makePng(width, height).toString('base64'),
  width,
  height,
});
