import { policyFileName } from '@/document/file-name';
import { bundledTemplate } from '@/document/load-bundled';
import type { PolicyDocument } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { localToday } from '@/lib/today';
import { saveBlob } from './download';

export type PolicyFormat = 'docx' | 'md';

type Writer = (policy: PolicyDocument) => Blob | Promise<Blob>;

/**
 * Each writer's code is fetched for its first download (or just before, see
 * `prefetchPolicyWriter`): the docx library is never part of a page.
 */
const writers: Record<PolicyFormat, () => Promise<Writer>> = {
  docx: () => import('@/document/writers/docx').then((module) => module.writeDocxBlob),
  md: () =>
    import('@/document/writers/markdown').then(
      (module) => (policy: PolicyDocument) =>
        new Blob([module.writeMarkdown(policy)], { type: 'text/markdown;charset=utf-8' }),
    ),
};

/** Fetches a writer's code ahead of the click that needs it; harmless to call often. */
export function prefetchPolicyWriter(format: PolicyFormat): void {
  void writers[format]().catch(() => undefined);
}

/**
 * Makes the policy file from the answers as they are at the click, with the template of the
 * document's language, and hands it to the browser. Returns the file's name.
 */
export async function downloadPolicy(format: PolicyFormat, answers: Answers): Promise<string> {
  const [{ renderPolicy }, bundle, write] = await Promise.all([
    import('@/document/render'),
    bundledTemplate(answers.policy.language),
    writers[format](),
  ]);
  const policy = renderPolicy({ answers, bundle, today: localToday() });
  const fileName = policyFileName(policy, format);
  saveBlob(await write(policy), fileName);
  return fileName;
}
