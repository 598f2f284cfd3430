import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { answersSchema, type AnswersInput } from '@/domain/answers';

/**
 * Random valid answer sets, built by walking the answers schema so that a new field is covered
 * without touching the tests. Text fields get hostile strings: Markdown and XML syntax,
 * scripts, right-to-left text, emoji, control characters and, now and then, very long text.
 */

const HOSTILE = [
  '# *Acme* [x](y)',
  '<script>alert("x")</script>',
  ']]><![CDATA[',
  '&amp; &lt; &#x0; &nbsp;',
  '| a | b |\n| --- | --- |',
  '- item\n1. item\n> quote',
  '```\ncode\n```',
  'שלום עולם مرحبا بالعالم',
  '\u202Eevil\u202C',
  '👩‍👩‍👧‍👦🇩🇰🏳️‍🌈',
  'æøå ÆØÅ',
  '\u0000\u0001\u0008\u000B\u001F\uFFFE',
  '\uD800 lone surrogate',
  '{{organisation.name}}',
  ':::if organisation.listed',
  '\\*not emphasis\\*',
  '   ',
  '',
];

export const hostileText = (max: number): fc.Arbitrary<string> => {
  const pieces = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );
  const normal = fc.array(pieces, { maxLength: 4 }).map((parts) => parts.join(' '));
  const long = fc
    .constantFrom('x', 'ø', '<&>', '# ', 'word ')
    .map((unit) => unit.repeat(Math.ceil(max / unit.length)));
  // zod trims, and counts UTF-16 units: cut after trimming so that every string is valid.
  const fit = (text: string) => {
    let cut = text.trim().slice(0, max).trim();
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1).trim();
    return cut;
  };
  // About one text field in a hundred is as long as the schema allows (10,000 characters for long texts).
  return fc.oneof({ weight: 100, arbitrary: normal }, { weight: 1, arbitrary: long }).map(fit);
};

const email = fc.constantFrom('', 'ida@example.dk', 'a.b+c@sub.example.co.uk');
const phone = fc.constantFrom('', '+45 12 34 56 78', '(555) 010-0199');
const isoDate = fc.oneof(
  fc.constant(''),
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** A 1 × 1 PNG and a 1 × 1 JPEG, declared at any size in pixels (the writers scale by the declared size). */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';
const logo = fc
  .record({
    fileName: fc.constantFrom('logo.png', 'Acme & Søn <logo>.jpeg', ' '.repeat(3) + 'x'),
    mediaType: fc.constantFrom('image/png', 'image/jpeg'),
    width: fc.integer({ min: 1, max: 20_000 }),
    height: fc.integer({ min: 1, max: 20_000 }),
  })
  .map((picture) => ({ ...picture, data: picture.mediaType === 'image/png' ? PNG_1X1 : JPEG_1X1 }));

/**
 * The user's own wording: edits and added clauses on the template's real clause ids (so they are
 * applied, not just reported), plus one id no template has (an orphan), with hostile text.
 */
const TEMPLATES = join(import.meta.dirname, '../../templates/en');
const CLAUSE_IDS = [
  ...readdirSync(TEMPLATES)
    .filter((file) => /^\d\d-.*\.md$/.test(file))
    .flatMap((file) => [
      file.replace(/^\d\d-|\.md$/g, ''),
      ...[...readFileSync(join(TEMPLATES, file), 'utf8').matchAll(/\{#([a-z0-9.-]+)\}/g)].map((m) => m[1]!),
    ]),
  'legal.no-longer-there',
];
const clauseId = fc.constantFrom(...new Set(CLAUSE_IDS));
const documentWording = fc.record({
  edits: fc.dictionary(
    clauseId,
    fc.record({
      action: fc.constantFrom('omit', 'reword'),
      title: hostileText(300),
      text: hostileText(2_000),
      standard: hostileText(2_000),
    }),
    { maxKeys: 6 },
  ),
  added: fc.array(
    fc.record({
      id: fc.constantFrom('own-1', 'own-2', 'own-3'),
      after: fc.oneof(clauseId, fc.constantFrom('own-1', 'own-2')),
      level: fc.constantFrom('clause', 'section'),
      title: hostileText(300),
      text: hostileText(2_000),
    }),
    { maxLength: 3 },
  ),
});
const wording = fc.record({ da: documentWording, en: documentWording, fr: documentWording });

interface Def {
  type: string;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  entries?: Record<string, string>;
  options?: z.ZodMiniType[];
  values?: unknown[];
  valueType?: z.ZodMiniType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}
const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function maxLength(schema: z.ZodMiniType): number {
  for (const check of defOf(schema).checks ?? [])
    if (check._zod.def.check === 'max_length') return check._zod.def.maximum ?? 300;
  return 300;
}

/** How many items a list gets: mostly a few, sometimes none, now and then 200 (a few answer sets in a thousand have such a list). */
const listSize = fc.oneof(
  { weight: 100, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.constant(200) },
);

function arbitraryOf(schema: z.ZodMiniType, key: string): fc.Arbitrary<unknown> {
  if (key === 'wording') return wording;
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
    case 'prefault':
      return arbitraryOf(def.innerType!, key);
    case 'pipe':
      return arbitraryOf(def.in!, key);
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(def.shape!).map(([k, s]) => [k, arbitraryOf(s, k)])),
      );
    case 'array': {
      const item = arbitraryOf(def.element!, key);
      // A set of choices: a handful, repeats allowed (the schema removes them).
      if (defOf(def.element!).type === 'enum') return fc.array(item, { maxLength: 8 });
      return listSize.chain((n) => fc.array(item, { minLength: n, maxLength: n }));
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'boolean':
      return fc.boolean();
    case 'union':
      // Dates are the unions at keys that end in "date" (effectiveDate, nextReviewDate …).
      if (/date$/i.test(key)) return isoDate;
      // An optional choice: empty or one of the choices.
      return fc.oneof(...def.options!.map((option) => arbitraryOf(option, key)));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'record':
      // The free-text answers in another language, keyed by the text as typed: hostile both ways.
      return fc.dictionary(hostileText(300), arbitraryOf(def.valueType!, key), { maxKeys: 3 });
    case 'nullable':
      // The only nullable answer is the logo: none, or a real picture of any size.
      if (key === 'logo') return fc.option(logo, { nil: null });
      throw new Error(`no arbitrary for a nullable at ${key}`);
    case 'string':
      if (key === 'email') return email;
      if (key === 'phone') return phone;
      return hostileText(maxLength(schema));
    default:
      throw new Error(`no arbitrary for a ${def.type} at ${key}`);
  }
}

export const answersInput = arbitraryOf(answersSchema(), 'answers') as fc.Arbitrary<AnswersInput>;
export const answers = answersInput.map((input) => answersSchema().parse(input));

/** How many random answer sets each property test tries: `PROPERTY_RUNS`, 1,000 unless set. */
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
/**
 * A property test's time limit, in proportion to its runs (about a tenth of a second each here,
 * allowed nearly a second on a slow machine), so that a 10,000-run pass can finish too.
 */
export const propertyTimeout = (runs: number = PROPERTY_RUNS): number => Math.max(60_000, runs * 900);
