/**
 * One build works from any sub-path, as a project site on GitHub Pages or a folder of a web server serves
 * it: base, router and data URLs agree (pitfalls.md, Vite static hosting), and the service worker keeps
 * the app working offline there.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT } from './browser';

const PORT = 4174;
const PREFIX = '/some/deep/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let browser: Browser;
let server: Server;
beforeAll(async () => {
  browser = await launch();
  const dist = process.env.E2E_DIST ?? join(ROOT, 'dist');
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end();
      return;
    }
    const file = normalize(join(dist, path.slice(PREFIX.length) || 'index.html'));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

describe('sub-path hosting', () => {
  it('serves the app, its worker, fonts, the demo and the examples from a sub-path', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`http://127.0.0.1:${PORT}${PREFIX}#/?ds=demo`);
    await page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    await page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await page.getByTestId('dataset-view').getByText('92.69').waitFor();
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('works offline from the sub-path after the first visit (the service worker is scoped to it)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${PREFIX}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`http://127.0.0.1:${PORT}${PREFIX}`);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await page.getByTestId('dataset-view').getByText('92.69').waitFor({ timeout: 20_000 });
    await context.close();
  });
});
