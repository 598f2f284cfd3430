/**
 * A value built the first time it is asked for, then kept. For zod schemas: building one is slow
 * enough (tens of milliseconds for a large one on a phone) to show in a page's first paint when it
 * happens as a module loads.
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
