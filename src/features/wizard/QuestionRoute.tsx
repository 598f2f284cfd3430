import type { ReactNode } from 'react';
import type { Part } from '@/domain/answers';
import { QuestionPageView } from './QuestionPageView';
import { QUESTION_PAGES } from './questions';

/** The question page at `/<part>/<pageId>`, or `fallback` when the part has no such page. */
export function QuestionRoute({
  part,
  pageId,
  returnTo,
  fallback,
}: {
  part: Part;
  pageId: string;
  returnTo: string | null;
  fallback: ReactNode;
}) {
  const page = QUESTION_PAGES.find((candidate) => candidate.part === part && candidate.id === pageId);
  // The key remounts the form for each page, so one page's typing never leaks into the next.
  return page ? <QuestionPageView key={page.id} page={page} returnTo={returnTo} /> : fallback;
}
