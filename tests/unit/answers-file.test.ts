import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnswers } from '@/domain/answers';
import { readAnswersFile, writeAnswersFile } from '@/domain/answers-file';
import { CURRENT_SCHEMA_VERSION, migrateAnswers } from '@/domain/migrations';
import { COUNTRIES, RESPONSIBILITY_AREAS } from '@/domain/options';

const file = (value: unknown) => JSON.stringify(value);
const EXAMPLES = join(import.meta.dirname, '../../templates/examples');

describe('answers file', () => {
  it('round-trips: what is written reads back the same', () => {
    const answers = { ...defaultAnswers(), organisation: { ...defaultAnswers().organisation, name: 'Acme' } };
    const result = readAnswersFile(writeAnswersFile(answers));
    expect(result).toMatchObject({ ok: true, answers, warnings: [] });
    expect(JSON.parse(writeAnswersFile(answers)).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('says when the file is not JSON', () => {
    const result = readAnswersFile('{ "schemaVersion": 1, ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      path: '(file)',
      message: expect.stringMatching(/not valid JSON/),
    });
  });

  it('says what shape it expected when the envelope is wrong', () => {
    const result = readAnswersFile(file([1, 2]));
    expect(!result.ok && result.problems[0]?.message).toMatch(/schemaVersion/);
    const missingVersion = readAnswersFile(file({ answers: {} }));
    expect(!missingVersion.ok && missingVersion.problems.map((p) => p.path)).toEqual(['schemaVersion']);
  });

  it('refuses a file from a newer version instead of losing its fields', () => {
    const result = readAnswersFile(file({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, answers: {} }));
    expect(!result.ok && result.problems[0]?.message).toMatch(/newer version/);
  });

  it('names every wrong field by its full path', () => {
    const result = readAnswersFile(
      file({
        schemaVersion: 1,
        answers: { crisis: { contacts: [{}, { email: 'x' }] }, organisation: { listed: 'yes' } },
      }),
    );
    expect(!result.ok && result.problems.map((p) => p.path).sort()).toEqual([
      'answers.crisis.contacts.1.email',
      'answers.organisation.listed',
    ]);
  });

  it('says what kind of problem the file has, as data for the app to put in its own words', () => {
    const kinds = (text: string) => {
      const result = readAnswersFile(text);
      return !result.ok && result.problems.map((problem) => problem.kind);
    };
    expect(kinds('{ "schemaVersion": 1, ')).toEqual(['notJson']);
    expect(kinds(file([1, 2]))).toEqual(['notAnswersFile']);
    expect(kinds(file({ schemaVersion: '1', answers: {} }))).toEqual(['notAnswersFile']);
    expect(kinds(file({ schemaVersion: 1 }))).toEqual(['notAnswersFile']);
    expect(kinds(file({ schemaVersion: 0, answers: {} }))).toEqual(['unknownVersion']);
    expect(kinds(file({ schemaVersion: 1.5, answers: {} }))).toEqual(['unknownVersion']);
    const future = readAnswersFile(file({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, answers: {} }));
    expect(!future.ok && future.problems).toEqual([
      {
        kind: 'newerVersion',
        version: CURRENT_SCHEMA_VERSION + 1,
        readsUpTo: CURRENT_SCHEMA_VERSION,
        path: 'schemaVersion',
        message: expect.stringMatching(/newer version/),
      },
    ]);
  });

  it('gives each wrong answer zod’s issue code and what was expected, besides the message', () => {
    const result = readAnswersFile(
      file({
        schemaVersion: 1,
        answers: { organisation: { name: 42, country: 'XX' }, roles: { responsibilities: [{ who: 'Ida' }] } },
      }),
    );
    expect(!result.ok && result.problems).toEqual([
      {
        kind: 'answer',
        path: 'answers.organisation.name',
        message: expect.stringMatching(/expected string, received number/),
        issue: { code: 'invalid_type', expected: 'string', received: 'number' },
      },
      {
        kind: 'answer',
        path: 'answers.organisation.country',
        message: expect.any(String),
        issue: { code: 'invalid_value', values: [...COUNTRIES], received: 'string' },
      },
      {
        kind: 'answer',
        path: 'answers.roles.responsibilities.0.area',
        message: expect.any(String),
        // Not in the file at all: the app says it is missing rather than not one of the choices.
        issue: { code: 'invalid_value', values: [...RESPONSIBILITY_AREAS], received: 'missing' },
      },
    ]);
    const tooLong = readAnswersFile(
      file({ schemaVersion: 1, answers: { policy: { title: 'x'.repeat(301) } } }),
    );
    expect(!tooLong.ok && tooLong.problems[0]).toMatchObject({
      issue: { code: 'too_big', origin: 'string', maximum: 300, received: 'string' },
    });
  });

  it('warns about fields it does not know, at any depth', () => {
    const result = readAnswersFile(
      file({ schemaVersion: 1, answers: { organisaton: {}, roles: { accounts: [{ handel: '@x' }] } } }),
    );
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual([
      'answers.organisaton',
      'answers.roles.accounts.0.handel',
    ]);
    expect(result.ok && result.warnings.map((w) => w.kind)).toEqual(['unknownField', 'unknownField']);
  });
});

describe('migrations', () => {
  // A made-up history: version 1 had `organisation.title`, version 2 renamed it to `name`,
  // version 3 added nothing the old files lack. The real registry starts at version 1.
  const history = {
    2: (answers: unknown) => {
      const { organisation = {}, ...rest } = answers as { organisation?: { title?: string } };
      const { title, ...others } = organisation;
      return { ...rest, organisation: { ...others, name: title } };
    },
    3: (answers: unknown) => answers,
  };

  it('runs every step from the file version up to the current one, in order', () => {
    const result = migrateAnswers({ organisation: { title: 'Acme' } }, 1, history, 3);
    expect(result).toEqual({ ok: true, answers: { organisation: { name: 'Acme' } }, migratedFrom: 1 });
  });

  it('leaves a current file alone', () => {
    expect(migrateAnswers({ a: 1 }, 3, history, 3)).toEqual({
      ok: true,
      answers: { a: 1 },
      migratedFrom: undefined,
    });
  });

  it('refuses versions it has no step for, and versions from the future', () => {
    expect(migrateAnswers({}, 0, history, 3)).toMatchObject({ ok: false, reason: 'unknown' });
    expect(migrateAnswers({}, 4, history, 3)).toMatchObject({ ok: false, reason: 'future' });
  });

  it('validates the migrated answers, through readAnswersFile', () => {
    const result = readAnswersFile(file({ schemaVersion: 1, answers: { organisation: { title: 'Acme' } } }), {
      ...history,
    });
    // Up to the real current version (2), the made-up step 2 runs: the old field became the name.
    expect(result).toMatchObject({ ok: true, warnings: [], migratedFrom: 1 });
    expect(result.ok && result.answers.organisation.name).toBe('Acme');
  });
});

describe('migration 1 → 2: wording of her own', () => {
  const empty = { edits: {}, added: [] };

  it('gives a version 1 file no wording of its own, and keeps every answer', () => {
    const version1 = { organisation: { name: 'Acme A/S', country: 'DK' }, security: { twoFactor: true } };
    const result = readAnswersFile(file({ schemaVersion: 1, answers: version1 }));
    expect(result).toMatchObject({ ok: true, warnings: [], migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.answers.wording).toEqual({ da: empty, en: empty, fr: empty });
    expect(result.answers.organisation).toMatchObject(version1.organisation);
    expect(result.answers.security.twoFactor).toBe(true);
  });

  it('drops a field called wording that version 1 never read, whatever its shape', () => {
    const result = migrateAnswers({ organisation: { name: 'Acme' }, wording: 'my notes' }, 1);
    expect(result).toEqual({
      ok: true,
      answers: { organisation: { name: 'Acme' }, wording: { da: {}, en: {}, fr: {} } },
      migratedFrom: 1,
    });
  });

  it('opens every example (saved as version 1) and writes it back as version 2 with the same answers', () => {
    for (const name of readdirSync(EXAMPLES)) {
      const text = readFileSync(join(EXAMPLES, name), 'utf8');
      expect(JSON.parse(text).schemaVersion, name).toBe(1);
      const opened = readAnswersFile(text);
      expect(opened, name).toMatchObject({ ok: true, warnings: [], migratedFrom: 1 });
      if (!opened.ok) continue;
      const again = readAnswersFile(writeAnswersFile(opened.answers));
      expect(again, name).toMatchObject({ ok: true, answers: opened.answers, migratedFrom: undefined });
    }
  });

  it('reads a version 2 file with edits and added clauses as written', () => {
    const wording = {
      ...defaultAnswers().wording,
      en: {
        edits: { 'security.passwords': { action: 'omit', title: '', text: '', standard: 'We change …' } },
        added: [{ id: 'own-1', after: 'security.passwords', title: 'Our shared laptop', text: 'Log out.' }],
      },
    };
    const result = readAnswersFile(file({ schemaVersion: 2, answers: { wording } }));
    expect(result).toMatchObject({ ok: true, warnings: [], answers: { wording } });
  });
});
