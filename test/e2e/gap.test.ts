/**
 * Gap analysis (issue 4) in real Chromium: seed 001 (92.69, ผ่านดี, indicators 4 and 8 below 85 with
 * their costs, a path to ผ่านดีเยี่ยม), seed 004 (E10 first with its 34.04 % finding, missing questions
 * named, the unknown overall said, never a zero) and a synthetic agency below 85 whose path to pass,
 * applied in the what-if, really reaches 85. Screenshots at 1366×768 and 390×844 (test-results/gap-*.png).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useBrowser, type Watched } from './browser';
import { seriousAxe } from './a11y';

const browser = useBrowser();

const PHONE = { width: 390, height: 844 };
/** A synthetic agency below 85 in 2567 whose path mixes OIT items and questions (deterministic demo). */
const DEMO_ORG = 'SYN01081';

function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.external).toEqual([]);
}

/** Nothing in the page's content is wider than the screen (tables scroll inside their own boxes). */
async function noOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? main.scrollWidth - main.clientWidth : 0;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Bring a part of the page to the top of the screen (for a screenshot of it). */
async function toTop(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(150);
}

async function chartDrawn(page: Page): Promise<void> {
  await page.locator('.gap-chart canvas').first().waitFor();
  await page.waitForTimeout(500);
}

/** Open a bundled example from the data page and follow its agency link to the gap page. */
async function openExample(w: Watched, button: RegExp, agency: string): Promise<void> {
  await w.page.getByRole('button', { name: button }).click();
  await w.page.getByRole('link', { name: agency }).click();
  await w.page.getByTestId('score-card').waitFor();
}

describe('gap analysis', () => {
  it('seed 001: 92.69, ผ่านดี, indicators 4 and 8 below 85 with their costs, a path to ผ่านดีเยี่ยม', async () => {
    const w = await openApp(browser());
    await openExample(w, /เปิด.*เทศบาลเมืองสะเตงนอก/, 'เทศบาลเมืองสะเตงนอก');
    expect(w.page.url()).toMatch(/#\/gap\?ds=ex-satengnok-2567&org=name%3A.+&year=2567/);
    const card = w.page.getByTestId('score-card');
    expect(await card.getByTestId('overall').innerText()).toBe('92.69');
    expect(await card.getByTestId('rating').innerText()).toBe('ผ่านดี');
    expect(await card.getByTestId('tool-EIT').innerText()).toMatch(/89\.76/);
    // Indicators 4 and 8 are below 85, each with its gap and the overall points it costs.
    const table = w.page.getByTestId('indicator-table');
    const weak = await table
      .locator('tr.gap-weak')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-indicator')));
    expect(weak).toEqual(['4', '8']);
    const row4 = await table.locator('tr[data-indicator="4"]').innerText();
    expect(row4).toMatch(/81\.04/);
    expect(row4).toMatch(/3\.96/);
    expect(row4).toMatch(/1\.14/);
    const row8 = await table.locator('tr[data-indicator="8"]').innerText();
    expect(row8).toMatch(/80\.75/);
    expect(row8).toMatch(/1\.93/);
    // Indicator-level data: said plainly, nothing invented below it.
    expect(await w.page.getByTestId('missing-data').innerText()).toMatch(/ข้อมูลเป็นรายตัวชี้วัดเท่านั้น/);
    await chartDrawn(w.page);
    await screenshot(w.page, 'gap-001-1366');
    // A click on a bar drills down (here: this file has no question scores, and says so).
    await w.page.locator('.gap-chart .echart').scrollIntoViewIfNeeded();
    const box = await w.page.locator('.gap-chart .echart').boundingBox();
    if (!box) throw new Error('no chart');
    await w.page.mouse.click(box.x + box.width * 0.5, box.y + 30 + (box.height - 60) * 0.37);
    await w.page.getByTestId('drilldown').waitFor();
    expect(w.page.url()).toMatch(/ind=\d+/);
    await table.getByRole('button', { name: /ของตัวชี้วัดที่ 8/ }).click();
    await w.page.getByRole('heading', { name: /ตัวชี้วัดที่ 8 .*80\.75/ }).waitFor();
    expect(await w.page.getByTestId('drilldown').innerText()).toMatch(/ไม่มีคะแนนรายข้อ EIT/);
    expect(w.page.url()).toContain('ind=8');
    // The path to ผ่านดีเยี่ยม names what it takes.
    await w.page.getByRole('tab', { name: 'เส้นทางสู่เป้าหมาย' }).click();
    await w.page.getByRole('heading', { name: 'เส้นทางสู่ระดับผ่านดีเยี่ยม' }).waitFor();
    const steps = w.page.getByTestId('path-steps');
    const codes = await steps
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes[0]).toBe('9');
    expect(codes).toContain('8');
    expect(codes).toContain('4');
    // Indicator 9 is passed item by item (the cheapest points) only as far as the 0.5 margin needs:
    // 90 → 91, +0.20, running total 92.89; 4 (81.04) rises, 1 (95.11) is left as it is.
    expect(await steps.locator('tr[data-code="9"]').innerText()).toMatch(
      /ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล[\s\S]*\+0\.20[\s\S]*92\.89/,
    );
    expect(codes).not.toContain('1');
    expect(await w.page.getByTestId('path-summary').innerText()).toMatch(/ทุกแบบวัดถึง 95 จึงได้ระดับผ่านดีเยี่ยม/);
    expect(await w.page.getByTestId('path-after').innerText()).toMatch(/ระดับผ่านดีเยี่ยม/);
    await toTop(w.page, 'path-panel');
    await screenshot(w.page, 'gap-001-path-1366');
    // Suggested measures: for indicators known only as a whole, the measures of their questions.
    await w.page.getByRole('tab', { name: 'มาตรการที่แนะนำ' }).click();
    await w.page.getByText(/ตัวชี้วัดที่ 8 .* มีเฉพาะคะแนนรวมของตัวชี้วัด/).waitFor();
    expectClean(w);
    await w.context.close();
  });

  it('seed 004: E10 first with its 34.04% finding, missing questions named, the unknown overall said', async () => {
    const w = await openApp(browser(), '', { bypassCSP: true });
    await openExample(w, /เปิด.*อบต\.ห้วยจรเข้/, 'อบต.ห้วยจรเข้');
    const card = w.page.getByTestId('score-card');
    const cardText = await card.innerText();
    expect(cardText).toMatch(/คะแนนรวม\s+ไม่ทราบ/);
    expect(cardText).not.toMatch(/\b0\.00\b/);
    // Missing questions are named with their wording; nothing is counted as zero.
    const missing = await w.page.getByTestId('missing-data').innerText();
    expect(missing).toMatch(/คำนวณคะแนนรวมไม่ได้/);
    expect(missing).toMatch(/E5/);
    expect(missing).toMatch(/I1/);
    await chartDrawn(w.page);
    await screenshot(w.page, 'gap-004-1366');
    await w.page.getByRole('tab', { name: /ข้อคำถาม/ }).click();
    const rows = w.page.getByTestId('question-table').locator('tbody tr');
    expect(await rows.first().getAttribute('data-code')).toBe('E10');
    expect(await rows.first().innerText()).toMatch(/ผู้รับบริการร้อยละ 34\.04 เห็นว่า/);
    // Sortable (in the URL), weak-only filter, CSV of what is shown.
    await w.page.getByRole('button', { name: 'คะแนน', exact: true }).click();
    expect(w.page.url()).toContain('sort=score');
    expect(await rows.first().getAttribute('data-code')).toBe('E10');
    await w.page.getByRole('button', { name: 'ข้อค้นพบ', exact: true }).click();
    expect(await rows.first().getAttribute('data-code')).toBe('E10');
    // The filter lives in the URL, and the router renders a URL change in a React transition: the box
    // shows its new state a moment after the click (Playwright's check() looks at once, and on a busy
    // machine saw the old state).
    const weakOnly = w.page.getByLabel('เฉพาะข้อที่ต่ำกว่า 85');
    await weakOnly.click();
    expect(w.page.url()).toContain('weak=1');
    await expect.poll(() => weakOnly.isChecked()).toBe(true);
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'ดาวน์โหลดตาราง (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toMatch(/E10,7,EIT,.*,66,34\.04,ผู้รับบริการร้อยละ 34\.04/);
    await toTop(w.page, 'question-table');
    await screenshot(w.page, 'gap-004-questions-1366');
    // No path without an overall, and it says why.
    await w.page.getByRole('tab', { name: 'เส้นทางสู่เป้าหมาย' }).click();
    await w.page.getByText(/คำนวณเส้นทางไม่ได้/).waitFor();
    await w.page.getByRole('tab', { name: /ข้อคำถาม/ }).click();
    expect(await seriousAxe(w.page)).toEqual([]);
    await w.context.close();
  });

  it('the examples on a phone: readable, nothing wider than the screen; a shared link opens directly', async () => {
    const link = `#/gap?${new URLSearchParams({ ds: 'ex-satengnok-2567', org: 'name:เทศบาลเมืองสะเตงนอก', year: '2567' })}`;
    const first = await openApp(browser(), link, { viewport: PHONE });
    await first.page.getByTestId('score-card').waitFor();
    expect(await first.page.getByTestId('overall').innerText()).toBe('92.69');
    await screenshot(first.page, 'gap-001-390');
    await noOverflow(first.page);
    await first.page.locator('.gap-chart').scrollIntoViewIfNeeded();
    await chartDrawn(first.page);
    await screenshot(first.page, 'gap-001-chart-390');
    expectClean(first);
    await first.context.close();
    const w = await openApp(browser(), '', { viewport: PHONE });
    await openExample(w, /เปิด.*อบต\.ห้วยจรเข้/, 'อบต.ห้วยจรเข้');
    await chartDrawn(w.page);
    await screenshot(w.page, 'gap-004-390');
    await noOverflow(w.page);
    await w.page.getByRole('tab', { name: /ข้อคำถาม/ }).click();
    await w.page.getByTestId('question-table').scrollIntoViewIfNeeded();
    await screenshot(w.page, 'gap-004-questions-390');
    await noOverflow(w.page);
    expectClean(w);
    await w.context.close();
  });

  it('a demo agency below 85: picker, path to pass, applied in the what-if, reaches 85', async () => {
    const w = await openApp(browser(), '#/gap?ds=demo', { bypassCSP: true });
    await w.page.getByRole('heading', { name: /เลือกหน่วยงานและปี/ }).waitFor({ timeout: 60_000 });
    await w.page.getByLabel('ค้นหาหน่วยงาน').fill(DEMO_ORG);
    const found = w.page.getByTestId('gap-agencies').locator('li').first();
    await found.getByRole('link', { name: /2567/ }).click();
    await w.page.getByTestId('score-card').waitFor();
    expect(w.page.url()).toContain(`org=${DEMO_ORG}`);
    const overall = Number(await w.page.getByTestId('overall').innerText());
    expect(overall).toBeLessThan(85);
    expect(await w.page.getByTestId('score-card').innerText()).toMatch(/ไม่ผ่าน/);
    expect(await w.page.getByTestId('score-card').innerText()).toMatch(/เทียบปี 2566/);
    await chartDrawn(w.page);
    await screenshot(w.page, 'gap-demo-1366');
    // Drill into an OIT indicator: its items, failed ones with their cost.
    await w.page
      .getByTestId('indicator-table')
      .getByRole('button', { name: /ของตัวชี้วัดที่ 9/ })
      .click();
    await w.page.getByTestId('drill-items').waitFor();
    // The path to pass (the default target for an agency that fails).
    await w.page.getByRole('tab', { name: 'เส้นทางสู่เป้าหมาย' }).click();
    await w.page.getByRole('heading', { name: 'เส้นทางสู่ระดับผ่าน' }).waitFor();
    const steps = w.page.getByTestId('path-steps').locator('tbody tr');
    const codes = await steps.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
    expect(codes.length).toBeGreaterThan(1);
    expect(codes[0]).toMatch(/^O\d+$/);
    const last = await steps.last().locator('td').nth(3).innerText();
    expect(Number(last)).toBeGreaterThanOrEqual(85);
    await toTop(w.page, 'path-panel');
    await screenshot(w.page, 'gap-demo-path-1366');
    // Leave the first step out: the path is recomputed at once, the control is in the URL.
    await steps
      .first()
      .getByRole('button', { name: /ไม่ใช้ข้อนี้/ })
      .click();
    await w.page.waitForFunction(
      (first) =>
        document.querySelector('[data-testid=path-steps] tbody tr')?.getAttribute('data-code') !== first,
      codes[0],
    );
    expect(w.page.url()).toContain(`ex=${codes[0]}`);
    await w.page.getByRole('button', { name: new RegExp(`นำกลับมาใช้ ${codes[0]}`) }).click();
    await w.page.waitForFunction(
      (first) =>
        document.querySelector('[data-testid=path-steps] tbody tr')?.getAttribute('data-code') === first,
      codes[0],
    );
    // Apply the path in the what-if: the overall really reaches 85 and the agency passes.
    await w.page.getByRole('button', { name: /ลองผลของเส้นทางนี้/ }).click();
    await w.page.getByRole('heading', { name: 'ลองปรับคะแนน (What-if)' }).waitFor();
    expect(Number(await w.page.getByTestId('whatif-overall').innerText())).toBeGreaterThanOrEqual(85);
    expect(await w.page.getByTestId('whatif-pass').innerText()).toMatch(/ผ่าน/);
    expect(await w.page.getByTestId('whatif-pass').innerText()).not.toMatch(/ไม่ผ่าน/);
    await toTop(w.page, 'whatif-result');
    await screenshot(w.page, 'gap-demo-whatif-1366');
    // Edit a value by hand: the overall moves live; reset brings back the actual figures.
    await w.page.getByRole('button', { name: 'กลับเป็นค่าจริง' }).click();
    expect(Number(await w.page.getByTestId('whatif-overall').innerText())).toBeCloseTo(overall, 2);
    await w.page.getByLabel('ลองปรับ 9. การเปิดเผยข้อมูล').fill('100');
    expect(Number(await w.page.getByTestId('whatif-overall').innerText())).toBeGreaterThan(overall);
    // Everything on one page for print.
    await w.page.getByRole('tab', { name: 'ทั้งหมด (สำหรับพิมพ์)' }).click();
    await chartDrawn(w.page);
    await w.page.emulateMedia({ media: 'print' });
    await screenshot(w.page, 'gap-demo-print-1366');
    await w.page.emulateMedia({ media: 'screen' });
    expect(await seriousAxe(w.page)).toEqual([]);
    // An agency whose overall reaches ผ่านดี but whose EIT is under 85: the card says that is what holds it back.
    await w.page.goto(`${w.page.url().split('#')[0]}#/gap?ds=demo&org=SYN00008&year=2567`);
    await w.page.getByTestId('hold-back').waitFor();
    expect(await w.page.getByTestId('rating').innerText()).toBe('ผ่าน');
    expect(await w.page.getByTestId('hold-back').innerText()).toMatch(
      /ถึงเกณฑ์ระดับผ่านดี แต่ EIT 79\.05 ต่ำกว่า 85 .*ได้เพียงระดับผ่าน/,
    );
    await screenshot(w.page, 'gap-demo-holdback-1366');
    await w.context.close();
  });

  it('the demo agency on a phone: score card, chart and path readable at 390 px', async () => {
    const w = await openApp(browser(), `#/gap?ds=demo&org=${DEMO_ORG}&year=2567`, { viewport: PHONE });
    await w.page.getByTestId('score-card').waitFor({ timeout: 60_000 });
    await screenshot(w.page, 'gap-demo-390');
    await noOverflow(w.page);
    await w.page.locator('.gap-chart').scrollIntoViewIfNeeded();
    await chartDrawn(w.page);
    await screenshot(w.page, 'gap-demo-chart-390');
    // Keyboard: arrows move between the tabs, and the tab is in the URL.
    await w.page.getByRole('tab', { name: 'ตัวชี้วัด' }).focus();
    await w.page.keyboard.press('End');
    await w.page.getByRole('tab', { name: 'ทั้งหมด (สำหรับพิมพ์)', selected: true }).waitFor();
    for (const name of ['มาตรการที่แนะนำ', 'ลองปรับคะแนน', 'เส้นทางสู่เป้าหมาย']) {
      await w.page.keyboard.press('ArrowLeft');
      await w.page.getByRole('tab', { name, selected: true }).waitFor();
    }
    expect(w.page.url()).toContain('tab=path');
    await toTop(w.page, 'path-panel');
    await screenshot(w.page, 'gap-demo-path-390');
    await noOverflow(w.page);
    expectClean(w);
    await w.context.close();
  });
});
