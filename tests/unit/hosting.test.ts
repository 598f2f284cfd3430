import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../vite.config';

/** The headers a host must send are written once (vite.config.ts); the README's nginx snippet says the same. */
describe('hosting headers', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const snippet = Object.fromEntries(
    [...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map(([, name, value]) => [name, value]),
  );

  it('forbid framing by any site, as a header (a meta tag cannot)', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('are the same in the README nginx snippet', () => {
    expect(snippet).toEqual(SECURITY_HEADERS);
    expect(nginx).toMatch(/try_files \$uri \/index\.html;/);
  });

  it('never let a host cache the service worker, or no tab would ever hear of a new version', () => {
    expect(nginx).toMatch(/location = \/sw\.js \{\s*expires -1;\s*\}/);
  });
});
