import * as z from 'zod/mini';
import { answersSchema, type Answers } from './answers';
import { CURRENT_SCHEMA_VERSION, migrateAnswers, MIGRATIONS, type Migrations } from './migrations';

/**
 * The answers file: `{ "schemaVersion": 1, "answers": { … } }`. The one format the app saves,
 * the CLI reads and the examples are written in.
 */

export interface Problem {
  /** Where, as a dotted path from the top of the file: `answers.roles.accounts.0.email`. */
  path: string;
  message: string;
}

export type ReadResult =
  | { ok: true; answers: Answers; warnings: Problem[]; migratedFrom: number | undefined }
  | { ok: false; problems: Problem[] };

const envelopeSchema = z.object({
  schemaVersion: z.int().check(z.positive()),
  answers: z.record(z.string(), z.unknown()),
});

const pathOf = (segments: readonly PropertyKey[]) => segments.map(String).join('.');

/** Fields in the input that the schema doesn't know: they are dropped, so say so. */
function unknownFields(input: unknown, parsed: unknown, path: string[]): Problem[] {
  if (Array.isArray(input) && Array.isArray(parsed))
    return input.flatMap((item, index) => unknownFields(item, parsed[index], [...path, String(index)]));
  if (!isObject(input) || !isObject(parsed)) return [];
  return Object.keys(input).flatMap((key) =>
    key in parsed
      ? unknownFields(input[key], parsed[key], [...path, key])
      : [{ path: [...path, key].join('.'), message: 'unknown field, ignored' }],
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readAnswersFile(text: string, migrations: Migrations = MIGRATIONS): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return readAnswersJson(json, migrations);
}

export function readAnswersJson(json: unknown, migrations: Migrations = MIGRATIONS): ReadResult {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) => ({
        path: pathOf(issue.path) || '(file)',
        message:
          issue.path.length === 0
            ? 'expected an object like { "schemaVersion": 1, "answers": { … } }'
            : issue.message,
      })),
    };

  const { schemaVersion } = envelope.data;
  const migrated = migrateAnswers(envelope.data.answers, schemaVersion, migrations);
  if (!migrated.ok)
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message:
            migrated.reason === 'future'
              ? `this file is from a newer version of Policy Builder (schema version ${schemaVersion}); this version reads up to ${CURRENT_SCHEMA_VERSION}`
              : `schema version ${schemaVersion} is not one Policy Builder has ever written`,
        },
      ],
    };

  const parsed = answersSchema().safeParse(migrated.answers);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: pathOf(['answers', ...issue.path]),
        message: issue.message,
      })),
    };
  return {
    ok: true,
    answers: parsed.data,
    warnings: unknownFields(migrated.answers, parsed.data, ['answers']),
    migratedFrom: migrated.migratedFrom,
  };
}

export function writeAnswersFile(answers: Answers): string {
  return `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, answers }, null, 2)}\n`;
}
