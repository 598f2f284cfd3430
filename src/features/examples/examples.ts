import type { Answers } from '@/domain/answers';
import { readAnswersJson } from '@/domain/answers-file';

/**
 * The example answer sets of templates/examples/. Their ids are known up front; each file is
 * fetched only when chosen, so the start page stays light. Their names are UI text
 * (`start.examples.<id>`), which describes them for people choosing one.
 */
const files = import.meta.glob<unknown>('/templates/examples/*.json', { import: 'default' });

const idOf = (path: string) => path.replace(/^.*\/|\.json$/g, '');

export const EXAMPLE_IDS: readonly string[] = Object.keys(files).map(idOf).sort();

export async function loadExample(id: string): Promise<Answers> {
  const entry = Object.entries(files).find(([path]) => idOf(path) === id);
  if (!entry) throw new Error(`No example called ${id}`);
  const result = readAnswersJson(await entry[1]());
  if (!result.ok)
    throw new Error(`${id}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.answers;
}
