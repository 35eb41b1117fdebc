/**
 * The one-file build (npm run build:single → dist-single/ita-lens.html) opened from disk (file://) in
 * Chromium with no server: the Sateng Nok example gives 92.69 and ผ่านดี, the Huai Chorakhe plan is drafted
 * and downloaded as a real .docx with Sarabun embedded, the ingest worker runs from its inlined source, a
 * demo file picked by the user opens, the Excel reader works, and the page says what the browser keeps.
 * Nothing is requested from anywhere but the file itself, and no script error or CSP violation occurs.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeDataset } from '@analysis/exports/columnar';
import { ingest } from '@analysis/ingest/ingest';
import { seriousAxe } from './a11y';
import { SATENG_2567_INDICATORS } from '../fixtures/satengnok-2567';
import { launch, ROOT, SHOTS } from './browser';
import { isStale } from './stale';
import { xlsx } from './xlsx-fixture';

const DIR = process.env.E2E_SINGLE_DIR ?? join(ROOT, 'dist-single');
const FILE = join(DIR, 'ita-lens.html');
const URL_OF_FILE = pathToFileURL(FILE).href;
const SOURCES = [
  'src',
  'analysis',
  'data/examples',
  'data/measures',
  'index.html',
  'public/favicon.svg',
  'vite.single.config.ts',
  'scripts/single-file-plugins.ts',
  'package.json',
];

/** Build the one file when it is missing or older than what it is built from (CI builds it first). */
function buildIfStale(): void {
  if (!isStale(FILE, ROOT, SOURCES)) return;
  console.log('[e2e] building the one file (npm run build:single)…');
  execSync('npm run build:single', {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', SINGLE_OUT_DIR: DIR },
  });
}

interface DiskPage {
  context: BrowserContext;
  page: Page;
  /** Requests for anything but the file itself and the data:/blob: URLs it makes. */
  external: string[];
  /** Script errors and console errors (CSP violations are reported there). */
  errors: string[];
}

async function openFile(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    initScript?: string;
    context?: BrowserContext;
    /** Only to inject axe-core (the file's policy forbids any other script). */
    bypassCSP?: boolean;
  } = {},
): Promise<DiskPage> {
  const context =
    opts.context ??
    (await browser.newContext({
      viewport: opts.viewport ?? { width: 1366, height: 768 },
      acceptDownloads: true,
      colorScheme: 'light',
      bypassCSP: opts.bypassCSP ?? false,
    }));
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const w: DiskPage = { context, page, external: [], errors: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (url.split('#')[0] !== URL_OF_FILE && !url.startsWith('data:') && !url.startsWith('blob:'))
      w.external.push(url);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  await page.goto(URL_OF_FILE);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return w;
}

let browser: Browser;
let tmp: string;
beforeAll(() => {
  buildIfStale();
  tmp = join(tmpdir(), `ita-lens-single-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
}, 240_000);
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the one file, opened from disk', () => {
  it('is one self-contained HTML file with a policy that allows only its own inline script', () => {
    const html = readFileSync(FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    // Scripts only by hash; 'unsafe-eval' only for Arquero in the summary worker (scripts/single-file-plugins.ts).
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*' 'unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('worker-src blob:');
    // The national demo is not inside; the Sarabun fonts (web and Word) are.
    expect(statSync(FILE).size).toBeLessThan(4 * 1024 * 1024);
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).toContain('data:font/ttf;base64,');
  });

  let w: DiskPage;

  it('opens the Sateng Nok example: 92.69 and ผ่านดี, computed in the inlined worker', async () => {
    w = await openFile(browser);
    const page = w.page;
    expect(page.url().startsWith('file://')).toBe(true);
    await page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await page.getByTestId('dataset-view').getByText('92.69').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'เทศบาลเมืองสะเตงนอก' }).click();
    const card = page.getByTestId('score-card');
    await card.waitFor();
    expect(await card.getByTestId('overall').innerText()).toBe('92.69');
    expect(await card.getByTestId('rating').innerText()).toBe('ผ่านดี');
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it("builds a summary table from disk: Arquero runs in the inlined worker under the file's policy", async () => {
    const page = w.page;
    await page.getByRole('navigation').getByRole('link', { name: 'ตารางสรุป' }).first().click();
    const table = page.getByRole('table').first();
    await table.getByText('92.69').first().waitFor({ timeout: 30_000 });
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('drafts the Huai Chorakhe plan and downloads it as a real .docx with Sarabun embedded', async () => {
    const page = w.page;
    await page.getByRole('navigation').getByRole('link', { name: 'ข้อมูล' }).click();
    await page.getByRole('button', { name: /เปิด.*ห้วยจรเข้/ }).click();
    await page.getByTestId('dataset-view').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'แผนมาตรการ' }).click();
    await page.getByRole('link', { name: /ร่างแผนปี 2567: อบต\.ห้วยจรเข้/ }).click();
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('plan-org').innerText()).toContain('อบต.ห้วยจรเข้');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /ดาวน์โหลด Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('มาตรการ-ITA-อบต.ห้วยจรเข้-2567.docx');
    const bytes = readFileSync(await download.path());
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, 'single-file-plan.docx'), bytes);
    // A real Word file: a zip (PK) holding word/document.xml with the plan, and the Sarabun fonts.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('อบต.ห้วยจรเข้');
    // The Word plan binds a number to its word with a no-break space (Thai typesetting, issue 16).
    expect(text).toMatch(/ร้อยละ[ \u00a0]๓๔\.๐๔/);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(Object.keys(files).filter((f) => /^word\/fonts\/.+\.odttf$/.test(f)).length).toBe(2);
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('keeps the work in the browser store from disk and says so, with the workspace export beside', async () => {
    const page = w.page;
    const note = page.getByTestId('disk-notice');
    await note.waitFor();
    expect(await note.getAttribute('data-keeping')).toBe('kept');
    expect(await note.innerText()).toMatch(/เปิดจากไฟล์ในเครื่อง: งานที่ทำบันทึกไว้ในเบราว์เซอร์นี้/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByRole('button', { name: 'ส่งออกพื้นที่ทำงาน' }).click(),
    ]);
    const workspace = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(workspace)).toContain('อบต.ห้วยจรเข้');
    // Reloaded from disk: the opened examples and the plan are still there.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'ข้อมูล' }).click();
    await page.getByText('เทศบาลเมืองสะเตงนอก ปีงบประมาณ 2567').first().waitFor();
    // Dismissed, the quiet note stays away on the next visit.
    await page.getByTestId('disk-notice').getByRole('button', { name: 'ปิดข้อความ' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText('เทศบาลเมืองสะเตงนอก ปีงบประมาณ 2567').first().waitFor();
    expect(await page.getByTestId('disk-notice').count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('says plainly that nothing is kept when the browser gives no store, without a second banner', async () => {
    const d = await openFile(browser, {
      initScript: "Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });",
    });
    const note = d.page.getByTestId('disk-notice');
    await note.waitFor();
    expect(await note.getAttribute('data-keeping')).toBe('lost');
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await note.innerText()).toMatch(/ไม่เก็บข้อมูลใดไว้ระหว่างการเปิดแต่ละครั้ง.*ส่งออกพื้นที่ทำงาน/s);
    expect(await d.page.getByTestId('storage-banner').count()).toBe(0);
    await d.context.close();
  });

  it('opens a copy of the national demo the user picked, and refuses a file that is not one', async () => {
    const d = await openFile(browser);
    const card = d.page.getByTestId('demo-file-card');
    expect(await card.innerText()).toMatch(/ไม่ได้รวมไว้ในไฟล์นี้/);
    // A small demo file in the demo's own format (the same encoder that writes public/demo/national.bin).
    const csv = [
      'org_id,org_name,year,code,score',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((c) => [
        `S1,หน่วยงานสมมติหนึ่ง,2567,${c},${80 + c}`,
        `S2,หน่วยงานสมมติสอง,2567,${c},${70 + c}`,
      ]),
    ].join('\n');
    const ds = ingest([{ name: 'demo.csv', bytes: new TextEncoder().encode(csv) }]);
    const bin = join(tmp, 'national.bin');
    writeFileSync(bin, encodeDataset(ds, { synthetic: true }));
    const notDemo = join(tmp, 'not-a-demo.bin');
    writeFileSync(notDemo, 'org_id,org_name\n');
    const input = card.getByLabel('เลือกไฟล์ข้อมูลสังเคราะห์ national.bin');
    await input.setInputFiles(notDemo);
    await card.getByText('ไฟล์ not-a-demo.bin ไม่ใช่ไฟล์ข้อมูลสังเคราะห์ของ ITA Lens').waitFor();
    await input.setInputFiles(bin);
    const view = d.page.getByTestId('dataset-view');
    await view.getByRole('link', { name: 'หน่วยงานสมมติหนึ่ง' }).waitFor({ timeout: 30_000 });
    await view.getByRole('link', { name: 'หน่วยงานสมมติสอง' }).waitFor();
    // A link that names the hosted app's bundled demo says where the demo comes from in the one file.
    await d.page.goto(`${URL_OF_FILE}#/?ds=demo`);
    await d.page.getByText('ไฟล์นี้ไม่ได้รวมข้อมูลสังเคราะห์ระดับประเทศไว้').waitFor();
    expect(d.external).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('the data page from disk, with its demo card and the notes on keeping, has no serious axe finding', async () => {
    for (const initScript of [
      undefined,
      "Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });",
    ]) {
      const d = await openFile(browser, { bypassCSP: true, ...(initScript ? { initScript } : {}) });
      await d.page.getByTestId('disk-notice').waitFor();
      await d.page.getByTestId('demo-file-card').waitFor();
      expect(await seriousAxe(d.page)).toEqual([]);
      await d.context.close();
    }
  });

  it('reads an Excel workbook with the inlined reader', async () => {
    const d = await openFile(browser);
    const book = xlsx([
      {
        name: 'คะแนน',
        rows: [
          ['รหัสหน่วยงาน', 'ชื่อหน่วยงาน', 'ปีงบประมาณ', 'ตัวชี้วัด', 'คะแนน'],
          ...SATENG_2567_INDICATORS.map(([c, s]) => ['X9', 'เทศบาลตำบลเอ็กเซล', 2567, c, s]),
        ],
      },
    ]);
    await d.page.locator('.dropzone input[type=file]').setInputFiles({
      name: 'คะแนน.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: book,
    });
    const view = d.page.getByTestId('dataset-view');
    await view.getByText('92.69').waitFor({ timeout: 30_000 });
    expect(d.external).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('reads text pasted from a PDF (92.69 ผ่านดี), and asks for the text when given the PDF itself', async () => {
    const d = await openFile(browser);
    const panel = d.page.getByTestId('document-panel');
    const text = readFileSync(
      join(ROOT, 'test/fixtures/documents/seed-001-satengnok-results-2567.txt'),
      'utf8',
    )
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .slice(34, 49)
      .join('\n');
    await panel.getByLabel('ข้อความที่คัดลอกจากไฟล์ PDF').fill(text);
    await panel.getByRole('button', { name: 'อ่านข้อความ' }).click();
    const overall = panel.getByTestId('reading-overall');
    await overall.waitFor({ timeout: 30_000 });
    expect(await overall.innerText()).toMatch(/92\.69.*ผ่านดี/);
    await panel.getByRole('button', { name: 'ทิ้งค่าที่อ่านได้' }).click();
    // The one file does not carry PDF.js: a PDF dropped on the file box gets a reading that says to paste.
    await d.page.locator('.dropzone input[type=file]').setInputFiles({
      name: 'results.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(join(ROOT, 'test/fixtures/documents/results-satengnok-2567.pdf')),
    });
    await panel.getByText(/ไม่ได้รวมตัวอ่านไฟล์ PDF/).waitFor({ timeout: 30_000 });
    expect(await panel.locator('table.reading-values').count()).toBe(0);
    expect(d.external).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
