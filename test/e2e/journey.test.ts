/**
 * One journey on the synthetic demo: the data open, the first-time guide shows the next step, Gap finds
 * an agency by its short form (อบต.), and the agency and year then follow the user through the navigation:
 * Trends (no picker), Compare (the agency chosen), Plan (its plan), Report. Every view's Thai-aware
 * search finds the same agency by its short form. Screenshots at 1440 and 390 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, screenshot, type Watched } from './browser';

/** A demo agency (data/generated/organisations.csv) whose full name starts with องค์การบริหารส่วนตำบล. */
const ORG_ID = 'SYN00480';
const FULL = 'องค์การบริหารส่วนตำบลตะพงกลางลำไย';
const SHORT = 'อบต.ตะพงกลางลำไย';
const YEAR = '2567';

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await openApp(browser, '', { viewport: DESK });
});
afterAll(async () => {
  await w?.context.close();
  await browser?.close();
});

const nav = (page: Page) => page.getByRole('navigation');

/** Follow a navigation link (on a phone through the menu button). */
async function go(page: Page, label: string): Promise<void> {
  const button = page.getByRole('button', { name: 'เมนู' });
  if (await button.isVisible()) await button.click();
  await nav(page).getByRole('link', { name: label }).click();
}

/** The page does not scroll sideways. */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Shots of the view at both widths (the phone's first, back to the desk after). */
async function shots(page: Page, name: string): Promise<void> {
  await screenshot(page, `journey-${name}-1440`);
  await page.setViewportSize(PHONE);
  // Charts resize a moment after the window does.
  await expect.poll(() => sideways(page), { timeout: 10_000 }).toBeLessThanOrEqual(0);
  await screenshot(page, `journey-${name}-390`);
  await page.setViewportSize(DESK);
}

describe('one journey: the agency follows the user', () => {
  it('demo → Gap (search อบต.…) → Trends → Compare → Plan → Report on the same agency and year', async () => {
    const { page } = w;
    await page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
    await page.getByTestId('summary-stats').waitFor({ timeout: 60_000 });

    // A first-time user sees the next step, the data step marked.
    const guide = page.getByTestId('next-steps');
    await guide.waitFor();
    expect(await guide.innerText()).toMatch(/ข้อมูล[\s\S]*ช่องว่าง[\s\S]*แผน[\s\S]*รายงาน/);
    expect(await guide.locator('[aria-current=step]').innerText()).toBe('ข้อมูล');
    await shots(page, 'data');

    // The guide's next step leads to Gap; the short form finds the agency.
    await guide.getByRole('link', { name: 'ช่องว่าง' }).click();
    await page.getByRole('heading', { name: /เลือกหน่วยงานและปี/ }).waitFor({ timeout: 60_000 });
    await page.getByLabel('ค้นหาหน่วยงาน').fill(SHORT);
    const found = page.getByTestId('gap-agencies').locator('li').first();
    await found.getByText(FULL).first().waitFor();
    await found.getByRole('link', { name: new RegExp(YEAR) }).click();
    await page.getByTestId('score-card').waitFor();
    expect(await page.getByTestId('gap-title').innerText()).toContain('ตะพงกลางลำไย');
    expect(page.url()).toContain(`org=${ORG_ID}`);
    expect(page.url()).toContain(`year=${YEAR}`);
    await shots(page, 'gap');

    // Trends: the same agency straight away, no picker; the year kept in the URL.
    await go(page, 'แนวโน้ม');
    await page.waitForURL(/#\/trends\?/);
    await page.getByTestId('trend-yoy').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`org=${ORG_ID}`);
    expect(page.url()).toContain(`year=${YEAR}`);
    expect(await page.getByTestId('trend-picks').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('ตะพงกลางลำไย');
    await shots(page, 'trends');

    // Compare: the agency is chosen, in the year chosen in Gap.
    await go(page, 'เปรียบเทียบและจัดอันดับ');
    await page.waitForURL(/#\/compare\?/);
    const chosen = page.getByTestId('chosen-list');
    await chosen.waitFor({ timeout: 30_000 });
    expect(await chosen.innerText()).toContain('ตะพงกลางลำไย');
    expect(page.url()).toContain(`orgs=${ORG_ID}`);
    expect(page.url()).toContain(`year=${YEAR}`);
    await shots(page, 'compare');

    // Plan: that agency's plan for the next year.
    await go(page, 'แผนมาตรการ');
    await page.waitForURL(/#\/plan\?/);
    const org = page.getByTestId('plan-org');
    await org.waitFor({ timeout: 30_000 });
    expect(await org.innerText()).toContain('ตะพงกลางลำไย');
    expect(await org.innerText()).toContain('2568');
    await page.getByTestId('plan-issue').first().waitFor();
    await shots(page, 'plan');

    // The plan's own links keep the agency: its report, then back to Trends from there.
    await page.getByTestId('agency-views').getByRole('link', { name: 'รายงาน' }).click();
    const report = page.getByTestId('report-org');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.innerText()).toContain('ตะพงกลางลำไย');
    await shots(page, 'report');

    // The guide, once hidden, stays hidden.
    expect(await page.getByTestId('next-steps').locator('[aria-current=step]').innerText()).toBe('รายงาน');
    await page.getByRole('button', { name: 'ปิดคำแนะนำ' }).click();
    expect(await page.getByTestId('next-steps').count()).toBe(0);
    await page.reload();
    await page.getByTestId('report-org').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('next-steps').count()).toBe(0);

    // Back to Trends from the report's own links: still the same agency.
    await page.getByTestId('agency-views').getByRole('link', { name: 'แนวโน้ม' }).click();
    await page.getByTestId('trend-yoy').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`org=${ORG_ID}`);
    expect(w.errors).toEqual([]);
  }, 300_000);

  it('every view’s search finds the agency by its short form, spaced or not', async () => {
    const { page } = w;
    const origin = page.url().split('#')[0];
    const cases: { hash: string; list: string }[] = [
      { hash: '#/gap?ds=demo', list: 'gap-agencies' },
      { hash: '#/trends?ds=demo', list: 'trend-picks' },
      { hash: '#/plan?ds=demo', list: 'agency-choices' },
    ];
    for (const query of [SHORT, 'อบต. ตะพง กลางลำไย']) {
      for (const c of cases) {
        await page.goto(`${origin}${c.hash}`);
        const box = page.getByLabel('ค้นหาหน่วยงาน');
        await box.waitFor({ timeout: 60_000 });
        await box.fill(query);
        await page.getByTestId(c.list).locator('li').first().getByText(FULL).first().waitFor();
      }
      // Compare: its picker and its ranking table's filter.
      await page.goto(`${origin}#/compare?ds=demo&year=${YEAR}`);
      const pick = page.getByLabel('ค้นหาหน่วยงาน');
      await pick.waitFor({ timeout: 60_000 });
      await pick.fill(query);
      await page.getByTestId('pick-results').locator('li').first().getByText(FULL).first().waitFor();
      await page.goto(`${origin}#/compare?ds=demo&year=${YEAR}&tab=rank&q=${encodeURIComponent(query)}`);
      // The ranking writes the short form (อบต.…).
      await page.getByTestId('ranking-table').getByText('ตะพงกลางลำไย').first().waitFor({ timeout: 60_000 });
    }
    expect(w.errors).toEqual([]);
  }, 300_000);
});
