import { policyFileName } from '@/document/file-name';
import type { PolicyDocument } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { saveBlob } from './download';

/** The Word writer (and the docx library) is loaded only now, on the first Word download. */
export async function downloadWord(policy: PolicyDocument): Promise<string> {
  const { writeDocxBlob } = await import('@/document/writers/docx');
  const fileName = policyFileName(policy, 'docx');
  saveBlob(await writeDocxBlob(policy), fileName);
  return fileName;
}

export function downloadMarkdown(policy: PolicyDocument): string {
  const fileName = policyFileName(policy, 'md');
  saveBlob(new Blob([writeMarkdown(policy)], { type: 'text/markdown;charset=utf-8' }), fileName);
  return fileName;
}
