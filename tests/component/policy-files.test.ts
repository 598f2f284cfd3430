// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAnswers, type Answers } from '@/domain/answers';
import type { WorkerReply, WorkerRequest } from '@/features/export/policy-file.worker';

/**
 * Where the policy's files are made: by the worker, ahead of the click or on it, or in the page
 * where there is no worker or it failed. jsdom has no Worker, so a stand-in records what it is
 * asked and answers when the test says.
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

  /** Answers request `index` with a made file, named for its format. */
  reply(index: number, text = 'made by the worker') {
    const { id, format } = this.requests[index]!;
    this.onmessage?.({
      data: { id, ok: true, blob: new Blob([text]), fileName: `from-worker.${format}` },
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
    expect(worker.requests).toHaveLength(1);
  });

  it('waits on the worker still making the file, and makes nothing in the page meanwhile', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const inPage = vi.fn();
    vi.doMock('@/features/export/make-policy-file', () => ({ makePolicyFile: inPage }));
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    const worker = FakeWorker.last!;
    const clicked = downloadPolicy('docx', answers);
    await vi.waitFor(() => expect(worker.requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(saved).toEqual([]); // still being made

    worker.reply(0);
    await expect(clicked).resolves.toBe('from-worker.docx');
    expect(worker.requests).toHaveLength(1); // the click asked for nothing new
    expect(inPage).not.toHaveBeenCalled();
    vi.doUnmock('@/features/export/make-policy-file');
  });

  it('asks the worker on the click for answers it was not asked for ahead, and for Markdown', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    preparePolicyFile('docx', answersFor('Acme'));
    const worker = FakeWorker.last!;
    const word = downloadPolicy('docx', answersFor('Beta Bank'));
    const markdown = downloadPolicy('md', answersFor('Beta Bank'));
    await vi.waitFor(() => expect(worker.requests).toHaveLength(3));
    expect(worker.requests.map(({ format, answers }) => [format, answers.organisation.name])).toEqual([
      ['docx', 'Acme'],
      ['docx', 'Beta Bank'],
      ['md', 'Beta Bank'],
    ]);
    worker.reply(2, 'markdown');
    worker.reply(1, 'word');
    await expect(Promise.all([word, markdown])).resolves.toEqual(['from-worker.docx', 'from-worker.md']);
    expect(await Promise.all(saved.map(({ blob }) => blob.text()))).toEqual(['markdown', 'word']);
  });

  it('finds a file made from the same answers, even as a new object (a language switched and back)', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    preparePolicyFile('docx', answersFor('Acme'));
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(1));
    worker.reply(0);
    preparePolicyFile('docx', answersFor('Acme'));
    await expect(downloadPolicy('docx', answersFor('Acme'))).resolves.toBe('from-worker.docx');
    expect(worker.requests).toHaveLength(1);
  });

  it('keeps the last few files only: an older one is asked for again', async () => {
    const { preparePolicyFiles } = await policyFiles({ withWorker: true });
    const names = ['A', 'B', 'C', 'D'];
    for (const name of names) preparePolicyFiles(answersFor(name));
    preparePolicyFiles(answersFor('B')); // kept, with C and D
    preparePolicyFiles(answersFor('A')); // the oldest, let go
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(10));
    expect(
      worker.requests
        .filter(({ format }) => format === 'docx')
        .map(({ answers }) => answers.organisation.name),
    ).toEqual([...names, 'A']);
  });

  it('makes the file in the page when the worker could not make it, without asking it again', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(1));
    const { id } = worker.requests[0]!;
    worker.onmessage?.({ data: { id, ok: false, message: 'out of memory' } } as MessageEvent<WorkerReply>);
    await vi.waitFor(() => expect(errors.join('\n')).toContain('out of memory'));

    await expect(downloadPolicy('docx', answers)).resolves.toBe('politik-for-sociale-medier-acme-v1-0.docx');
    expect(worker.requests).toHaveLength(1);
  });

  it('says so in the console when the worker stops, and makes files in the page from then on', async () => {
    const { preparePolicyFile, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(1));
    const waiting = downloadPolicy('docx', answers); // clicked while the worker makes it
    worker.fail('Failed to fetch');
    expect(worker.terminated).toBe(true);
    expect(errors.join('\n')).toContain('The policy worker stopped (Failed to fetch)');
    await expect(waiting).resolves.toBe('politik-for-sociale-medier-acme-v1-0.docx');

    await expect(downloadPolicy('md', answers)).resolves.toBe('politik-for-sociale-medier-acme-v1-0.md');
    expect(await saved[1]!.blob.text()).toContain('# Politik for sociale medier');
    preparePolicyFile('docx', answersFor('Beta Bank'));
    expect(FakeWorker.last).toBe(worker); // no second worker
  });

  it("makes the result page's files ahead, Word first, each once", async () => {
    const { preparePolicyFiles, downloadPolicy } = await policyFiles({ withWorker: true });
    const answers = answersFor('Acme');
    preparePolicyFiles(answers);
    preparePolicyFiles(answers);
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(2));
    expect(worker.requests.map(({ format }) => format)).toEqual(['docx', 'md']);
    worker.reply(1, 'markdown');
    await expect(downloadPolicy('md', answers)).resolves.toBe('from-worker.md');
    expect(await saved[0]!.blob.text()).toBe('markdown');
    expect(worker.requests).toHaveLength(2);
  });

  it('is warmed up once: the first call has the files of the answers so far made, later calls nothing', async () => {
    const { warmPolicyWorker } = await policyFiles({ withWorker: true });
    warmPolicyWorker(answersFor('Acme'));
    warmPolicyWorker(answersFor('Beta Bank'));
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.requests).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.requests.map(({ format, answers }) => [format, answers.organisation.name])).toEqual([
      ['docx', 'Acme'],
      ['md', 'Acme'],
    ]);
  });
});

describe('without workers', () => {
  it('does nothing ahead, and makes the file in the page on the click', async () => {
    const { preparePolicyFile, warmPolicyWorker, downloadPolicy } = await policyFiles({ withWorker: false });
    const answers = answersFor('Acme');
    preparePolicyFile('docx', answers);
    warmPolicyWorker(answers);
    expect(FakeWorker.last).toBeUndefined();
    const name = await downloadPolicy('docx', answers);
    expect(name).toBe('politik-for-sociale-medier-acme-v1-0.docx');
    // A Word file is a zip file: "PK" first.
    expect(new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });
});
