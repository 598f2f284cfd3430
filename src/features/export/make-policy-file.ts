import type { PartId } from '@/document/parts';
import { policyFileName } from '@/document/file-name';
import { renderPolicy } from '@/document/render';
import type { TemplateBundle } from '@/document/template';
import { writeDocxBlob } from '@/document/writers/docx';
import { writeMarkdown } from '@/document/writers/markdown';
import type { Answers } from '@/domain/answers';

export type PolicyFormat = 'docx' | 'md';

export interface PolicyFileRequest {
  format: PolicyFormat;
  answers: Answers;
  /** The day the file is made, YYYY-MM-DD, from the user's own clock and time zone. */
  today: string;
  /** One annex alone (to print, sign or pin up), or the policy on a page, instead of the whole policy. */
  annex?: PartId;
}

/**
 * What the file is made from: the request and the template of the document's language, which the
 * page has already loaded (so the worker never fetches a second copy).
 */
export interface PolicyFileInput extends PolicyFileRequest {
  bundle: TemplateBundle;
}

export interface PolicyFile {
  blob: Blob;
  fileName: string;
}

/**
 * The policy as a file: answers in, a named Blob out. Runs in the policy worker (see
 * policy-files.ts), or in the page where there are no workers.
 */
export async function makePolicyFile({
  format,
  answers,
  today,
  bundle,
  annex,
}: PolicyFileInput): Promise<PolicyFile> {
  const policy = renderPolicy({ answers, bundle, today });
  const blob =
    format === 'docx'
      ? await writeDocxBlob(policy, annex)
      : new Blob([writeMarkdown(policy, annex)], { type: 'text/markdown;charset=utf-8' });
  return { blob, fileName: policyFileName(policy, format, annex) };
}
