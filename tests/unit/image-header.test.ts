import { describe, expect, it } from 'vitest';
import { imageType, readImageHeader } from '@/lib/image-header';
import { makeJpegStart, makePng, PNG_SIGNATURE } from '../support/images';

/** A picture's type and size from its first bytes, whatever its name says. */

/** The smallest PNG there is, 1 × 1 px, as many tools write it. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const bytes = (buffer: Buffer | number[]) => new Uint8Array(buffer);

describe('a PNG', () => {
  it('is known by its signature, and its size read from IHDR', () => {
    expect(readImageHeader(bytes(ONE_PIXEL_PNG))).toEqual({
      ok: true,
      image: { mediaType: 'image/png', width: 1, height: 1 },
    });
    expect(readImageHeader(bytes(makePng(120, 40)))).toEqual({
      ok: true,
      image: { mediaType: 'image/png', width: 120, height: 40 },
    });
  });

  it('reads sizes beyond 16 bits', () => {
    const png = Buffer.from(makePng(2, 2));
    png.writeUInt32BE(70_000, 16);
    expect(readImageHeader(bytes(png))).toMatchObject({ ok: true, image: { width: 70_000, height: 2 } });
  });

  it('is damaged when cut off before its size, or when IHDR is not its first chunk', () => {
    const png = makePng(120, 40);
    for (const length of [8, 12, 16, 20, 23])
      expect(readImageHeader(bytes(png.subarray(0, length))), `${length} bytes`).toEqual({
        ok: false,
        problem: 'damaged',
      });
    const renamed = Buffer.from(png);
    renamed.write('IDAT', 12, 'latin1');
    expect(readImageHeader(bytes(renamed))).toEqual({ ok: false, problem: 'damaged' });
  });

  it('is damaged with a size of nought', () => {
    const png = Buffer.from(makePng(3, 3));
    png.writeUInt32BE(0, 20);
    expect(readImageHeader(bytes(png))).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('a JPEG', () => {
  it('has its size read from a baseline frame header (SOF0), after long APP segments', () => {
    expect(readImageHeader(bytes(makeJpegStart(640, 480, 0xc0)))).toEqual({
      ok: true,
      image: { mediaType: 'image/jpeg', width: 640, height: 480 },
    });
  });

  it('has its size read from a progressive frame header (SOF2)', () => {
    expect(readImageHeader(bytes(makeJpegStart(1200, 400, 0xc2)))).toEqual({
      ok: true,
      image: { mediaType: 'image/jpeg', width: 1200, height: 400 },
    });
  });

  it('skips fill bytes before a marker', () => {
    const jpeg = makeJpegStart(30, 20);
    const padded = Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xff]), jpeg.subarray(2)]);
    expect(readImageHeader(bytes(padded))).toMatchObject({ ok: true, image: { width: 30, height: 20 } });
  });

  it('does not take a Huffman table (DHT, 0xc4) for a frame header', () => {
    const jpeg = makeJpegStart(30, 20);
    const dht = [0xff, 0xc4, 0, 7, 0x10, 0x40, 0x00, 0x50, 0x00];
    const withTable = Buffer.concat([jpeg.subarray(0, 2), Buffer.from(dht), jpeg.subarray(2)]);
    expect(readImageHeader(bytes(withTable))).toMatchObject({ ok: true, image: { width: 30, height: 20 } });
  });

  it('is damaged when cut off anywhere before the size in its frame header, and read right after it', () => {
    const jpeg = makeJpegStart(640, 480);
    // The frame header is the last 19 bytes: marker (2), length (2), precision, height, width, components.
    const sizeEnds = jpeg.length - 19 + 2 + 7;
    expect(readImageHeader(bytes(jpeg.subarray(0, sizeEnds)))).toMatchObject({ ok: true });
    const lengths = [3, 4, 5, 6, 20, 1000, jpeg.length - 19, jpeg.length - 17, sizeEnds - 1];
    for (const length of lengths)
      expect(readImageHeader(bytes(jpeg.subarray(0, length))), `${length} bytes`).toEqual({
        ok: false,
        problem: 'damaged',
      });
  });

  it('is damaged when its scan starts, or it ends, before any frame header', () => {
    const soi = [0xff, 0xd8];
    expect(readImageHeader(bytes([...soi, 0xff, 0xda, 0, 2]))).toEqual({ ok: false, problem: 'damaged' });
    expect(readImageHeader(bytes([...soi, 0xff, 0xd9]))).toEqual({ ok: false, problem: 'damaged' });
    // Bytes that are no marker where one should be.
    expect(readImageHeader(bytes([...soi, 0xff, 0xe0, 0, 4, 1, 2, 0x12, 0x34]))).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('is refused in the kinds few programs show (lossless, arithmetic coding)', () => {
    for (const frame of [0xc3, 0xc9, 0xcb])
      expect(readImageHeader(bytes(makeJpegStart(10, 10, frame))), frame.toString(16)).toEqual({
        ok: false,
        problem: 'damaged',
      });
  });

  it('is damaged with a height of nought (one given later, in a DNL segment)', () => {
    expect(readImageHeader(bytes(makeJpegStart(10, 0)))).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('anything else', () => {
  it('is not an image: text, an empty file, a GIF, a PDF, half a signature', () => {
    const files = [
      Buffer.from('This is not a picture, whatever its name says.\n'),
      Buffer.alloc(0),
      Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      Buffer.from('%PDF-1.7\n', 'latin1'),
      PNG_SIGNATURE.subarray(0, 7),
      Buffer.from([0xff, 0xd8]),
    ];
    for (const file of files) {
      expect(imageType(bytes(file))).toBeNull();
      expect(readImageHeader(bytes(file))).toEqual({ ok: false, problem: 'notImage' });
    }
  });

  it('knows the type from the signature alone', () => {
    expect(imageType(bytes(PNG_SIGNATURE))).toBe('image/png');
    expect(imageType(bytes([0xff, 0xd8, 0xff]))).toBe('image/jpeg');
  });
});
