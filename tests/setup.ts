import { afterEach, beforeEach, vi } from 'vitest';
import { loadEnglishSchemaMessages } from '@/domain/messages';

loadEnglishSchemaMessages();

/** A console.error or console.warn during a test is a bug the test should have caught: fail on it. */
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      throw new Error(`console.${method} during a test: ${text}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
