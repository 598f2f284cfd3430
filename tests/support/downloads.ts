import { vi } from 'vitest';

/**
 * The files the app hands to the browser as downloads, by name, with their bytes. jsdom has no
 * object URLs and no downloads: the object URL is stubbed, and the click that would save the
 * file records it instead.
 */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  // Left in place after the test: the app revokes its URLs after a delay.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, blob });
  });
  return files;
}

/** A downloaded file's bytes, as numbers (typed arrays from jsdom and Node don't compare equal). */
export const bytesOf = async (blob: Blob) => Array.from(new Uint8Array(await blob.arrayBuffer()));

/** The bytes of `text` written as UTF-8. */
export const utf8 = (text: string) => Array.from(Buffer.from(text, 'utf8'));
