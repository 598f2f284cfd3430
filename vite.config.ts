/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
    // The service worker is checked for updates on every visit: no host may cache it.
    const worker = ['/sw.js', '  Cache-Control: no-cache', ''];
    this.emitFile({
      type: 'asset',
      fileName: '_headers',
      source: ['/*', ...headers, '', ...worker].join('\n'),
    });
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

/**
 * Offline after one visit: a service worker precaches the whole build (every page's code, both
 * templates, the Word and Markdown writers and the policy worker), so every page and every
 * download works with the network off. A new version waits until the user chooses to load it
 * (src/app/offline.ts), so nothing reloads over what is being typed.
 */
const offline = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.png', 'apple-touch-icon.png'],
    manifest: {
      name: 'Policy Builder',
      short_name: 'Policy Builder',
      description: 'Write your organisation’s social media policy in the browser; nothing leaves your computer.',
      lang: 'da',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f4e79',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,woff2,webmanifest}'],
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      // The Word writer's chunk is the largest file of the build.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), staticHostFiles(), offline()],
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
