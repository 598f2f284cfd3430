/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: only its own origin, no inline scripts or styles.
 * Added at build time only, because the dev server's hot reloading needs inline code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * What a meta tag can't say, sent as HTTP headers: the same policy plus `frame-ancestors 'none'`
 * (no other site may frame the app, so no click on "Yes, delete my answers" can be hijacked),
 * no MIME sniffing, no referrer, and no camera, microphone or location. `vite preview` sends
 * them; the build writes them for static hosts (`dist/_headers`, read by Netlify and Cloudflare
 * Pages) with an SPA fallback (`dist/_redirects`); README.md has the same as an nginx snippet.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const staticHostFiles = (): Plugin => ({
  name: 'static-host-files',
  apply: 'build',
  generateBundle() {
    const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
    this.emitFile({ type: 'asset', fileName: '_headers', source: ['/*', ...headers, ''].join('\n') });
    this.emitFile({ type: 'asset', fileName: '_redirects', source: '/*  /index.html  200\n' });
  },
});

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Markdown's entity decoder has a browser build that asks the DOM to decode `&amp;` and the
 * like; a worker has no DOM. The policy worker takes the package's plain build instead.
 */
const entitiesWithoutDom = (): Plugin => ({
  name: 'entities-without-dom',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'decode-named-character-reference'
      ? fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url))
      : null,
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), staticHostFiles()],
  preview: { headers: SECURITY_HEADERS },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2023',
    sourcemap: true,
  },
  // The policy worker loads each language's template on demand, as the page does.
  worker: { format: 'es', plugins: () => [entitiesWithoutDom()] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
