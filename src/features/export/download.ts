import type { Answers } from '@/domain/answers';
import { writeAnswersFile } from '@/domain/answers-file';
import { slug } from '@/document/file-name';

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

/** The answers file the command line reads and the start page opens again. */
export function downloadAnswers(answers: Answers): string {
  const name = slug(answers.organisation.name);
  const fileName = `${['answers', name].filter(Boolean).join('-')}.json`;
  saveBlob(new Blob([writeAnswersFile(answers)], { type: 'application/json' }), fileName);
  return fileName;
}

/** A saved draft that could not be read, exactly as it was stored, so nothing is lost. */
export function downloadRaw(text: string): string {
  const fileName = 'policy-builder-unreadable-draft.json';
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
  return fileName;
}
