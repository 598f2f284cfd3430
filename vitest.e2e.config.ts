import { defineConfig } from 'vitest/config';
import base from './vite.config';

/** `npm run test:e2e`: the built app in Debian's Chromium (run `npm run build` first). */
export default defineConfig({
  ...base,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
