/**
 * The executive trends view on the synthetic demo: opened from the data page, an agency with seven years
 * shows every part; the summary's numbers are the table's; it prints on one A4 landscape page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot, SHOTS, type Watched } from './browser';
import { seriousAxe } from './a11y';

let browser: Browser;
/** The trend URL of the agency picked in the first test, reused by the phone test. */
let trendHash = '';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.external).toEqual([]);
}

/** The summary sentence of one kind (li[data-kind]). */
async function sentence(page: Page, kind: string): Promise<string> {
  const li = page.getByTestId('trend-summary').locator(`li[data-kind="${kind}"]`);
  return (await li.count()) ? li.innerText() : '';
}

/** The year-by-year table as plain rows: year → cell texts. */
async function tableRows(
  page: Page,
): Promise<Map<number, { overall: string; change: string; pass: string; rank: string }>> {
  const rows = await page
    .getByTestId('trend-yoy')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        year: Number(tr.getAttribute('data-year')),
        overall: tr.querySelector('[data-testid="yoy-overall"]')?.textContent ?? '',
        change: tr.querySelector('[data-testid="yoy-change"]')?.textContent ?? '',
        pass: tr.querySelector('td:nth-of-type(4)')?.textContent ?? '',
        rank: tr.querySelector('[data-testid="yoy-rank"]')?.textContent ?? '',
      })),
    );
  return new Map(rows.map((r) => [r.year, r]));
}

const decimals = (s: string) => [...s.matchAll(/\d+\.\d\d/g)].map((m) => m[0]);

/** Pages of a PDF and the size of its pages in points (pdfinfo, poppler-utils). */
function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

describe('trends view', () => {
  it('opens from the data page, shows an agency with seven years whole, and prints on one A4 page', async () => {
    const w = await openApp(browser);
    const { page } = w;
    await page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
    await page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'แนวโน้ม' }).click();
    await page.getByRole('heading', { name: 'เลือกหน่วยงาน' }).waitFor();
    expect(page.url()).toContain('#/trends?ds=demo');
    await screenshot(page, 'trends-picker-1366');

    // Keyboard: search, Tab to the first agency with seven years, Enter.
    const firstSeven = page.locator('[data-testid=trend-picks] li:has([data-years="7"])').first();
    const name = await firstSeven.locator('a').innerText();
    const search = page.getByLabel('ค้นหาหน่วยงาน');
    await search.focus();
    await page.keyboard.type(name);
    await page.locator('[data-testid=trend-picks] li a', { hasText: name }).first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.keyboard.press('Enter');
    const report = page.getByTestId('trends-report');
    await report.waitFor();
    expect(page.url()).toMatch(/#\/trends\?ds=demo&org=/);
    trendHash = page.url().slice(page.url().indexOf('#'));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name);

    // Every part: summary, three charts drawn, the table with seven years, exports.
    for (const id of ['trend-summary', 'trend-overall', 'trend-tools', 'trend-heat', 'trend-yoy'])
      await page.getByTestId(id).waitFor();
    for (const id of ['trend-overall', 'trend-tools', 'trend-heat'])
      await page.getByTestId(id).locator('canvas').first().waitFor();
    const rows = await tableRows(page);
    expect([...rows.keys()]).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    expect([...rows.values()].every((r) => decimals(r.overall).length === 1)).toBe(true);
    expect(await page.getByRole('button', { name: 'บันทึกภาพ PNG' }).count()).toBe(3);
    expect(await page.getByTestId('trend-overall').locator('[role=img]').getAttribute('aria-label')).toMatch(
      /^กราฟเส้นคะแนนรวม ITA ของ .+ ปีงบประมาณ 2562–2568: 2562 \d+\.\d\d, /,
    );
    // Ratings by each year's own rules: AA–F up to 2565, the pass-based levels from 2566.
    const ratings = await page.getByTestId('trend-yoy').locator('tbody tr td:nth-of-type(3)').allInnerTexts();
    expect(ratings.slice(0, 4).every((r) => /^(AA|A|B|C|D|E|F)$/.test(r))).toBe(true);
    expect(ratings.slice(4).every((r) => /^(ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ต้องปรับปรุง|ต้องปรับปรุงโดยด่วน)$/.test(r))).toBe(
      true,
    );

    // The summary's numbers are the table's.
    const latest = await sentence(page, 'latest');
    expect(latest).toMatch(/^ปีงบประมาณ 2568 ได้ \d+\.\d\d คะแนน ระดับผล /);
    expect(decimals(latest)).toEqual(decimals(rows.get(2568)?.overall ?? ''));
    expect(latest).toContain(ratings[6]);
    const change = await sentence(page, 'change');
    const [delta, was] = decimals(change);
    expect(was).toBe(decimals(rows.get(2567)?.overall ?? '')[0]);
    expect(decimals(rows.get(2568)?.change ?? '')).toEqual([delta]);
    const sign = (rows.get(2568)?.change ?? '').trim()[0];
    expect(change).toMatch(sign === '+' ? /^คะแนนเพิ่มขึ้น/ : sign === '−' ? /^คะแนนลดลง/ : /^คะแนนเท่ากับ/);
    const pass = await sentence(page, 'pass');
    let run = 0;
    for (let y = 2568; rows.get(y)?.pass.includes('✓'); y--) run++;
    if (run >= 2) expect(pass).toBe(`ผ่านเกณฑ์ 85 เป็นปีที่ ${run} ติดต่อกัน`);
    else if (run === 1) expect(pass).toMatch(/^ผ่านเกณฑ์ 85/);
    else expect(pass).toMatch(/^ยังไม่ผ่านเกณฑ์ 85 ขาดอีก/);
    const rank = await sentence(page, 'rank');
    if (rank) {
      const [r, n] = (rows.get(2568)?.rank ?? '').match(/\d+/g) ?? [];
      expect(rank).toMatch(new RegExp(`^อันดับที่ ${r} จาก ${n} หน่วยงานประเภท`));
    }
    expect(await sentence(page, 'rules')).toMatch(/^ตั้งแต่ปี 2566 ระดับผลใช้เกณฑ์ใหม่/);
    await screenshot(page, 'trends-1366');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'trends-1366-full.png'), fullPage: true });

    // CSV of the table and PNG of a chart.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดตาราง CSV' }).click(),
    ]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.startsWith('\uFEFFปีงบประมาณ (พ.ศ.),คะแนนรวม,')).toBe(true);
    expect(csvText.trim().split('\r\n')).toHaveLength(8);
    expect(csvText).toContain(
      `\r\n2568,${decimals(rows.get(2568)?.overall ?? '')[0]
        ?.replace(/0$/, '')
        .replace(/\.$/, '')}`,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trend-overall').getByRole('button', { name: 'บันทึกภาพ PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^ita-trends-.+-overall\.png$/);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // Print: Chromium's own PDF, A4 landscape, one page, with the agency, the years and the date.
    const pdf = join(SHOTS, 'trends-print.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true }));
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([843, 596]); // A4 landscape, in points
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(name);
    expect(text).toContain('ปีงบประมาณ 2562–2568');
    expect(text).toMatch(/พิมพ์เมื่อ \d{1,2} \S+ 25\d\d/);
    expect(text).toContain(latest.split(' ระดับผล')[0]);
    expect(text).toContain(decimals(rows.get(2568)?.overall ?? '')[0]);
    // Back on screen after printing: the print layout is gone.
    expect(await page.evaluate(() => document.documentElement.classList.contains('trends-printing'))).toBe(
      false,
    );
    expectClean(w);
    await w.context.close();
  });

  it('reads on a phone (390 px): no sideways scrolling, and no serious accessibility problem', async () => {
    expect(trendHash).not.toBe('');
    const w = await openApp(browser, trendHash, { viewport: { width: 390, height: 844 }, bypassCSP: true });
    const { page } = w;
    await page.getByTestId('trends-report').waitFor({ timeout: 45_000 });
    await page.getByTestId('trend-heat').locator('canvas').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'trends-390');
    await page.screenshot({ path: join(SHOTS, 'trends-390-full.png'), fullPage: true });
    expect(await seriousAxe(page)).toEqual([]);
    expectClean(w);
    await w.context.close();
  });
});
