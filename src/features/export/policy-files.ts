import { bundledTemplate } from '@/document/load-bundled';
import type { Answers } from '@/domain/answers';
import { localToday } from '@/lib/today';
import { saveBlob } from './download';
import type { PolicyFile, PolicyFileInput, PolicyFileRequest, PolicyFormat } from './make-policy-file';
import type { WorkerReply, WorkerRequest } from './policy-file.worker';

export type { PolicyFormat } from './make-policy-file';

/**
 * The result page asks for the Word file once it is idle (`preparePolicyFile`), and a worker makes
 * it in the background, off the page: by the time the reader clicks, it is usually made, and
 * the page never froze making it. A click before then does not wait on the worker alone (a
 * worker starts cold), and where there are no workers (jsdom) the page makes the file itself.
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

interface Ahead {
  request: PolicyFileRequest;
  file: Promise<PolicyFile>;
  made: boolean;
}

/** The file being made (or made) ahead of the click, and what from. */
let ahead: Ahead | undefined;

const sameRequest = (a: PolicyFileRequest, b: PolicyFileRequest) =>
  a.format === b.format && a.answers === b.answers && a.today === b.today;

/** Starts making this file in the worker. Without one it does nothing: no work in the page unasked. */
export function preparePolicyFile(format: PolicyFormat, answers: Answers): void {
  const request: PolicyFileRequest = { format, answers, today: localToday() };
  if (ahead && sameRequest(ahead.request, request)) return;
  const maker = policyWorker();
  if (!maker) return;
  const entry: Ahead = { request, file: inWorker(maker, request), made: false };
  entry.file.then(
    () => (entry.made = true),
    (error: unknown) => {
      console.error('The policy worker could not make the file ahead:', error);
      if (ahead === entry) ahead = undefined;
    },
  );
  ahead = entry;
}

/** Whichever is made first; fails only if both fail, with the page's own reason. */
function firstMade(worker: Promise<PolicyFile>, page: Promise<PolicyFile>): Promise<PolicyFile> {
  return Promise.any([worker, page]).catch(() => page);
}

/**
 * Makes the policy file from these answers (or takes the one made ahead from exactly these)
 * and hands it to the browser. Returns the file's name.
 */
export async function downloadPolicy(format: PolicyFormat, answers: Answers): Promise<string> {
  const request: PolicyFileRequest = { format, answers, today: localToday() };
  const early = ahead && sameRequest(ahead.request, request) ? ahead : undefined;
  const file = early?.made ? early.file : early ? firstMade(early.file, inPage(request)) : inPage(request);
  const { blob, fileName } = await file;
  saveBlob(blob, fileName);
  return fileName;
}
