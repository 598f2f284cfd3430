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
  plugins: [react(), contentSecurityPolicy()],
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
