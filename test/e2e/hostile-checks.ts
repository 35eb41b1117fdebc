/**
 * Checks of test/e2e/hostile.test.ts: that a page holds hostile text only as text (no element, attribute
 * or URL made of it), what ECharts tooltips show when the pointer is over a chart, that exported CSV cells
 * cannot run as spreadsheet formulas, that a .docx holds the text escaped, and every request a context made.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openApp, uploadFiles, type Watched } from './browser';
import { CATALOGUE_FILE, DATA_FILE, hostileCatalogue, hostileCsv } from './hostile-fixture';

/** What in the document was made from text instead of holding it: empty when everything is inert. */
export function markupFound(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        // React never writes inline handlers: any on* attribute came from data.
        if (name.startsWith('on')) bad.push(`<${tag} ${name}="${a.value}">`);
        // As a browser reads a URL: spaces and control characters do not break `javascript:`.
        const squeezed = [...a.value]
          .filter((c) => c.charCodeAt(0) > 32)
          .join('')
          .toLowerCase();
        if (urlAttrs.has(name) && squeezed.startsWith('javascript:'))
          bad.push(`<${tag} ${name}="${a.value}">`);
      }
      if (tag === 'img' && el.getAttribute('src') === 'x') bad.push('<img src=x>');
      if (tag === 'script' && /alert\(/.test(el.textContent ?? '')) bad.push('<script>alert…');
      // `{b|<b>x</b>}` parsed as HTML would leave a <b> holding just "x".
      if (tag === 'b' && el.textContent === 'x') bad.push('<b>x</b>');
    }
    return bad;
  });
}

/** Everything the page shows as text, plus the values of its form fields (where edited text lives). */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .map((e) => e.value)
      .join('\n');
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent).join('\n');
    return `${document.body.innerText}\n${values}\n${options}`;
  });
}

/** One tooltip ECharts showed: its HTML, its text, and how many <img> elements it held. */
export interface Tip {
  html: string;
  text: string;
  images: number;
}

/**
 * Move the pointer over `chart` (an `.echart` box) at the given fractions of its width and height and
 * collect the tooltips ECharts draws (the HTML tooltip is a div with z-index 9999999 inside the box),
 * stopping early once `enough` is satisfied.
 */
export async function hoverTips(
  page: Page,
  chart: Locator,
  points: readonly (readonly [number, number])[],
  enough: (tips: Tip[]) => boolean = (t) => t.length > 0,
): Promise<Tip[]> {
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('canvas').first().waitFor();
  await page.waitForTimeout(300);
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart not laid out');
  const tips: Tip[] = [];
  for (const [fx, fy] of points) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    const tip = await chart.evaluate((el): Tip | null => {
      const div = [...el.querySelectorAll<HTMLElement>('div')].find((d) => d.style.zIndex === '9999999');
      if (
        !div ||
        !div.innerHTML ||
        getComputedStyle(div).visibility === 'hidden' ||
        div.style.display === 'none'
      )
        return null;
      return { html: div.innerHTML, text: div.innerText, images: div.querySelectorAll('img').length };
    });
    if (tip && !tips.some((t) => t.html === tip.html)) tips.push(tip);
    if (enough(tips)) break;
  }
  await page.mouse.move(0, 0);
  return tips;
}

/** Points on a grid over a chart box: columns × rows at the given fractions. */
export function grid(xs: readonly number[], ys: readonly number[]): [number, number][] {
  return ys.flatMap((y) => xs.map((x): [number, number] => [x, y]));
}

/** Fractions from `from` to `to` in `n` even steps. */
export function steps(from: number, to: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
}

/** Click a button that saves a file; the file's suggested name and bytes. */
export async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()), download: d };
}

/** The formula rule of analysis/exports/csv.ts (safeCell): what a spreadsheet would run, unless a plain number. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** The cells of a CSV export (UTF-8 with BOM) that a spreadsheet would run as a formula. */
export function csvCells(bytes: Buffer): { cells: string[]; runnable: string[] } {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const cells = parsed.data.flat();
  return { cells, runnable: cells.filter((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c)) };
}

/** The XML parts of a .docx (document, headers, footers, properties, relationships), by path. */
export function docxParts(bytes: Buffer): Map<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  const out = new Map<string, string>();
  for (const [path, data] of Object.entries(files))
    if (/\.(xml|rels)$/.test(path)) out.set(path, strFromU8(data));
  return out;
}

/** Markup from data in a .docx part: an HTML element, a `javascript:` target, an unescaped `<`. */
export function docxMarkup(parts: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [path, xml] of parts) {
    if (/<(img|script|b|i)[\s>]/i.test(xml)) bad.push(`${path}: HTML element`);
    if (/javascript:/i.test(xml.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, '')))
      bad.push(`${path}: javascript: outside text`);
  }
  return bad;
}

/** The text runs (w:t) of a .docx part, still XML-escaped, joined. */
export function docxRuns(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** One request the browser made: its URL, method and body. */
export interface Sent {
  url: string;
  method: string;
  body: string | null;
}

/** Record every request of a context (pages and service workers) and every WebSocket a page opens. */
export function recordRequests(context: BrowserContext): { sent: Sent[]; sockets: string[] } {
  const log = { sent: [] as Sent[], sockets: [] as string[] };
  context.on('request', (r) => log.sent.push({ url: r.url(), method: r.method(), body: r.postData() }));
  context.on('page', (p) => p.on('websocket', (ws) => log.sockets.push(ws.url())));
  return log;
}

/** Directives of a Content-Security-Policy, by name. */
export function cspDirectives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** A page on the app with the hostile catalogue and data file loaded, and what the context sent. */
export interface HostileSession {
  context: BrowserContext;
  w: Watched;
  page: Page;
  /** The dataset id of the uploaded file. */
  ds: string;
  sent: { sent: Sent[]; sockets: string[] };
}

/**
 * A new context with the Content-Security-Policy bypassed (so an injected handler WOULD run and fire a
 * dialog), every request recorded; the hostile catalogue loaded in `replace` mode, then the data file.
 */
export async function openHostile(browser: Browser): Promise<HostileSession> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    bypassCSP: true,
    acceptDownloads: true,
  });
  const sent = recordRequests(context);
  const w = await openApp(browser, '', { context });
  const { page } = w;
  const panel = page.getByTestId('catalogue-panel');
  await panel.getByLabel('วิธีใช้คลังของหน่วยงาน').selectOption('replace');
  await panel
    .getByLabel('โหลดคลังมาตรการของหน่วยงาน (CSV)')
    .setInputFiles({ name: CATALOGUE_FILE, mimeType: 'text/csv', buffer: Buffer.from(hostileCatalogue()) });
  await panel.getByText(CATALOGUE_FILE).waitFor();
  await uploadFiles(page, [{ name: DATA_FILE, buffer: Buffer.from(hostileCsv()) }]);
  await page.getByTestId('dataset-view').locator('.agency-link').nth(9).waitFor();
  const ds = /[?&]ds=([^&]+)/.exec(page.url())?.[1] ?? '';
  expect(ds).not.toBe('');
  return { context, w, page, ds, sent };
}

/** Go to a view inside the loaded app (hash navigation: no request, the dataset stays in memory). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** The page holds hostile text only as text; nothing ran, nothing failed. */
export async function expectInert(w: Watched, view: string): Promise<void> {
  expect(await markupFound(w.page), view).toEqual([]);
  expect(w.dialogs, view).toEqual([]);
  expect(w.errors, view).toEqual([]);
}

/** Tooltips were seen, and none held an element made of data. */
export function expectTips(tips: Tip[], what: string): void {
  expect(tips.length, what).toBeGreaterThan(0);
  expect(
    tips.filter((t) => t.images > 0 || /<(img|script)/i.test(t.html)),
    what,
  ).toEqual([]);
}

/** A file name a download may carry: no path or markup characters. */
export const SAFE_NAME = /^[^\\/:*?"<>|]+$/;

/** A CSV export: a safe file name, a BOM, no cell a spreadsheet would run; its cells. */
export async function csvExport(page: Page, button: Locator, what: string): Promise<string[]> {
  const { name, bytes } = await download(page, button);
  expect(name, what).toMatch(SAFE_NAME);
  expect(bytes.subarray(0, 3).toString('hex'), `${what}: UTF-8 BOM`).toBe('efbbbf');
  const { cells, runnable } = csvCells(bytes);
  expect(runnable, what).toEqual([]);
  return cells;
}

/** A Word export: a safe file name, no markup from data in any part; the text runs of its body (escaped). */
export async function docxExport(page: Page, button: Locator, what: string): Promise<string> {
  const { name, bytes } = await download(page, button);
  expect(name, what).toMatch(SAFE_NAME);
  const parts = docxParts(bytes);
  expect(docxMarkup(parts), what).toEqual([]);
  return docxRuns(parts.get('word/document.xml') ?? '');
}

/** XML text as it reads. */
export const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
