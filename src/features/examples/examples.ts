import type { Answers } from '@/domain/answers';
import { readAnswersJson } from '@/domain/answers-file';

/** The example answer sets of templates/examples/, bundled into the app. */
const files = import.meta.glob<unknown>('/templates/examples/*.json', { eager: true, import: 'default' });

export interface Example {
  id: string;
  name: string;
  answers: Answers;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .map(([path, json]) => {
    const result = readAnswersJson(json);
    if (!result.ok)
      throw new Error(`${path}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return {
      id: path.replace(/^.*\/|\.json$/g, ''),
      name: result.answers.organisation.name,
      answers: result.answers,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
