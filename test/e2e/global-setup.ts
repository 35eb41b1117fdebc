/**
 * Build the site if needed (dist/ older than anything it is built from, or missing), then serve dist/
 * on 127.0.0.1:4173 with `vite preview` for the whole run.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { isStale } from './stale';

const ROOT = join(import.meta.dirname, '..', '..');
/** E2E_PORT and E2E_DIST let several people run the suite at once on one machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
const SOURCES = ['src', 'analysis', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json'];

function needsBuild(): boolean {
  return isStale(join(DIST, 'index.html'), ROOT, SOURCES);
}

let server: PreviewServer | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.E2E_SKIP_BUILD !== '1' && needsBuild()) {
    console.log('[e2e] building the site (npm run build)…');
    const out = process.env.E2E_DIST ? ` -- --outDir ${JSON.stringify(DIST)} --emptyOutDir` : '';
    // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle (and no service
    // worker): test the production build users get.
    execSync(`npm run build${out}`, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1', open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${PORT}/`);
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()) ?? resolve());
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
