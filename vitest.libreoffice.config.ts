import { defineConfig } from 'vitest/config';
import base from './vite.config';

/** `npm run test:libreoffice`: the Word files as LibreOffice renders them (needs soffice and poppler-utils). */
export default defineConfig({
  ...base,
  test: {
    include: ['tests/libreoffice/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
