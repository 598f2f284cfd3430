import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes the output file so that nothing is ever half-written or left behind, and nothing
 * planted in the folder can redirect the write:
 * - the bytes go to a temporary file next to the target, with a random name, created
 *   exclusively (O_CREAT | O_EXCL: a file or symbolic link already at that name makes it fail
 *   rather than be followed), then renamed over the target – a reader sees the old file or the
 *   new one, never half of one, and a symbolic link at the target is replaced, not followed;
 * - an interrupt (Ctrl-C, SIGTERM, SIGHUP) during the write removes the temporary file and ends
 *   the run with the signal's conventional exit code.
 * Problems with the target a user can fix (no such folder, a folder, no permission) come back
 * as an `OutputError` with a plain message.
 */

export class OutputError extends Error {
  override name = 'OutputError';
}

/** How big each write is, so that an interrupt is handled between writes, not after the whole file. */
const CHUNK = 64 * 1024;
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export interface WriteHooks {
  /** Called after each chunk is written (tests use it to interrupt a write half way). */
  afterChunk?: () => void;
}

export async function writeFileSafely(
  path: string,
  bytes: Uint8Array,
  hooks: WriteHooks = {},
): Promise<void> {
  await checkTarget(path);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let interrupted: keyof typeof SIGNALS | undefined;
  const handlers = (Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]).map(
    (signal) => [signal, () => void (interrupted = signal)] as const,
  );
  for (const [signal, handler] of handlers) process.on(signal, handler);
  try {
    const file = await open(temporary, 'wx', 0o644).catch((error: NodeJS.ErrnoException) => {
      throw new OutputError(explain(error, path));
    });
    try {
      for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
        await file.write(bytes, offset, Math.min(CHUNK, bytes.byteLength - offset));
        hooks.afterChunk?.();
        // Let a pending signal handler run before the next chunk.
        await new Promise((done) => setImmediate(done));
        if (interrupted) break;
      }
    } finally {
      await file.close();
    }
    if (!interrupted)
      await rename(temporary, path).catch((error: NodeJS.ErrnoException) => {
        throw new OutputError(explain(error, path));
      });
  } finally {
    await rm(temporary, { force: true });
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  if (interrupted) {
    process.exitCode = SIGNALS[interrupted];
    throw new OutputInterrupted(interrupted);
  }
}

/** The write was stopped by a signal; the temporary file is gone and the target untouched. */
export class OutputInterrupted extends Error {
  override name = 'OutputInterrupted';
  readonly signal: string;
  constructor(signal: string) {
    super(`interrupted by ${signal}: nothing written`);
    this.signal = signal;
  }
}

async function checkTarget(path: string): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new OutputError(`the folder ${dirname(path)} does not exist`);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory())
    throw new OutputError(`${path} is a folder: name a file to write, e.g. ${join(path, 'policy.docx')}`);
}

function explain(error: NodeJS.ErrnoException, path: string): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return `no permission to write ${path}`;
    case 'EROFS':
      return `${dirname(path)} is read-only`;
    case 'EISDIR':
      return `${path} is a folder: name a file to write`;
    case 'ENOSPC':
      return `no space left to write ${path}`;
    case 'ENOTDIR':
    case 'ENOENT':
      return `the folder ${dirname(path)} does not exist`;
    default:
      return `can't write ${path}: ${error.code ?? error.message}`;
  }
}
