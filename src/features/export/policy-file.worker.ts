import { makePolicyFile, type PolicyFileInput } from './make-policy-file';

/**
 * A worker that makes the policy's files, so the page never waits on the docx library: writing
 * a 15-page Word file (and compiling the library's code the first time) would otherwise freeze
 * the page for a moment on a slow phone. It only answers its own page; nothing leaves the browser.
 */

export type WorkerRequest = PolicyFileInput & { id: number };
export type WorkerReply =
  { id: number; ok: true; blob: Blob; fileName: string } | { id: number; ok: false; message: string };

const worker = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

worker.onmessage = ({ data: { id, ...request } }) => {
  makePolicyFile(request).then(
    ({ blob, fileName }) => worker.postMessage({ id, ok: true, blob, fileName }),
    (error: unknown) =>
      worker.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
