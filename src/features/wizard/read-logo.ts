import { answersSchema, defaultAnswers, LOGO_MAX_BYTES, type Answers } from '@/domain/answers';
import { imageType, readImageHeader, SIGNATURE_BYTES } from '@/lib/image-header';
import { setPath } from '@/lib/path';

/**
 * A logo file the user picked, read in the browser into the answer `policy.logo`: its bytes in
 * base64 and its size in pixels. Nothing is sent anywhere. The type is the file's own, by its
 * first bytes: a name ending in .png proves nothing.
 */

export type Logo = NonNullable<Answers['policy']['logo']>;

/** Why a file was refused; each has its message under `fields.<path>.<problem>`. */
export type LogoProblem = 'wrongType' | 'tooBig' | 'unreadable';

export type LogoResult = { ok: true; logo: Logo } | { ok: false; problem: LogoProblem };

/** The most characters of a file name the answers keep (the schema's short text). */
const MAX_NAME = 300;

/** Shown in the hint and the message about size, e.g. "500 KB". */
export const LOGO_MAX_SIZE_TEXT = `${LOGO_MAX_BYTES / 1024} KB`;

export async function readLogo(file: Blob, name: string): Promise<LogoResult> {
  try {
    // The type first, from a few bytes: a large file of the wrong kind is told what is wrong with it.
    const type = imageType(new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer()));
    if (!type) return { ok: false, problem: 'wrongType' };
    if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'tooBig' };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const header = readImageHeader(bytes);
    if (!header.ok) return { ok: false, problem: 'unreadable' };
    const logo: Logo = { fileName: logoFileName(name, type), data: toBase64(bytes), ...header.image };
    // Whatever else the answers require of a logo (a size in pixels they can hold, say) is the schema's.
    const fits = answersSchema().safeParse(setPath(defaultAnswers(), 'policy.logo', logo)).success;
    return fits ? { ok: true, logo } : { ok: false, problem: 'unreadable' };
  } catch {
    // The file was moved, deleted or changed after it was chosen, or the browser may not read it.
    return { ok: false, problem: 'unreadable' };
  }
}

/** The name as chosen, trimmed to what the answers hold, keeping its extension. */
export function logoFileName(name: string, type: Logo['mediaType']): string {
  const trimmed = name.trim();
  if (!trimmed) return type === 'image/png' ? 'logo.png' : 'logo.jpg';
  if (trimmed.length <= MAX_NAME) return trimmed;
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(trimmed)?.[0] ?? '';
  return `${trimmed.slice(0, MAX_NAME - extension.length).trimEnd()}${extension}`;
}

/** Base64 without a `data:` prefix. `btoa` takes a "binary string", built in slices (no stack overflow). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const SLICE = 0x8000;
  for (let start = 0; start < bytes.length; start += SLICE)
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

/** The logo as a `data:` URL, for a thumbnail (the app's CSP allows `img-src data:`). */
export const logoUrl = (logo: Logo) => `data:${logo.mediaType};base64,${logo.data}`;
