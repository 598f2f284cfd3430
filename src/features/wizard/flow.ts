import type { Answers } from '@/domain/answers';
import { pagesOf, type QuestionPage } from './questions';

/** Where Continue and Back lead: through a part's pages, then to the part's check page. */

export const pagePath = (page: QuestionPage) => `/${page.part}/${page.id}`;

/** The pages of the part that come after `page`, among those asked for these answers. */
export function nextPath(page: QuestionPage, answers: Answers): string {
  const all = pagesOf(page.part);
  const next = all.slice(all.indexOf(page) + 1).find((candidate) => candidate.showIf?.(answers) ?? true);
  return next ? pagePath(next) : `/${page.part}/check`;
}

export function previousPath(page: QuestionPage, answers: Answers): string {
  const all = pagesOf(page.part);
  const previous = all
    .slice(0, all.indexOf(page))
    .reverse()
    .find((candidate) => candidate.showIf?.(answers) ?? true);
  return previous ? pagePath(previous) : '/tasks';
}
