import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers, LOGO_MAX_BYTES } from '@/domain/answers';
import { logoFileName, readLogo, toBase64 } from '@/features/wizard/read-logo';
import { setPath } from '@/lib/path';
import { makeJpegStart, makePng } from '../support/images';

/** A chosen file read into the answer `policy.logo`, or refused with the reason the user is told. */

const file = (bytes: Uint8Array | string, type = '') => new Blob([bytes as BlobPart], { type });

describe('reading a logo file', () => {
  it('keeps a PNG as base64 with its size in pixels, which the answers accept', async () => {
    const png = makePng(120, 40);
    const result = await readLogo(file(png, 'image/png'), 'logo.png');
    expect(result).toEqual({
      ok: true,
      logo: {
        fileName: 'logo.png',
        mediaType: 'image/png',
        data: png.toString('base64'),
        width: 120,
        height: 40,
      },
    });
    if (!result.ok) return;
    expect(answersSchema().safeParse(setPath(defaultAnswers(), 'policy.logo', result.logo)).success).toBe(
      true,
    );
  });

  it('goes by the bytes, not the name or the type the browser guessed', async () => {
    const jpeg = makeJpegStart(300, 100, 0xc2);
    expect(await readLogo(file(jpeg, 'image/png'), 'logo.png')).toMatchObject({
      ok: true,
      logo: { mediaType: 'image/jpeg', width: 300, height: 100, fileName: 'logo.png' },
    });
    expect(await readLogo(file('hello', 'image/png'), 'notes.png')).toEqual({
      ok: false,
      problem: 'wrongType',
    });
  });

  it('refuses a file over the limit, and takes one of exactly the limit', async () => {
    const png = makePng(8, 8);
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(png);
      return bytes;
    };
    expect(await readLogo(file(padded(LOGO_MAX_BYTES + 1)), 'big.png')).toEqual({
      ok: false,
      problem: 'tooBig',
    });
    expect(await readLogo(file(padded(LOGO_MAX_BYTES)), 'just.png')).toMatchObject({ ok: true });
  });

  it('says a large file of the wrong kind is the wrong kind', async () => {
    expect(await readLogo(file('x'.repeat(LOGO_MAX_BYTES * 2)), 'huge.png')).toEqual({
      ok: false,
      problem: 'wrongType',
    });
  });

  it('cannot read a damaged picture, or one too large for the answers', async () => {
    expect(await readLogo(file(makePng(10, 10).subarray(0, 20)), 'cut.png')).toEqual({
      ok: false,
      problem: 'unreadable',
    });
    const huge = Buffer.from(makePng(2, 2));
    huge.writeUInt32BE(50_000, 16);
    expect(await readLogo(file(huge), 'wide.png')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('cannot read a file the browser fails to read', async () => {
    const broken = file(makePng(2, 2));
    broken.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    broken.slice = () => broken;
    expect(await readLogo(broken, 'gone.png')).toEqual({ ok: false, problem: 'unreadable' });
  });
});

describe('the logo file name', () => {
  it('is the name chosen, trimmed, or a plain one when there is none', () => {
    expect(logoFileName('  Logo (hvid).png ', 'image/png')).toBe('Logo (hvid).png');
    expect(logoFileName('', 'image/png')).toBe('logo.png');
    expect(logoFileName(' ', 'image/jpeg')).toBe('logo.jpg');
  });

  it('keeps its extension when shortened to what the answers hold', () => {
    const name = logoFileName(`${'a'.repeat(400)}.jpeg`, 'image/jpeg');
    expect(name).toHaveLength(300);
    expect(name.endsWith('a.jpeg')).toBe(true);
  });
});

describe('base64', () => {
  it('matches node over every byte value and in slices larger than one', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });
});
