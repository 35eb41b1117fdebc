import { defineConfig } from 'vitest/config';
import { viteAliases } from './scripts/path-aliases.js';

export default defineConfig({
  resolve: { alias: viteAliases() },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Sized for a 2-core CI machine that other work keeps busy (tests ran up to 4× slower there than
    // alone); a test that needs more says so itself (test/robustness). Speed is judged by `npm run bench`.
    testTimeout: 60_000,
    env: { TZ: 'Asia/Bangkok' },
  },
});
