import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Unit and integration tests; the end-to-end suite has its own config in tests/e2e. */
export default defineConfig({
  resolve: {
    alias: {
      '@shared': `${root}shared`,
      '@electron': `${root}electron`,
      '@renderer': `${root}renderer`,
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
