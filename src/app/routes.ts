import { PARTS, type Part } from '@/domain/answers';

/**
 * Which kind of page a path shows. Pure and tiny, so the first download can route every URL and
 * fetch just that page's code, rather than a router module that then fetches the page.
 */
export type Route =
  | { kind: 'start' }
  | { kind: 'tasks' }
  | { kind: 'checkAll' }
  | { kind: 'result' }
  /** The policy clause by clause, to leave out, reword or add to its standard wording. */
  | { kind: 'wording' }
  /** The free-text answers in the policy's other language. */
  | { kind: 'translate' }
  /** The policy on a page for staff, to print. */
  | { kind: 'summary' }
  | { kind: 'startAgain' }
  /** "Are you sure?" before the draft is replaced; `?with=` says by what (the page checks it). */
  | { kind: 'replace' }
  | { kind: 'partCheck'; part: Part }
  /** `pageId` is checked by the question page itself, which knows the questions. */
  | { kind: 'question'; part: Part; pageId: string }
  /**
   * One item of the list on a question page, on a page of its own (GOV.UK's "add another"):
   * `/<part>/<pageId>/<n>` changes item n (from 1), `/<part>/<pageId>/new` adds one.
   */
  | { kind: 'listItem'; part: Part; pageId: string; item: number | 'new' }
  | { kind: 'notFound' };

const SINGLE: Record<string, Route> = {
  tasks: { kind: 'tasks' },
  check: { kind: 'checkAll' },
  result: { kind: 'result' },
  wording: { kind: 'wording' },
  translate: { kind: 'translate' },
  summary: { kind: 'summary' },
  'start-again': { kind: 'startAgain' },
  replace: { kind: 'replace' },
};

const isPart = (value: string): value is Part => (PARTS as readonly string[]).includes(value);

export function matchRoute(pathname: string): Route {
  const segments = pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'start' };
  if (segments.length === 1) return Object.hasOwn(SINGLE, first) ? SINGLE[first]! : { kind: 'notFound' };
  if (segments.length === 2 && isPart(first) && second !== undefined)
    return second === 'check'
      ? { kind: 'partCheck', part: first }
      : { kind: 'question', part: first, pageId: second };
  if (segments.length === 3 && isPart(first) && second !== undefined && second !== 'check') {
    if (third === 'new') return { kind: 'listItem', part: first, pageId: second, item: 'new' };
    // 1, 2, … as written: no 0, no leading zeros, nothing a number parser would also accept.
    if (third !== undefined && /^[1-9]\d{0,3}$/.test(third))
      return { kind: 'listItem', part: first, pageId: second, item: Number(third) };
  }
  return { kind: 'notFound' };
}

/** Resolves return targets without a real origin: a target that leaves it leaves the app. */
const APP_ORIGIN = 'https://app.invalid';

/**
 * A `?return=` target: only a page of this app, as a clean path. Browsers read `\` as `/`, so
 * `/\evil.example` is another site just as `//evil.example` is; such targets, control
 * characters, anything that resolves to another origin and paths the app has no page for give
 * null (the page's own Back link is used instead).
 */
export function safeReturnPath(search: URLSearchParams): string | null {
  const target = search.get('return');
  const unsafe = (char: string) => char === '\\' || char < ' ' || char === '\u007f';
  if (!target?.startsWith('/') || [...target].some(unsafe)) return null;
  let url: URL;
  try {
    url = new URL(target, APP_ORIGIN);
  } catch {
    return null;
  }
  // '/..//check' resolves to '//check', which a browser would read as another host.
  if (url.origin !== APP_ORIGIN || url.pathname.startsWith('//')) return null;
  return matchRoute(url.pathname).kind === 'notFound' ? null : url.pathname;
}
