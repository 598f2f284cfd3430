import type { Answers } from '@/domain/answers';
import { writeAnswersFile } from '@/domain/answers-file';
import { policyFileName, slug } from '@/document/file-name';
import type { PolicyDocument } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';

/** Hands a file to the browser as a download: made here, saved there, sent nowhere. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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

/** The answers file the command line reads and the start page opens again. */
export function downloadAnswers(answers: Answers): string {
  const name = slug(answers.organisation.name);
  const fileName = `${['answers', name].filter(Boolean).join('-')}.json`;
  saveBlob(new Blob([writeAnswersFile(answers)], { type: 'application/json' }), fileName);
  return fileName;
}

/** Saved data that could not be read, exactly as it was stored, so nothing is lost. */
export function downloadRaw(text: string): string {
  const fileName = 'policy-builder-saved-data.json';
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
  return fileName;
}
