import { policyFileName } from '@/document/file-name';
import { bundledTemplate } from '@/document/load-bundled';
import { renderPolicy } from '@/document/render';
import { writeDocxBlob } from '@/document/writers/docx';
import { writeMarkdown } from '@/document/writers/markdown';
import type { Answers } from '@/domain/answers';

export type PolicyFormat = 'docx' | 'md';

export interface PolicyFileRequest {
  format: PolicyFormat;
  answers: Answers;
  /** The day the file is made, YYYY-MM-DD, from the user's own clock and time zone. */
  today: string;
}

export interface PolicyFile {
  blob: Blob;
  fileName: string;
}

/**
 * The policy as a file: answers in, a named Blob out. Runs in the policy worker (see
 * policy-files.ts), or in the page where there are no workers.
 */
export async function makePolicyFile({ format, answers, today }: PolicyFileRequest): Promise<PolicyFile> {
  const policy = renderPolicy({ answers, bundle: await bundledTemplate(answers.policy.language), today });
  const blob =
    format === 'docx'
      ? await writeDocxBlob(policy)
      : new Blob([writeMarkdown(policy)], { type: 'text/markdown;charset=utf-8' });
  return { blob, fileName: policyFileName(policy, format) };
}
