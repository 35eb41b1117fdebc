/**
 * Summary tables on the synthetic national demo (8,349 agencies × 7 years) in real Chromium, under the
 * app's own Content-Security-Policy (no bypass: Arquero runs in the view's worker, not the page): build
 * province × year, check cells against analysis/summary run in Node on the same demo file, click a cell
 * and open its agencies, move by keyboard, export XLSX and read it back, keep the state in the URL, and
 * fit a 390 px screen. Screenshots: test-results/summary-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDataset } from '@analysis/exports/columnar';
import { round } from '@analysis/scoring/round';
import { scoreAll } from '@analysis/scoring/score-all';
import { agencyYears } from '@analysis/summary/agency-years';
import { parseQuery } from '@analysis/summary/parse-query';
import { summaryTable } from '@analysis/summary/summarise';
import type { SummaryTable } from '@analysis/summary/types';
import { seriousAxe } from './a11y';
import { launch, openApp, ROOT, screenshot, type Watched } from './browser';

const PATH = '#/summary?ds=demo&rows=province&cols=year&value=overall&stat=mean';

let browser: Browser;
let w: Watched;
let expected: SummaryTable;

/** The same table computed in Node from the demo file the app loads. */
function nodeTable(): SummaryTable {
  const { dataset } = decodeDataset(
    new Uint8Array(readFileSync(join(ROOT, 'public', 'demo', 'national.bin'))),
  );
  const { query } = parseQuery({ rows: 'province', cols: 'year', value: 'overall', stat: 'mean' });
  const t = summaryTable(agencyYears(dataset, scoreAll(dataset)), query as NonNullable<typeof query>).table;
  if (!t) throw new Error('no table');
  return t;
}

const cellOf = (t: SummaryTable, province: string, year: string) => {
  const r = t.rows.find((x) => x.members[0]?.key === province);
  return r?.cells[t.cols.findIndex((c) => c.key === year)];
};

beforeAll(async () => {
  expected = nodeTable();
  browser = await launch();
  w = await openApp(browser, PATH, { viewport: { width: 1440, height: 900 } });
  await w.page.getByTestId('summary-table').waitFor({ timeout: 120_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('summary tables on the national demo', () => {
  it('builds province × year under the page’s own CSP, with the numbers analysis/summary gives', async () => {
    const { page } = w;
    await expect.poll(() => page.getByTestId('summary-table').locator('tbody tr').count()).toBe(77);
    const header = await page.getByTestId('summary-table').locator('thead th').allInnerTexts();
    expect(header).toEqual(['จังหวัด', '2562', '2563', '2564', '2565', '2566', '2567', '2568', 'รวมทั้งหมด']);
    const row = page.getByTestId('summary-table').locator('tbody tr', { hasText: 'ชลบุรี' });
    const cells = await row.locator('td').allInnerTexts();
    const want = cellOf(expected, 'ชลบุรี', '2567');
    expect(cells[5]?.replace('▼', '').trim()).toBe(round(want?.value as number, 2).toFixed(2));
    const total = expected.grand?.value as number;
    const grand = await page.getByTestId('summary-table').locator('tfoot td').last().innerText();
    expect(grand.replace('▼', '').trim()).toBe(round(total, 2).toFixed(2));
    expect(w.errors).toEqual([]);
    await screenshot(page, 'summary-1440-province-year');
  });

  it('lists a cell’s agencies, each linking to Gap and Compare', async () => {
    const { page } = w;
    const want = cellOf(expected, 'ชลบุรี', '2567');
    const row = page.getByTestId('summary-table').locator('tbody tr', { hasText: 'ชลบุรี' });
    await row.locator('td').nth(5).getByRole('button').click();
    const panel = page.getByTestId('summary-cell-panel');
    await expect.poll(() => panel.locator('tbody tr').count(), { timeout: 30_000 }).toBe(want?.n);
    await expect.poll(() => panel.getByRole('heading').innerText()).toContain('ชลบุรี · 2567');
    expect(page.url()).toContain('cell=1');
    const first = panel.locator('tbody tr').first();
    expect(await first.getByRole('link', { name: 'วิเคราะห์ช่องว่าง' }).getAttribute('href')).toMatch(
      /#\/gap\?ds=demo&org=.+&year=2567$/,
    );
    expect(await first.getByRole('link', { name: 'เปรียบเทียบ' }).getAttribute('href')).toMatch(
      /#\/compare\?ds=demo&year=2567&orgs=.+/,
    );
    // Weakest first: the first score is the lowest of the listed ones.
    // The score is the cell's last number (a ▼ mark before it reads "below 85").
    const scores = (await panel.locator('tbody tr td:nth-child(4)').allInnerTexts()).map((s) =>
      Number(/(\d+\.\d+)\s*$/.exec(s)?.[1]),
    );
    expect(scores.every((s) => Number.isFinite(s))).toBe(true);
    expect(scores[0]).toBe(Math.min(...scores));
    await screenshot(page, 'summary-1440-cell');
  });

  it('moves between cells with the arrow keys and opens one with Enter', async () => {
    const { page } = w;
    const table = page.getByTestId('summary-table');
    await table.locator('tbody tr').first().locator('td').first().getByRole('button').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).toContain('2563');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('summary-cell-panel').getByRole('heading').innerText())
      .toContain('2563');
  });

  it('exports XLSX that reads back with Thai text and numbers as numbers, and CSV with a BOM', async () => {
    const { page } = w;
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลด Excel (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(readFileSync(await xlsx.path()));
    const data = sheets[0]?.data ?? [];
    const head = data.findIndex((r) => r[0] === 'จังหวัด');
    expect(data[head]).toEqual(['จังหวัด', '2562', '2563', '2564', '2565', '2566', '2567', '2568', 'รวมทั้งหมด']);
    const chon = data.find((r) => r[0] === 'ชลบุรี');
    expect(chon?.[6]).toBe(round(cellOf(expected, 'ชลบุรี', '2567')?.value as number, 2));
    expect(typeof chon?.[6]).toBe('number');
    expect(data[data.length - 1]?.[0]).toBe('รวมทั้งหมด');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลด CSV' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8').startsWith('\uFEFFจังหวัด,2562,')).toBe(true);
  });

  it('keeps the table and the chosen cell in the URL across a reload, and switches tables', async () => {
    const { page } = w;
    await page.reload();
    await page.getByTestId('summary-cell-panel').locator('tbody tr').first().waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: /ตัวชี้วัดที่ฉุดกลุ่ม/ }).click();
    await expect
      .poll(() => page.getByTestId('summary-table').locator('thead th').first().innerText(), {
        timeout: 30_000,
      })
      .toBe('ตัวชี้วัด');
    expect(page.url()).toContain('rows=indicator');
    expect(page.url()).not.toContain('cell=1');
    await expect.poll(() => page.getByTestId('summary-caption').innerText()).toContain('10 แถว');
    // For the record (not a speed test): how long the view took from asking to the finished table.
    const ms = await page.locator('.summary-result').getAttribute('data-build-ms');
    console.log(`[summary] indicator × type built in ${ms} ms in Chromium (worker round trip included)`);
    expect(w.errors).toEqual([]);
  });

  it('fits a 390 px screen: the table scrolls in its own box, not the page', async () => {
    const narrow = await openApp(browser, PATH, { viewport: { width: 390, height: 844 } });
    await narrow.page.getByTestId('summary-table').waitFor({ timeout: 120_000 });
    const widths = await narrow.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      box: document.querySelector('.summary-scroll')?.scrollWidth ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.box).toBeGreaterThan(widths.view);
    await narrow.page.locator('.summary-result').scrollIntoViewIfNeeded();
    await screenshot(narrow.page, 'summary-390');
    await narrow.context.close();
  });

  it('has no serious accessibility violations', async () => {
    const a = await openApp(browser, `${PATH}&cell=1&row=ชลบุรี&col=2567`, { bypassCSP: true });
    await a.page.getByTestId('summary-cell-panel').locator('tbody tr').first().waitFor({ timeout: 120_000 });
    expect(await seriousAxe(a.page)).toEqual([]);
    await a.context.close();
  });
});
