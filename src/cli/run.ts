import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readAnswersFile, type Problem } from '@/domain/answers-file';
import { loadEnglishSchemaMessages } from '@/domain/messages';
import { LANGUAGES, POLICY_LENGTHS, type PolicyLength } from '@/domain/options';
import { missingAnswers } from '@/domain/required';
import { answersLanguageOf, untranslatedAnswers } from '@/domain/translations';
import { ANNEX_IDS, type AnnexId } from '@/document/annexes';
import { policyFileName } from '@/document/file-name';
import { loadTemplate, loadWordingRules } from '@/document/load-node';
import { renderPolicy } from '@/document/render';
import type { WordingReport } from '@/document/wording-edits';
import { partOf, type PartId } from '@/document/parts';
import type { Locale } from '@/document/template';
import { ISO_DATE } from '@/document/scope';
import { checkWording } from '@/document/wording-check';
import { writeDocx } from '@/document/writers/docx';
import { writeMarkdown } from '@/document/writers/markdown';
import { OutputError, OutputInterrupted, writeFileSafely, type WriteHooks } from './write-file';

loadEnglishSchemaMessages();

/** 1: the answers file can't be used; 2: the command line is wrong (a bad option or --out); 130: Ctrl-C. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, interrupted: 130 } as const;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  cwd: string;
  /** The date the document is made, unless --date says otherwise. */
  today: string;
  /** For tests: called while the output file is being written (see write-file.ts). */
  writeHooks?: WriteHooks;
}

const USAGE = `Usage:
  npm run policy -- render <answers.json> [--locale da|en|fr] [--length complete|compact] [--keep-untranslated] [--format docx|md] [--annex <id> | --summary] [--out <file>] [--date YYYY-MM-DD]
  npm run policy -- validate <answers.json>

render    writes the policy as Word (docx) or Markdown (md). The language defaults to the
          answers' policy.language, the format to the --out file's extension (else docx), and
          the file name to one made from the title, organisation and version. With --annex
          (acknowledgement, contacts or accounts) it writes that annex alone; with --summary,
          the policy on a page for staff. In another language than the answers', each
          free-text answer needs its wording in that language (the file's "translations",
          written in the app); with --keep-untranslated, those missing are printed as written.
          --length compact writes the short version, each rule in few words (default: the
          answers' policy.length, which is complete unless chosen otherwise).
validate  checks an answers file and lists what is wrong, by field path, what is not yet
          answered, and wording in the policy that is unlawful or risky for the organisation
          (with the reason and the clause). Exits 1 when the file can't be used.`;

class UsageError extends Error {}

const LANGUAGE_NAMES: Record<Locale, string> = { da: 'Danish', en: 'English', fr: 'French' };

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'render':
        return await render(rest, io);
      case 'validate':
        return validate(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof OutputInterrupted) {
      io.stderr(`policy: ${error.message}`);
      return typeof process.exitCode === 'number' ? process.exitCode : EXIT.interrupted;
    }
    if (error instanceof OutputError) {
      io.stderr(`policy: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`policy: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function readInput(file: string | undefined, io: CliIo) {
  if (!file) throw new UsageError('name an answers file');
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    // A byte-order mark, as some editors save, is not part of the JSON (the browser drops it too).
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return {
      path,
      result: {
        ok: false as const,
        problems: [
          {
            path: '(file)',
            message: `can't read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          },
        ],
      },
    };
  }
  return { path, result: readAnswersFile(text) };
}

function report(io: CliIo, file: string, problems: Problem[]): void {
  io.stderr(
    `${file}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}, nothing written`,
  );
  for (const problem of problems) io.stderr(`  ${problem.path}: ${problem.message}`);
}

function validate(args: string[], io: CliIo): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError('validate takes one answers file');
  const file = positionals[0];
  const { result } = readInput(file, io);
  if (!result.ok) {
    io.stderr(
      `${file}: ${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}`,
    );
    for (const problem of result.problems) io.stderr(`  ${problem.path}: ${problem.message}`);
    return EXIT.invalidInput;
  }
  io.stdout(
    `${file}: valid${result.migratedFrom ? ` (upgraded from schema version ${result.migratedFrom})` : ''}`,
  );
  for (const warning of result.warnings) io.stdout(`  warning: ${warning.path}: ${warning.message}`);
  const missing = missingAnswers(result.answers);
  if (missing.length > 0) {
    io.stdout('  not yet answered (the policy uses neutral wording until they are):');
    for (const item of missing) io.stdout(`    answers.${item.path}: ${item.message}`);
  }
  // The policy in its own language, checked for wording that is unlawful or risky where it applies
  // (often something the user typed, such as British spelling in a US policy).
  const { answers } = result;
  const document = renderPolicy({ answers, bundle: loadTemplate(answers.policy.language), today: io.today });
  for (const line of wordingWarnings(document.wording)) io.stdout(`  warning: ${line}`);
  const findings = checkWording({ answers, document, rules: loadWordingRules() });
  if (findings.length > 0) {
    io.stdout('  wording to review:');
    for (const finding of findings)
      io.stdout(
        `    ${finding.clause}: "${finding.excerpt}" – ${finding.reason}${finding.law ? ` (${finding.law})` : ''}`,
      );
  }
  return EXIT.ok;
}

async function render(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      locale: { type: 'string' },
      length: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      date: { type: 'string' },
      annex: { type: 'string' },
      summary: { type: 'boolean' },
      'keep-untranslated': { type: 'boolean' },
    },
  });
  if (positionals.length > 1) throw new UsageError('render takes one answers file');
  const annex = values.annex as AnnexId | undefined;
  if (annex !== undefined && !ANNEX_IDS.includes(annex))
    throw new UsageError(`--annex must be one of ${ANNEX_IDS.join(', ')}, not "${values.annex}"`);
  if (annex !== undefined && values.summary)
    throw new UsageError('--annex and --summary each make a document of their own: choose one');
  const part: PartId | undefined = values.summary ? 'summary' : annex;
  if (values.locale !== undefined && !(LANGUAGES as readonly string[]).includes(values.locale))
    throw new UsageError(`--locale must be one of ${LANGUAGES.join(', ')}, not "${values.locale}"`);
  const length = values.length as PolicyLength | undefined;
  if (length !== undefined && !POLICY_LENGTHS.includes(length))
    throw new UsageError(`--length must be one of ${POLICY_LENGTHS.join(', ')}, not "${values.length}"`);
  const format = values.format ?? (values.out?.toLowerCase().endsWith('.md') ? 'md' : 'docx');
  if (format !== 'docx' && format !== 'md')
    throw new UsageError(`--format must be docx or md, not "${format}"`);
  const today = values.date ?? io.today;
  if (!isRealDate(today)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, not "${today}"`);

  const file = positionals[0];
  const { result } = readInput(file, io);
  if (!result.ok) {
    report(io, file ?? '', result.problems);
    return EXIT.invalidInput;
  }
  for (const warning of result.warnings) io.stderr(`warning: ${warning.path}: ${warning.message}`);

  const locale = (values.locale ?? result.answers.policy.language) as Locale;
  // The app never makes a policy that mixes two languages unless the user chose to; nor does this.
  const untranslated = untranslatedAnswers(result.answers, locale);
  if (untranslated.length > 0 && !values['keep-untranslated']) {
    io.stderr(
      `${file}: the answers are in ${LANGUAGE_NAMES[answersLanguageOf(result.answers)]}, and ${untranslated.length === 1 ? '1 answer has' : `${untranslated.length} answers have`} no ${LANGUAGE_NAMES[locale]} wording:`,
    );
    for (const { text, paths } of untranslated) io.stderr(`  answers.${paths.join(', answers.')}: "${text}"`);
    io.stderr(
      `Write them in the app ("Your answers in ${LANGUAGE_NAMES[locale]}") and save the answers file again, or pass --keep-untranslated to print them as written.`,
    );
    return EXIT.invalidInput;
  }
  const answers = length
    ? { ...result.answers, policy: { ...result.answers.policy, length } }
    : result.answers;
  const policy = renderPolicy({ answers, bundle: loadTemplate(locale), today });
  for (const line of wordingWarnings(policy.wording)) io.stderr(`warning: ${line}`);
  if (part && !partOf(policy, part)) {
    io.stderr(
      part === 'summary'
        ? 'This template has no policy on a page (summary.md).'
        : `This policy has no ${part} annex: its answers leave it out.`,
    );
    return EXIT.invalidInput;
  }
  const bytes =
    format === 'docx' ? await writeDocx(policy, part) : new TextEncoder().encode(writeMarkdown(policy, part));
  const out = resolve(io.cwd, values.out ?? policyFileName(policy, format, part));
  await writeFileSafely(out, bytes, io.writeHooks);
  io.stdout(`wrote ${out} (${bytes.byteLength.toLocaleString('en')} bytes)`);
  return EXIT.ok;
}

/**
 * What the policy made of the user's own wording, said rather than dropped: edits whose clause is
 * not in this policy (they are kept in the file, and the app shows them), and clauses whose
 * standard wording changed since she edited them (her version is printed).
 */
function wordingWarnings({ orphaned, stale, locked }: WordingReport): string[] {
  return [
    ...orphaned.edits.map(
      (id) => `answers.wording: your change to clause ${id} is not used: this policy has no such clause`,
    ),
    ...orphaned.added.map(
      (id) => `answers.wording: your clause ${id} is not used: the clause it follows is not in this policy`,
    ),
    ...stale.map(
      ({ id }) =>
        `answers.wording: the standard wording of clause ${id} has changed since you edited it; your change is kept`,
    ),
    ...locked.map(
      (id) =>
        `answers.wording: clause ${id} is printed: the law makes the policy keep it, so it cannot be left out`,
    ),
  ];
}

/** YYYY-MM-DD naming a day that exists: 2026-02-31 does not (Date.parse would roll it over to 3 March). */
function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
