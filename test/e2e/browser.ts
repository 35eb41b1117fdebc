/** Shared helpers of the end-to-end suite: Debian's Chromium, a page that records what must not happen. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHOTS = join(ROOT, 'test-results');

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * One Chromium for the enclosing file or describe block: launched before its tests, closed after them.
 * Call where the hooks belong; the returned function gives the running browser inside a test or hook.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: useBrowser() must be called outside a test');
    return browser;
  };
}

/** A page plus what it did that a test may forbid: dialogs, requests off our origin, script errors. */
export interface Watched {
  context: BrowserContext;
  page: Page;
  dialogs: string[];
  external: string[];
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Script run in the page before the app (e.g. to break IndexedDB). */
  initScript?: string;
  bypassCSP?: boolean;
  /** Reuse a context (for reload tests); a new one otherwise. */
  context?: BrowserContext;
  colorScheme?: 'light' | 'dark';
}

export async function openApp(browser: Browser, path = '', opts: OpenOptions = {}): Promise<Watched> {
  const context =
    opts.context ??
    (await browser.newContext({
      viewport: opts.viewport ?? { width: 1366, height: 768 },
      bypassCSP: opts.bypassCSP ?? false,
      colorScheme: opts.colorScheme ?? 'light',
      acceptDownloads: true,
    }));
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const w: Watched = { context, page, dialogs: [], external: [], errors: [] };
  const origin = baseUrl();
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) w.external.push(url);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  await page.goto(origin + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return w;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/** Drop files into the page's file input (the "choose files" button opens it). */
export async function uploadFiles(
  page: Page,
  files: { name: string; buffer: Buffer; mimeType?: string }[],
): Promise<void> {
  await page
    .locator('.dropzone input[type=file]')
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: f.mimeType ?? 'text/csv', buffer: f.buffer })),
    );
}
