import * as z from 'zod/mini';
import { answersSchema, type Answers } from './answers';
import { CURRENT_SCHEMA_VERSION, migrateAnswers, MIGRATIONS, type Migrations } from './migrations';

/**
 * The answers file: `{ "schemaVersion": 1, "answers": { … } }`. The one format the app saves,
 * the CLI reads and the examples are written in.
 *
 * Each problem says where and, in `message`, what, in zod's English (the CLI prints it). It also
 * says what kind of problem it is, as data, so the app can put it in the words of the wizard
 * in either language: no text shown in the app comes from here.
 */

export interface Problem {
  /** Where, as a dotted path from the top of the file: `answers.roles.accounts.0.email`. */
  path: string;
  message: string;
}

/** A JSON value's type, or `missing` when there is none. */
export type JsonType = 'missing' | 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

/** What zod found wrong with one answer: its issue code and the details the app words it by. */
export interface AnswerIssue {
  /** zod's issue code: `invalid_type`, `invalid_value`, `invalid_format`, `too_big`, `invalid_union` … */
  code: string;
  /** invalid_type: the type the schema wants (`string`, `boolean`, `array`, `object` …). */
  expected?: string;
  /** invalid_value: the values allowed. */
  values?: readonly unknown[];
  /** invalid_format: `email`, `date`, `regex` … */
  format?: string;
  /** too_big: what is too big (`string`, `array`) and its limit. */
  origin?: string;
  maximum?: number;
  /** What the file holds there. */
  received: JsonType;
}

/** Why a file can't be opened: the file as a whole, or one of its answers. */
export type FileProblem = Problem &
  (
    | { kind: 'notJson' }
    /** Not `{ "schemaVersion": <n>, "answers": { … } }`. */
    | { kind: 'notAnswersFile' }
    | { kind: 'newerVersion'; version: number; readsUpTo: number }
    /** A version Policy Builder never wrote (0, or one with no migration to today's). */
    | { kind: 'unknownVersion'; version: number }
    | { kind: 'answer'; issue: AnswerIssue }
  );

/** A field in the file that the app doesn't know: it is left out. */
export type FileWarning = Problem & { kind: 'unknownField' };

export type ReadResult =
  | { ok: true; answers: Answers; warnings: FileWarning[]; migratedFrom: number | undefined }
  | { ok: false; problems: FileProblem[] };

const envelopeSchema = z.object({
  schemaVersion: z.int().check(z.positive()),
  answers: z.record(z.string(), z.unknown()),
});

const pathOf = (segments: readonly PropertyKey[]) => segments.map(String).join('.');

/** Fields in the input that the schema doesn't know: they are dropped, so say so. */
function unknownFields(input: unknown, parsed: unknown, path: string[]): FileWarning[] {
  if (Array.isArray(input) && Array.isArray(parsed))
    return input.flatMap((item, index) => unknownFields(item, parsed[index], [...path, String(index)]));
  if (!isObject(input) || !isObject(parsed)) return [];
  return Object.keys(input).flatMap((key) =>
    key in parsed
      ? unknownFields(input[key], parsed[key], [...path, key])
      : [
          {
            kind: 'unknownField' as const,
            path: [...path, key].join('.'),
            message: 'unknown field, ignored',
          },
        ],
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonTypeOf(value: unknown): JsonType {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The parts of a zod issue the app words a problem by (zod's own issue objects hold more). */
function answerIssue(issue: z.core.$ZodIssue, input: unknown): AnswerIssue {
  const details = issue as Partial<Record<'expected' | 'values' | 'format' | 'origin' | 'maximum', unknown>>;
  return {
    code: issue.code,
    ...(typeof details.expected === 'string' && { expected: details.expected }),
    ...(Array.isArray(details.values) && { values: details.values }),
    ...(typeof details.format === 'string' && { format: details.format }),
    ...(typeof details.origin === 'string' && { origin: details.origin }),
    ...(details.maximum !== undefined && { maximum: Number(details.maximum) }),
    received: jsonTypeOf(valueAt(input, issue.path)),
  };
}

export function readAnswersFile(text: string, migrations: Migrations = MIGRATIONS): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ kind: 'notJson', path: '(file)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return readAnswersJson(json, migrations);
}

export function readAnswersJson(json: unknown, migrations: Migrations = MIGRATIONS): ReadResult {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const version = isObject(json) ? json.schemaVersion : undefined;
    return {
      ok: false,
      problems: envelope.error.issues.map((issue): FileProblem => {
        const path = pathOf(issue.path) || '(file)';
        const message =
          issue.path.length === 0
            ? 'expected an object like { "schemaVersion": 1, "answers": { … } }'
            : issue.message;
        // A number that is no version (0, -1, 1.5) is a version never written; anything else
        // out of place means this is not an answers file at all.
        return path === 'schemaVersion' && typeof version === 'number'
          ? { kind: 'unknownVersion', version, path, message }
          : { kind: 'notAnswersFile', path, message };
      }),
    };
  }

  const { schemaVersion } = envelope.data;
  const migrated = migrateAnswers(envelope.data.answers, schemaVersion, migrations);
  if (!migrated.ok) {
    const path = 'schemaVersion';
    return {
      ok: false,
      problems: [
        migrated.reason === 'future'
          ? {
              kind: 'newerVersion',
              version: schemaVersion,
              readsUpTo: CURRENT_SCHEMA_VERSION,
              path,
              message: `this file is from a newer version of Policy Builder (schema version ${schemaVersion}); this version reads up to ${CURRENT_SCHEMA_VERSION}`,
            }
          : {
              kind: 'unknownVersion',
              version: schemaVersion,
              path,
              message: `schema version ${schemaVersion} is not one Policy Builder has ever written`,
            },
      ],
    };
  }

  const parsed = answersSchema().safeParse(migrated.answers);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        kind: 'answer',
        issue: answerIssue(issue, migrated.answers),
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
