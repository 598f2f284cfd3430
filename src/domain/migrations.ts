/**
 * Answers files carry the schema version they were written with. When the schema changes in a
 * way old files don't fit, bump CURRENT_SCHEMA_VERSION and add a step here that turns a file
 * of the previous version into the new shape; old files then keep opening. Steps work on plain
 * JSON, before validation, and never throw on a field they don't know.
 */

export const CURRENT_SCHEMA_VERSION = 2;

/** Turns the `answers` of version N - 1 into version N, keyed by N. */
export type Migrations = Readonly<Record<number, (answers: unknown) => unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: Migrations = {
  /**
   * 2 adds `wording`, the user's own wording of clauses. A version 1 file has none; one that
   * somehow carries a `wording` field of another shape (written by hand) loses only that field,
   * as version 1 never read it.
   */
  2: (answers) => {
    if (!isObject(answers)) return answers;
    return { ...answers, wording: { da: {}, en: {}, fr: {} } };
  },
};

export type MigrationResult =
  | { ok: true; answers: unknown; migratedFrom: number | undefined }
  | { ok: false; reason: 'future' | 'unknown'; version: number };

export function migrateAnswers(
  answers: unknown,
  fromVersion: number,
  migrations: Migrations = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (fromVersion > current) return { ok: false, reason: 'future', version: fromVersion };
  let value = answers;
  for (let version = fromVersion + 1; version <= current; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'unknown', version: fromVersion };
    value = step(value);
  }
  return { ok: true, answers: value, migratedFrom: fromVersion < current ? fromVersion : undefined };
}
