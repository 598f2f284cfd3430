import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAnswersFile } from '@/domain/answers-file';
import { answersSchema } from '@/domain/answers';
import { EXIT, runCli } from '@/cli/run';
import { renderPolicy } from '@/document/render';
import { unzipDocx } from '../support/docx';
import { bundles, TODAY } from '../support/templates';

let dir: string;
let out: string[];
let err: string[];
const io = () => ({
  stdout: (l: string) => out.push(l),
  stderr: (l: string) => err.push(l),
  cwd: dir,
  today: '2026-11-24',
});
const run = (...args: string[]) => runCli(args, io());

afterEach(() => {
  process.exitCode = undefined;
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
  out = [];
  err = [];
  writeFileSync(
    join(dir, 'good.json'),
    writeAnswersFile(
      answersSchema().parse({ organisation: { name: 'Acme ApS' }, policy: { version: '2.1' } }),
    ),
  );
});

describe('policy render', () => {
  it('writes Markdown in the chosen language', async () => {
    expect(await run('render', 'good.json', '--locale', 'en', '--format', 'md', '--out', 'p.md')).toBe(
      EXIT.ok,
    );
    const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(markdown).toMatch(/^# Social media policy/);
    expect(markdown).toContain('Acme ApS');
  });

  it('writes the policy in French (European French for a Danish organisation)', async () => {
    expect(await run('render', 'good.json', '--locale', 'fr', '--out', 'p.md')).toBe(EXIT.ok);
    const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(markdown).toMatch(/^# Politique sur les médias sociaux/);
    expect(markdown).toContain('**Entrée en vigueur\u00a0:**');
  });

  it('writes the short version with --length compact, and refuses another length', async () => {
    expect(await run('render', 'good.json', '--out', 'full.md')).toBe(EXIT.ok);
    expect(await run('render', 'good.json', '--length', 'compact', '--out', 'compact.md')).toBe(EXIT.ok);
    const full = readFileSync(join(dir, 'full.md'), 'utf8');
    const compact = readFileSync(join(dir, 'compact.md'), 'utf8');
    // The same sections and clauses, numbered (a clause's short wording leaves out its `####`
    // sub-headings, and the compact policy its sheets apart, the unnumbered annexes).
    const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{2,3} \d/.test(line));
    expect(headings(compact)).toEqual(headings(full));
    expect(headings(full).length).toBeGreaterThan(40);
    expect(compact.length).toBeLessThan(full.length * 0.75);
    expect(await run('render', 'good.json', '--length', 'short')).toBe(EXIT.usage);
    expect(err.join('\n')).toContain('--length must be one of complete, compact, not "short"');
  });

  it('writes a Word file, named from the document when --out is left out', async () => {
    expect(await run('render', 'good.json')).toBe(EXIT.ok);
    const file = join(dir, 'politik-for-sociale-medier-acme-aps-v2-1.docx');
    expect(unzipDocx(readFileSync(file))['word/document.xml']).toContain('Acme ApS');
  });

  it('writes one annex alone with --annex, and says so when the policy has no such annex', async () => {
    expect(await run('render', 'good.json', '--annex', 'acknowledgement', '--format', 'md')).toBe(EXIT.ok);
    const markdown = readFileSync(join(dir, 'bilag-a-kvittering-for-modtagelse-acme-aps-v2-1.md'), 'utf8');
    expect(markdown).toMatch(/^# Bilag A – Kvittering for modtagelse\n/);
    expect(markdown).not.toContain('Formål');
    // Without crisis contacts the policy has no contact sheet.
    expect(await run('render', 'good.json', '--annex', 'contacts')).toBe(EXIT.invalidInput);
    expect(err.join('\n')).toContain('no contacts annex');
    expect(await run('render', 'good.json', '--annex', 'cover')).toBe(EXIT.usage);
  });

  it('prints the own wording of a version 2 file, and warns about an edit with no clause', async () => {
    const answers = answersSchema().parse({ organisation: { name: 'Acme ApS' } });
    const clauses = renderPolicy({ answers, bundle: bundles.en, today: TODAY }, { clauses: true }).clauses!;
    const [dropped, reworded] = clauses.filter((clause) => clause.depth === 2);
    const wording = {
      ...answers.wording,
      en: {
        edits: {
          [dropped!.id]: { action: 'omit' as const, title: '', text: '', standard: dropped!.standard },
          [reworded!.id]: {
            action: 'reword' as const,
            title: 'Our own rule',
            text: 'Ask **Ida** first.\r\n\r\n- by phone\n- in person',
            standard: '',
          },
          'legal.no-such-clause': { action: 'omit' as const, title: '', text: '', standard: '' },
        },
        added: [
          {
            id: 'own-1',
            after: reworded!.id,
            level: 'clause' as const,
            title: 'Shared laptops',
            text: 'Log out.',
          },
        ],
      },
    };
    writeFileSync(join(dir, 'own.json'), writeAnswersFile({ ...answers, wording }));
    expect(JSON.parse(readFileSync(join(dir, 'own.json'), 'utf8')).schemaVersion).toBe(2);

    expect(await run('render', 'own.json', '--locale', 'en', '--out', 'p.md')).toBe(EXIT.ok);
    const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(markdown).not.toContain(dropped!.title);
    expect(markdown).toMatch(
      /### 1\.1 Our own rule\n\nAsk \*\*Ida\*\* first\.\n\n- by phone\n- in person\n\n### 1\.2 Shared laptops\n\nLog out\./,
    );
    expect(err).toEqual([
      'warning: answers.wording: your change to clause legal.no-such-clause is not used: this policy has no such clause',
    ]);
    // The Danish policy from the same file has none of the English edits.
    expect(await run('render', 'own.json', '--locale', 'da', '--out', 'p.da.md')).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'p.da.md'), 'utf8')).not.toContain('Our own rule');
  });

  describe('in another language than the answers', () => {
    const danish = (translations: Record<string, string> = {}) =>
      writeFileSync(
        join(dir, 'da.json'),
        writeAnswersFile(
          answersSchema().parse({
            policy: { language: 'da' },
            roles: { spokespeople: 'kommunikationschefen' },
            translations: { en: translations },
          }),
        ),
      );

    it('refuses while a free-text answer has no wording in that language, and says which', async () => {
      danish();
      expect(await run('render', 'da.json', '--locale', 'en', '--out', 'p.md')).toBe(EXIT.invalidInput);
      expect(err[0]).toBe('da.json: the answers are in Danish, and 1 answer has no English wording:');
      expect(err[1]).toBe('  answers.roles.spokespeople: "kommunikationschefen"');
      expect(existsSync(join(dir, 'p.md'))).toBe(false);
    });

    it('prints it as written when asked to', async () => {
      danish();
      expect(await run('render', 'da.json', '--locale', 'en', '--keep-untranslated', '--out', 'p.md')).toBe(
        EXIT.ok,
      );
      expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('kommunikationschefen');
    });

    it('uses the wording given in that language', async () => {
      danish({ kommunikationschefen: 'the head of communications' });
      expect(await run('render', 'da.json', '--locale', 'en', '--out', 'p.md')).toBe(EXIT.ok);
      const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
      expect(markdown).toContain('the head of communications');
      expect(markdown).not.toContain('kommunikationschefen');
    });
  });

  it('takes the format from the --out extension', async () => {
    await run('render', 'good.json', '--out', 'policy.md');
    expect(readFileSync(join(dir, 'policy.md'), 'utf8')).toMatch(/^# Politik for sociale medier/);
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['the wrong shape', '{"answers": {}}', /schemaVersion/],
    ['a future schema version', '{"schemaVersion": 99, "answers": {}}', /newer version/],
    [
      'wrong types',
      '{"schemaVersion": 1, "answers": {"organisation": {"listed": "yes", "country": "Mars"}}}',
      /answers\.organisation\.country/,
    ],
  ])('exits non-zero on %s, says why, and writes nothing', async (_case, content, message) => {
    writeFileSync(join(dir, 'bad.json'), content);
    expect(await run('render', 'bad.json', '--out', 'p.docx')).toBe(EXIT.invalidInput);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toMatch(/nothing written/);
    expect(existsSync(join(dir, 'p.docx'))).toBe(false);
  });

  it('names every wrong field', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      '{"schemaVersion": 1, "answers": {"organisation": {"listed": "yes", "country": "Mars"}}}',
    );
    await run('render', 'bad.json', '--out', 'p.docx');
    expect(err.filter((line) => line.startsWith('  answers.'))).toHaveLength(2);
  });

  it('leaves an existing output file untouched when the input is bad', async () => {
    writeFileSync(join(dir, 'p.docx'), 'the old file');
    writeFileSync(join(dir, 'bad.json'), '{');
    await run('render', 'bad.json', '--out', 'p.docx');
    expect(readFileSync(join(dir, 'p.docx'), 'utf8')).toBe('the old file');
  });

  it('replaces an existing output file whole, leaving no temporary file behind', async () => {
    writeFileSync(join(dir, 'p.md'), 'the old file');
    await run('render', 'good.json', '--out', 'p.md');
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('Acme ApS');
    expect(existsSync(join(dir, `.p.md.${process.pid}.tmp`))).toBe(false);
  });

  it.each([
    [['render', 'good.json', '--locale', 'de']],
    [['render', 'good.json', '--format', 'pdf']],
    [['render', 'good.json', '--date', 'tomorrow']],
    [['render']],
    [['frobnicate']],
    [['render', 'good.json', '--colour']],
  ])('explains usage mistakes: %j', async (args) => {
    expect(await run(...args)).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(/Usage:/);
  });

  it('reports a missing input file as a problem, not a crash', async () => {
    expect(await run('render', 'missing.json')).toBe(EXIT.invalidInput);
    expect(err.join('\n')).toMatch(/can't read missing\.json: ENOENT/);
  });
});

describe('policy validate', () => {
  it('says valid, and lists what is not yet answered', async () => {
    expect(await run('validate', 'good.json')).toBe(EXIT.ok);
    expect(out[0]).toBe('good.json: valid');
    expect(out.join('\n')).toContain('answers.roles.spokespeople');
  });

  it('lists wording to review with its clause and reason, and none for a policy without it', async () => {
    writeFileSync(
      join(dir, 'us.json'),
      JSON.stringify({
        schemaVersion: 1,
        answers: {
          organisation: { name: 'Acme Inc.', country: 'US' },
          policy: { language: 'en' },
          roles: { spokespeople: 'the line manager on duty' },
        },
      }),
    );
    expect(await run('validate', 'us.json')).toBe(EXIT.ok);
    const review = out.findIndex((line) => line === '  wording to review:');
    expect(review).toBeGreaterThan(0);
    expect(out.slice(review + 1).join('\n')).toMatch(/^ {4}2\.\d+ .*line manager on duty.* – .+/m);

    out.length = 0;
    expect(await run('validate', 'good.json')).toBe(EXIT.ok);
    expect(out).not.toContain('  wording to review:');
  });

  it('lists every problem by path and exits 1', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      '{"schemaVersion": 1, "answers": {"crisis": {"contacts": [{"email": "nope", "role": "boss"}]}}}',
    );
    expect(await run('validate', 'bad.json')).toBe(EXIT.invalidInput);
    expect(err.slice(1).sort()).toEqual([
      expect.stringMatching(/^ {2}answers\.crisis\.contacts\.0\.email: /),
      expect.stringMatching(/^ {2}answers\.crisis\.contacts\.0\.role: /),
    ]);
  });
});

describe('the output file', () => {
  it.each([
    ['a folder', () => (mkdirSync(join(dir, 'out')), 'out'), /out is a folder/],
    ['a folder that does not exist', () => join('missing', 'p.md'), /the folder .*missing does not exist/],
    // Not writable even for root, so the test means the same on every machine.
    ['a place without write permission', () => '/sys/policy.md', /no permission to write \/sys\/policy\.md/],
  ])(
    '%s as --out is a usage mistake (exit 2) with a plain message, not a stack trace',
    async (_case, target, message) => {
      expect(await run('render', 'good.json', '--out', target())).toBe(EXIT.usage);
      expect(err.join('\n')).toMatch(message);
      expect(err.join('\n')).not.toMatch(/\n\s+at /);
    },
  );

  it('leaves nothing behind and the old file untouched when interrupted during the write', async () => {
    writeFileSync(join(dir, 'p.docx'), 'the old file');
    const before = readdirSync(dir).sort();
    let chunks = 0;
    const code = await runCli(['render', 'good.json', '--out', 'p.docx'], {
      ...io(),
      // A Word file is written in several chunks; Ctrl-C arrives after the first, as a real SIGINT would.
      writeHooks: { afterChunk: () => void (chunks++ === 0 && process.emit('SIGINT')) },
    });
    expect(code).toBe(EXIT.interrupted);
    expect(chunks).toBe(1);
    expect(err.join('\n')).toMatch(/interrupted by SIGINT: nothing written/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'p.docx'), 'utf8')).toBe('the old file');
    // And the handler is gone again: a later Ctrl-C ends the process as usual.
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('replaces a symbolic link planted at the output name instead of writing through it', async () => {
    writeFileSync(join(dir, 'victim.txt'), 'not yours');
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'p.md'));
    expect(await run('render', 'good.json', '--out', 'p.md')).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('not yours');
    expect(lstatSync(join(dir, 'p.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'p.md'), 'utf8')).toContain('Acme ApS');
  });

  it('never writes through a link planted at the old predictable temporary name', async () => {
    writeFileSync(join(dir, 'victim.txt'), 'not yours');
    symlinkSync(join(dir, 'victim.txt'), join(dir, `.p.md.${process.pid}.tmp`));
    expect(await run('render', 'good.json', '--out', 'p.md')).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('not yours');
  });
});

describe('answers files and dates as people write them', () => {
  it('reads a file that starts with a byte-order mark, as the app does', async () => {
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync(join(dir, 'good.json'), 'utf8')}`);
    expect(await run('render', 'bom.json', '--out', 'p.md')).toBe(EXIT.ok);
    expect(await run('validate', 'bom.json')).toBe(EXIT.ok);
  });

  it.each(['2026-02-31', '2027-02-29', '2026-13-01', '2026-04-31'])(
    'refuses --date %s, a day that does not exist',
    async (date) => {
      expect(await run('render', 'good.json', '--out', 'p.md', '--date', date)).toBe(EXIT.usage);
      expect(err.join('\n')).toMatch(/--date must be a real date/);
    },
  );

  it('accepts a leap day', async () => {
    expect(await run('render', 'good.json', '--out', 'p.md', '--date', '2028-02-29')).toBe(EXIT.ok);
  });
});
