import { defineConfig } from 'vitest/config';
import { viteAliases } from './scripts/path-aliases.js';

/**
 * End-to-end tests: the built site (dist/) served locally and driven in Debian's Chromium through
 * playwright-core. The global setup builds the site when it is older than its sources.
 */
export default defineConfig({
  resolve: { alias: viteAliases() },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    env: { TZ: 'Asia/Bangkok' },
  },
});
