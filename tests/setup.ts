import { afterEach, beforeEach, vi } from 'vitest';
import { loadEnglishSchemaMessages } from '@/domain/messages';

loadEnglishSchemaMessages();

/**
 * React's note that something suspended inside user-event's synchronous act(): seen only when
 * list items are added or removed with the live preview on screen, after the test's own
 * assertions have passed. It is about the test harness, not what the user sees; it is still
 * printed, but doesn't fail the run. Tracked in the issue note; remove this when understood.
 */
const HARNESS_NOTE = /A component suspended inside an `act` scope, but the `act` call was not awaited/;

/** A console.error or console.warn during a test is a bug the test should have caught: fail on it. */
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (HARNESS_NOTE.test(text)) return original(`[known harness note] ${text.split('\n')[0]}`);
      throw new Error(`console.${method} during a test: ${text}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
