import type { PartId } from '@/document/parts';
import { bundledTemplate } from '@/document/load-bundled';
import type { Answers } from '@/domain/answers';
import { localToday } from '@/lib/today';
import { saveBlob } from './download';
import type { PolicyFile, PolicyFileInput, PolicyFileRequest, PolicyFormat } from './make-policy-file';
import type { WorkerReply, WorkerRequest } from './policy-file.worker';

export type { PolicyFormat } from './make-policy-file';

/**
 * Where and when the policy's files are made. A worker makes them, off the page, so the page never
 * freezes, and it makes them ahead: it is warmed up as a draft starts (`warmPolicyWorker`), and
 * the check page asks for the files of the answers it shows (`preparePolicyFiles`), so a click on
 * the result page finds its file made, however soon it comes. A click waits on the worker rather
 * than racing it with a second copy made in the page: on a two-core machine the page's copy took
 * the worker's core and held the main thread for over a second, so both were late. The page makes
 * a file itself only where there is no worker (jsdom) or the worker failed.
 */

let worker: Worker | null | undefined;
const waiting = new Map<number, { resolve: (file: PolicyFile) => void; reject: (error: Error) => void }>();
let nextId = 0;

function policyWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  worker = new Worker(new URL('./policy-file.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
    const request = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) request?.resolve({ blob: reply.blob, fileName: reply.fileName });
    else request?.reject(new Error(reply.message));
  };
  // The worker could not start (its file failed to load): files are made in the page instead.
  // Said in the console, so the fallback never hides a broken worker from its developers.
  worker.onerror = (event) => {
    console.error(`The policy worker stopped (${event.message}); files are made in the page.`);
    worker?.terminate();
    worker = null;
    for (const request of waiting.values()) request.reject(new Error(event.message || 'no worker'));
    waiting.clear();
    made.clear();
  };
  return worker;
}

/** The request with the template of the document's language, as the page has (or now loads) it. */
const withTemplate = (request: PolicyFileRequest): Promise<PolicyFileInput> =>
  bundledTemplate(request.answers.policy.language).then((bundle) => ({ ...request, bundle }));

async function inWorker(maker: Worker, request: PolicyFileRequest): Promise<PolicyFile> {
  const input = await withTemplate(request);
  if (worker !== maker) throw new Error('the policy worker stopped');
  const id = nextId++;
  return new Promise<PolicyFile>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    maker.postMessage({ id, ...input } satisfies WorkerRequest);
  });
}

const inPage = async (request: PolicyFileRequest): Promise<PolicyFile> => {
  const [{ makePolicyFile }, input] = await Promise.all([
    import('./make-policy-file'),
    withTemplate(request),
  ]);
  return makePolicyFile(input);
};

/**
 * Files the worker made (or is making), by what they were made from: going back to the check
 * page and on again, or switching the document's language and back, finds the file made. The
 * files of the last three sets of answers are kept (a Word file is some 50 KB, plus the logo);
 * the oldest goes first.
 */
const made = new Map<string, Promise<PolicyFile>>();
const KEEP = 6;

/** The answers as text, once per answers object (the store hands out the same object until they change). */
const answersText = new WeakMap<Answers, string>();

/** What a file is made from, as text: the answers and everything else the request says (format, day …). */
function requestKey({ answers, ...rest }: PolicyFileRequest): string {
  let text = answersText.get(answers);
  if (text === undefined) answersText.set(answers, (text = JSON.stringify(answers)));
  return `${JSON.stringify(rest)} ${text}`;
}

/** The worker's file for this request: made before, being made, or asked for now. Undefined without a worker. */
function fromWorker(request: PolicyFileRequest): Promise<PolicyFile> | undefined {
  const maker = policyWorker();
  if (!maker) return undefined;
  const key = requestKey(request);
  const known = made.get(key);
  if (known) {
    made.delete(key); // and set again: the most recently wanted is kept longest
    made.set(key, known);
    return known;
  }
  // A file the worker could not make stays here as such: making it again would fail again (the
  // same answers, the same code), so the click goes straight to the page. Said once, in the console.
  const file = inWorker(maker, request);
  file.catch((error: unknown) => console.error('The policy worker could not make the file:', error));
  made.set(key, file);
  if (made.size > KEEP) made.delete(made.keys().next().value!);
  return file;
}

/**
 * Starts the worker making this file, unless it has made it already. Without a worker it does
 * nothing: no work in the page that the user did not ask for.
 */
export function preparePolicyFile(format: PolicyFormat, answers: Answers): void {
  void fromWorker({ format, answers, today: localToday() });
}

/**
 * The files the result page offers, made ahead in the order people want them: Word first (the
 * worker makes one file at a time), then Markdown, whose first file would otherwise take the
 * worker some 0.2 s on the click (its writer's code runs for the first time).
 */
export function preparePolicyFiles(answers: Answers): void {
  preparePolicyFile('docx', answers);
  preparePolicyFile('md', answers);
}

let warmed = false;

/**
 * Gets the worker ready long before the result page: the first time it is called (as a draft
 * starts, or as the first page of the wizard shows) the worker makes the files of the answers so
 * far. A worker's first file is by far its slowest: its code is compiled, the engine learns it,
 * and the whole template is parsed (some 0.5 s of CPU for the Word file and 0.15 s more for the
 * Markdown, against 0.1–0.2 s for later files, whose unchanged sections are parsed already). So
 * the files the check page asks for are then made at once, and are often these very files. Later
 * calls do nothing: files for each page of the wizard would be work nobody asked for.
 */
export function warmPolicyWorker(answers: Answers): void {
  if (warmed) return;
  warmed = true;
  preparePolicyFiles(answers);
}

/**
 * Makes the policy file from these answers (or takes the one made ahead from the same) and hands
 * it to the browser. Returns the file's name. Made in the page only if the worker can't.
 */
export async function downloadPolicy(
  format: PolicyFormat,
  answers: Answers,
  annex?: PartId,
): Promise<string> {
  const request: PolicyFileRequest = { format, answers, today: localToday(), ...(annex && { annex }) };
  const file = fromWorker(request)?.catch(() => inPage(request)) ?? inPage(request);
  const { blob, fileName } = await file;
  saveBlob(blob, fileName);
  return fileName;
}
