import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswersFile, type FileProblem } from '@/domain/answers-file';
import { SHOWN, describeFileProblems, describeIgnoredFields } from '@/features/start/file-problems';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { resources } from '@/i18n/i18n';
import daWizard from '@/i18n/locales/da/wizard.json';
import enWizard from '@/i18n/locales/en/wizard.json';

/**
 * An answers file that won't open is explained in the wizard's words, in Danish and English:
 * each answer by its question's label (a list item as its heading names it) and a short reason.
 */

const t: Record<'da' | 'en', TFunction> = {} as never;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      da: { ...resources.da, wizard: daWizard },
      en: { ...resources.en, wizard: enWizard },
    },
    lng: 'da',
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  t.da = instance.getFixedT('da');
  t.en = instance.getFixedT('en');
});

const problemsIn = (answers: unknown, schemaVersion: unknown = 1): FileProblem[] => {
  const result = readAnswersFile(JSON.stringify({ schemaVersion, answers }));
  if (result.ok) throw new Error('expected the file not to open');
  return result.problems;
};

/** What the user reads about a file with `answers` in it. */
const said = (answers: unknown, locale: 'da' | 'en' = 'en') =>
  describeFileProblems(problemsIn(answers), t[locale]);

describe('a wrong answer is named in the wizard’s words', () => {
  it.each([
    [
      { organisation: { name: 42 } },
      '‘Name of your organisation’ must be text',
      '»Organisationens navn« skal være tekst',
    ],
    [
      { organisation: { country: 'Narnia' } },
      '‘Which country are you based in?’ must be one of the choices',
      '»Hvilket land arbejder I i?« skal være en af mulighederne',
    ],
    [
      { organisation: { listed: 'yes' } },
      '‘Is the organisation listed on a stock exchange?’ must be yes or no',
      '»Er organisationen børsnoteret?« skal være ja eller nej',
    ],
    [
      // An answer that may stay empty: a union in the schema, a yes/no in the wizard.
      { roles: { employeesMayShare: 'ja' } },
      '‘May employees share your posts and news from their own profiles?’ must be yes or no',
      '»Må medarbejderne dele jeres opslag og nyheder fra deres egne profiler?« skal være ja eller nej',
    ],
    [
      // Yes, no or "I don't know": three choices.
      { security: { twoFactor: 'maybe' } },
      '‘Is two-factor authentication turned on for all your official accounts?’ must be one of the choices',
      '»Er totrinsbekræftelse slået til på alle jeres officielle konti?« skal være en af mulighederne',
    ],
    [
      { organisation: { networks: ['linkedin', 'myspace'] } },
      '‘Which social networks do you use?’ holds something that is not one of the choices',
      '»Hvilke sociale medier bruger I?« indeholder noget, der ikke er blandt mulighederne',
    ],
    [
      { roles: { responsibilities: [{ area: 'posting' }, { area: 'crisis', email: 'ida@' }] } },
      '‘Task 2 – Email address’ is not a valid email address',
      '»Opgave 2 – E-mailadresse« er ikke en gyldig e-mailadresse',
    ],
    [
      { roles: { responsibilities: [{ who: 'Ida' }] } },
      '‘Task 1 – Task’ is missing',
      '»Opgave 1 – Opgave« mangler',
    ],
    [
      // "Email address" is asked on two pages: the page says which.
      { policy: { owner: { email: 'not an address' } } },
      '‘The policy owner – Email address’ is not a valid email address',
      '»Ansvarlig for politikken – E-mailadresse« er ikke en gyldig e-mailadresse',
    ],
    [
      { policy: { effectiveDate: '2026-02-31' } },
      '‘When does the policy take effect?’ must be a real date, written as YYYY-MM-DD',
      '»Hvornår træder politikken i kraft?« skal være en rigtig dato i formatet ÅÅÅÅ-MM-DD',
    ],
    [
      { security: { reportTo: { phone: 'call Ida' } } },
      '‘Reporting a security concern – Phone number’ may only hold digits, spaces and + ( ) - .',
      '»Når noget virker mistænkeligt – Telefonnummer« må kun indeholde tal, mellemrum og + ( ) - .',
    ],
    [
      { organisation: { otherNetworks: ['Mastodon', 'x'.repeat(301)] } },
      '‘Other networks – Network 2’ is longer than 300 characters',
      '»Andre sociale medier – Socialt medie 2« er længere end 300 tegn',
    ],
    [
      { roles: { accounts: 'LinkedIn' } },
      '‘Official accounts’ must be a list',
      '»Officielle konti« skal være en liste',
    ],
    [
      { roles: { accounts: [{ handle: '@acme' }, 'Instagram'] } },
      '‘Account 2’ is not in the form Policy Builder expects',
      '»Konto 2« er ikke i det format, Policy Builder forventer',
    ],
    [
      // A group of answers: by the page that asks them.
      { roles: { approval: 'the CEO' } },
      '‘Approving posts and answering enquiries’ is not in the form Policy Builder expects',
      '»Godkendelse af opslag og svar på henvendelser« er ikke i det format, Policy Builder forventer',
    ],
  ])('%j', (answers, en, da) => {
    expect(said(answers, 'en').details).toEqual([en]);
    expect(said(answers, 'da').details).toEqual([da]);
  });

  it('says how many answers are wrong, lists five and counts the rest', () => {
    const answers = {
      organisation: { name: 1, country: 2, sector: 3, sizeBand: 4, listed: 5, unionised: 6 },
      policy: { title: 7, version: 8 },
    };
    const en = said(answers, 'en');
    expect(en.headline).toBe('The file could not be opened because 8 of its answers are not valid');
    expect(en.details).toHaveLength(SHOWN);
    expect(en.details[0]).toBe('‘Name of your organisation’ must be text');
    expect(en.more).toBe('and 3 more answers');
    const da = said(answers, 'da');
    expect(da.headline).toBe('Filen kunne ikke åbnes, fordi 8 af svarene i den er ugyldige');
    expect(da.more).toBe('og 3 svar mere');

    expect(said({ organisation: { name: 1 } }, 'da')).toEqual({
      headline: 'Filen kunne ikke åbnes, fordi et af svarene i den er ugyldigt',
      details: ['»Organisationens navn« skal være tekst'],
      more: null,
    });
  });

  it('keeps every message to a line or two, whatever is wrong', () => {
    // Every question the wizard asks, in lists too, answered with something of the wrong kind.
    const wrong = { wrong: true };
    const answers = {};
    for (const field of QUESTION_PAGES.flatMap((page) => page.fields)) {
      let group: Record<string, unknown> = answers;
      const keys = field.path.split('.');
      for (const key of keys.slice(0, -1)) group = (group[key] ??= {}) as Record<string, unknown>;
      group[keys.at(-1)!] =
        field.kind === 'list'
          ? [Object.fromEntries(field.item.map((inner) => [inner.path, wrong])), 'not an item']
          : field.kind === 'textList'
            ? ['fine', wrong]
            : wrong;
    }
    const problems = problemsIn(answers);
    expect(problems.length).toBeGreaterThan(90);
    for (const locale of ['da', 'en'] as const) {
      for (const problem of problems) {
        const { details } = describeFileProblems([problem], t[locale]);
        expect(details, problem.path).toHaveLength(1);
        expect(details[0]!.length, details[0]).toBeLessThan(160);
        // Never a raw path or key in place of the wizard's words.
        expect(details[0], problem.path).not.toMatch(/answers\.|fields\.|wizard:/);
      }
    }
  });
});

describe('a file that is not an answers file at all', () => {
  const headline = (text: string, locale: 'da' | 'en') => {
    const result = readAnswersFile(text);
    if (result.ok) throw new Error('expected the file not to open');
    const described = describeFileProblems(result.problems, t[locale]);
    expect(described.details).toEqual([]);
    return described.headline;
  };

  it.each([
    [
      '{ "schemaVersion": 1, ',
      'The file could not be opened because it is not a JSON file, or it is damaged',
      'Filen kunne ikke åbnes, fordi den ikke er en JSON-fil eller er beskadiget',
    ],
    [
      '[1, 2]',
      'The file could not be opened because it is not an answers file from Policy Builder',
      'Filen kunne ikke åbnes, fordi den ikke er en svarfil fra Policy Builder',
    ],
    [
      '{ "schemaVersion": "1", "policy": {} }',
      'The file could not be opened because it is not an answers file from Policy Builder',
      'Filen kunne ikke åbnes, fordi den ikke er en svarfil fra Policy Builder',
    ],
    [
      '{ "schemaVersion": 99, "answers": {} }',
      'The file could not be opened because it was saved by a newer version of Policy Builder',
      'Filen kunne ikke åbnes, fordi den er gemt med en nyere version af Policy Builder',
    ],
    [
      '{ "schemaVersion": 0, "answers": {} }',
      'The file could not be opened because Policy Builder has never written files with schemaVersion 0',
      'Filen kunne ikke åbnes, fordi Policy Builder ikke kender filens version (schemaVersion 0)',
    ],
  ])('%s', (text, en, da) => {
    expect(headline(text, 'en')).toBe(en);
    expect(headline(text, 'da')).toBe(da);
  });
});

describe('fields a file holds that the app doesn’t know', () => {
  const warningsIn = (answers: unknown) => {
    const result = readAnswersFile(JSON.stringify({ schemaVersion: 1, answers }));
    if (!result.ok) throw new Error('expected the file to open');
    return result.warnings;
  };

  it('are listed by their paths, five at most, and the rest counted', () => {
    const warnings = warningsIn({
      organisation: { foo: 1, bar: 2, baz: 3 },
      roles: { accounts: [{ handel: '@x' }] },
      extra: {},
      more: [],
      evenMore: true,
    });
    expect(describeIgnoredFields(warnings, t.en)).toEqual({
      fields: [
        'answers.organisation.foo',
        'answers.organisation.bar',
        'answers.organisation.baz',
        'answers.roles.accounts.0.handel',
        'answers.extra',
      ],
      more: 'and 2 more fields',
    });
    expect(describeIgnoredFields(warnings, t.da).more).toBe('og 2 felter mere');
    expect(describeIgnoredFields(warnings.slice(0, 6), t.da).more).toBe('og 1 felt mere');
    expect(describeIgnoredFields(warnings.slice(0, 5), t.en).more).toBeNull();
  });

  it('cuts a path that would run on for lines', () => {
    const [field] = describeIgnoredFields(warningsIn({ ['x'.repeat(2000)]: 1 }), t.en).fields;
    expect(field).toHaveLength(80);
    expect(field).toMatch(/^answers\.x+…$/);
  });
});
