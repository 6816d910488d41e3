import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** End-to-end: the built renderer in Debian's Chromium through the browser host, one file at a time. */
export default defineConfig({
  root,
  resolve: {
    alias: { '@shared': `${root}shared`, '@electron': `${root}electron`, '@renderer': `${root}renderer` },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
