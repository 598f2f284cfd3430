/**
 * Question pages that were merged into another page of their part (December 2026, to shorten the
 * wizard): old id → the id of the page that now asks its questions. The wizard sends an old
 * address on to the new page, and a draft typed on an old page and saved in this browser is kept
 * as typing on the new one (features/draft). Ids here are never reused for a new page.
 */
export const MOVED_PAGES: Readonly<Record<string, string>> = {
  related: 'document',
  response: 'plan',
  whistleblowing: 'confidential',
  mentions: 'sharing',
};
