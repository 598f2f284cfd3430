import { useEffect, useState } from 'react';
import type { PageValues } from './form-values';

const DRAFT_DELAY_MS = 400;

/**
 * Saves a page's typing a moment after it stops (`schedule`), or at once (`flush`, when the page
 * goes away); `forget` drops what is pending once Continue has saved the answers themselves.
 */
export function draftSaver(save: (values: PageValues) => void) {
  let pending: PageValues | null = null;
  let timer: number | undefined;
  const forget = () => {
    window.clearTimeout(timer);
    pending = null;
  };
  const flush = () => {
    const values = pending;
    forget();
    if (values) save(values);
  };
  return {
    schedule(values: PageValues) {
      forget();
      pending = values;
      timer = window.setTimeout(flush, DRAFT_DELAY_MS);
    },
    flush,
    forget,
  };
}

/**
 * A page's draft saver, made once with the page, that also saves what is pending when the page
 * goes away: a link, Back, or the browser leaving (`pagehide`, where an unmount never comes).
 */
export function useDraftSaver(save: (values: PageValues) => void) {
  const [draft] = useState(() => draftSaver(save));
  useEffect(() => {
    window.addEventListener('pagehide', draft.flush);
    return () => {
      window.removeEventListener('pagehide', draft.flush);
      draft.flush();
    };
  }, [draft]);
  return draft;
}
