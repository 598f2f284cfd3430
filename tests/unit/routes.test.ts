import { describe, expect, it } from 'vitest';
import { matchRoute, safeReturnPath } from '@/app/routes';

describe('matchRoute', () => {
  it.each([
    ['/', { kind: 'start' }],
    ['/tasks', { kind: 'tasks' }],
    ['/tasks/', { kind: 'tasks' }],
    ['/check', { kind: 'checkAll' }],
    ['/result', { kind: 'result' }],
    ['/start-again', { kind: 'startAgain' }],
    ['/replace', { kind: 'replace' }],
    ['/roles/check', { kind: 'partCheck', part: 'roles' }],
    ['/organisation/basics', { kind: 'question', part: 'organisation', pageId: 'basics' }],
    ['/roles/accounts/2', { kind: 'listItem', part: 'roles', pageId: 'accounts', item: 2 }],
    ['/roles/accounts/new', { kind: 'listItem', part: 'roles', pageId: 'accounts', item: 'new' }],
    ['/organisation/history/12/', { kind: 'listItem', part: 'organisation', pageId: 'history', item: 12 }],
  ])('%s', (path, route) => expect(matchRoute(path)).toEqual(route));

  it.each([
    '/nowhere',
    '/tasks/extra',
    '/unknown-part/check',
    '/roles/check/more',
    '/roles/check/1',
    '/roles/accounts/0',
    '/roles/accounts/02',
    '/roles/accounts/-1',
    '/roles/accounts/1.5',
    '/roles/accounts/1e3',
    '/roles/accounts/ 1',
    '/roles/accounts/12345',
    '/roles/accounts/new/more',
    '/unknown-part/accounts/1',
    '/toString',
    '/__proto__',
  ])('%s is not a page', (path) => expect(matchRoute(path)).toEqual({ kind: 'notFound' }));
});

describe('safeReturnPath', () => {
  const returnTo = (value: string) => safeReturnPath(new URLSearchParams({ return: value }));

  it('keeps a path inside the app', () => expect(returnTo('/roles/check')).toBe('/roles/check'));

  it('keeps a list item’s page', () => expect(returnTo('/roles/accounts/2')).toBe('/roles/accounts/2'));

  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '/\\/evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/..//evil.example',
    '/..//check',
    '/\t/evil.example',
    '/no-such-page',
    'https://evil.example',
    'javascript:alert(1)',
    '',
  ])('refuses %j', (value) => expect(returnTo(value)).toBeNull());

  it('refuses what a link with the backslash percent-encoded becomes', () => {
    // ?return=/%5Chost/x arrives decoded as "/\host/x".
    expect(safeReturnPath(new URLSearchParams('return=/%5Chost/x'))).toBeNull();
    expect(safeReturnPath(new URLSearchParams('return=%2F%2Fhost'))).toBeNull();
    expect(safeReturnPath(new URLSearchParams('return=%2Fcheck'))).toBe('/check');
  });

  it('is null when there is none', () => expect(safeReturnPath(new URLSearchParams())).toBeNull());
});
