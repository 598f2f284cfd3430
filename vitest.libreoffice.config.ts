import { defineConfig } from 'vitest/config';
import base from './vite.config';

/** `npm run test:libreoffice`: the Word files through LibreOffice, pandoc and mammoth (needs soffice, poppler-utils, pandoc). */
export default defineConfig({
  ...base,
  test: {
    include: ['tests/libreoffice/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
