import { useEffect, type ReactNode } from 'react';
import type { Part } from '@/domain/answers';
import { navigate } from '@/components/navigation/router';
import { ListItemPage } from './ListItemPage';
import { listOf } from './list-items';
import { QuestionPageView } from './QuestionPageView';
import { QUESTION_PAGES } from './questions';
import { MOVED_PAGES } from './questions/moved';

/**
 * The question page at `/<part>/<pageId>`, or with `item` one item of its list on a page of its
 * own (`/<part>/<pageId>/2`, `…/new`); `fallback` when the part has no such page. The address of
 * a page merged into another (a bookmark, the browser's history) shows that page, and the address
 * bar then says so.
 */
export function QuestionRoute({
  part,
  pageId,
  item,
  showErrors = false,
  returnTo,
  fallback,
}: {
  part: Part;
  pageId: string;
  item?: number | 'new';
  showErrors?: boolean;
  returnTo: string | null;
  fallback: ReactNode;
}) {
  const movedTo = Object.hasOwn(MOVED_PAGES, pageId) ? MOVED_PAGES[pageId] : undefined;
  const id = movedTo ?? pageId;
  const page = QUESTION_PAGES.find((candidate) => candidate.part === part && candidate.id === id);
  useEffect(() => {
    if (movedTo && page && item === undefined)
      navigate(`/${part}/${movedTo}${window.location.search}${window.location.hash}`, { replace: true });
  }, [movedTo, page, part, item]);
  if (item !== undefined) {
    const list = page && listOf(page);
    return page && list ? (
      <ListItemPage
        key={`${page.id}/${item}`}
        page={page}
        list={list}
        item={item}
        returnTo={returnTo}
        showErrors={showErrors}
        fallback={fallback}
      />
    ) : (
      fallback
    );
  }
  // The key remounts the form for each page, so one page's typing never leaks into the next.
  return page ? <QuestionPageView key={page.id} page={page} returnTo={returnTo} /> : fallback;
}
