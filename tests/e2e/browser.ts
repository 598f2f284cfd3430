import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Shared set-up for the browser tests: the built app served by `vite preview`, and Debian's
 * Chromium driven by playwright-core (no browser is downloaded).
 */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export async function startPreview(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      // E2E_DIST: serve another build than dist/ (e.g. one made while dist/ is being rebuilt).
      ...(process.env.E2E_DIST ? ['--outDir', process.env.E2E_DIST] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s (run npm run build first)`);
}

export function stopPreview(server: ChildProcess | undefined): void {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Debian's Chromium, quiet and offline: no sandbox (containers), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Every request the page makes that leaves the app's own origin. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export { once };
