import { defaultAnswers, type Answers } from '@/domain/answers';
import type { FileWarning } from '@/domain/answers-file';
import { EXAMPLE_IDS, loadExample } from '@/features/examples/examples';
import type { UiLocale } from '@/i18n/i18n';

/**
 * What can take the draft's place: a new policy, an example, or an answers file. With a draft
 * in the browser the start page asks first, on /replace?with=new|example:<id>|file.
 */
export type Replacement =
  | { kind: 'new' }
  | { kind: 'example'; id: string }
  /** `ignored`: fields in the file that the app doesn't know, which are left out. */
  | { kind: 'file'; name: string; answers: Answers; ignored: readonly FileWarning[] };

/**
 * Whether to ask before `replacement` is used: always when it replaces a draft, and for a file
 * with fields that will be left out, so the user learns which before anything happens.
 */
export const mustAsk = (replacement: Replacement, started: boolean): boolean =>
  started || (replacement.kind === 'file' && replacement.ignored.length > 0);

/**
 * An answers file waits here, in memory only, while the user is asked: its answers don't belong
 * in the URL. A reload forgets it, and the question page then sends the user back to open it again.
 */
let heldFile: Extract<Replacement, { kind: 'file' }> | null = null;

/** The page that asks before `replacement` takes the draft's place; a file is held meanwhile. */
export function askPath(replacement: Replacement): string {
  if (replacement.kind === 'file') heldFile = replacement;
  const param =
    replacement.kind === 'example' ? `example:${encodeURIComponent(replacement.id)}` : replacement.kind;
  return `/replace?with=${param}`;
}

/** What `with` names, or null when it names nothing there is (an unknown example, a file forgotten). */
export function parseReplacement(param: string | null): Replacement | null {
  if (param === 'new') return { kind: 'new' };
  if (param === 'file') return heldFile;
  const id = param?.startsWith('example:') ? param.slice('example:'.length) : null;
  return id !== null && EXAMPLE_IDS.includes(id) ? { kind: 'example', id } : null;
}

export function forgetHeldFile(): void {
  heldFile = null;
}

/** The answers that replace the draft; a new policy is written in the language of the page. */
export async function answersFor(replacement: Replacement, language: UiLocale): Promise<Answers> {
  switch (replacement.kind) {
    case 'new': {
      const answers = defaultAnswers();
      return { ...answers, policy: { ...answers.policy, language } };
    }
    case 'example':
      return loadExample(replacement.id);
    case 'file':
      return replacement.answers;
  }
}
