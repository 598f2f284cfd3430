// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAnswers, type Answers } from '@/domain/answers';
import type { WorkerReply, WorkerRequest } from '@/features/export/policy-file.worker';

/**
 * Where the policy's files are made: ahead of the click by the worker, or in the page. jsdom has
 * no Worker, so a stand-in records what it is asked and answers when the test says.
 */

class FakeWorker {
  static last: FakeWorker | undefined;
  readonly requests: WorkerRequest[] = [];
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  constructor() {
    FakeWorker.last = this;
  }

  postMessage(request: WorkerRequest) {
    this.requests.push(request);
  }

  terminate() {
    this.terminated = true;
  }

  /** Answers request `index` with a made file. */
  reply(index: number, text = 'made by the worker') {
    const { id } = this.requests[index]!;
    this.onmessage?.({
      data: { id, ok: true, blob: new Blob([text]), fileName: 'from-worker.docx' },
    } as MessageEvent<WorkerReply>);
  }

  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** The files handed to the browser, by name. */
let saved: { name: string; blob: Blob }[];
let errors: string[];

async function policyFiles({ withWorker }: { withWorker: boolean }) {
  vi.resetModules();
  FakeWorker.last = undefined;
  vi.stubGlobal('Worker', withWorker ? FakeWorker : undefined);
  vi.doMock('@/features/export/download', () => ({
    saveBlob: (blob: Blob, name: string) => saved.push({ name, blob }),
  }));
  return import('@/features/export/policy-files');
}

const answersFor = (name: string): Answers => {
  const answers = defaultAnswers();
  answers.organisation.name = name;
  return answers;
};

beforeEach(() => {
  saved = [];
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('@/features/export/download');
  vi.restoreAllMocks();
});

describe('with a worker', () => {
  it('asks it once for the file ahead, and a later click takes that file', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    preparePolicyFile('docx', answers); // the same answers again: nothing new to make
    const worker = FakeWorker.last!;
    // Sent once the template is in, with it: the worker never fetches a template itself.
    await vi.waitFor(() => expect(worker.requests).toHaveLength(1));
    expect(worker.requests[0]).toMatchObject({ format: 'docx', answers, bundle: { locale: 'da' } });

    worker.reply(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(downloadPolicy('docx', answers)).resolves.toBe('from-worker.docx');
    expect(await saved[0]!.blob.text()).toBe('made by the worker');
  });

  it('makes the file in the page when the answers changed since', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    preparePolicyFile('docx', answersFor('Acme'));
    const name = await downloadPolicy('docx', answersFor('Beta Bank'));
    expect(name).toMatch(/^politik-for-sociale-medier-beta-bank-v1-0\.docx$/);
    expect(FakeWorker.last!.requests).toHaveLength(1); // only the one made ahead
  });

  it('does not wait on a worker still at work: the page makes the file too, and the first wins', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    // The worker never answers here; the click is served by the page.
    await expect(downloadPolicy('docx', answers)).resolves.toBe('politik-for-sociale-medier-acme-v1-0.docx');
  });

  it('says so in the console when the worker stops, and makes files in the page from then on', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    const worker = FakeWorker.last!;
    worker.fail('Failed to fetch');
    expect(worker.terminated).toBe(true);
    expect(errors.join('\n')).toContain('The policy worker stopped (Failed to fetch)');

    await expect(downloadPolicy('md', answers)).resolves.toBe('politik-for-sociale-medier-acme-v1-0.md');
    expect(await saved[0]!.blob.text()).toContain('# Politik for sociale medier');
    preparePolicyFile('docx', answersFor('Beta Bank'));
    expect(FakeWorker.last).toBe(worker); // no second worker
  });
});

describe('without workers', () => {
  it('does nothing ahead, and makes the file in the page on the click', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: false });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    expect(FakeWorker.last).toBeUndefined();
    const name = await downloadPolicy('docx', answers);
    expect(name).toBe('politik-for-sociale-medier-acme-v1-0.docx');
    // A Word file is a zip file: "PK" first.
    expect(new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });
});
