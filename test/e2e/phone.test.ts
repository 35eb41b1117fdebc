/**
 * Every view at a phone's width (390 px) on the demo data and the bundled examples: the page never
 * scrolls sideways (document.scrollingElement.scrollWidth ≤ clientWidth; wide tables scroll inside their
 * own box) and the navigation is a menu button that opens, closes with Escape and gives the focus back.
 * Screenshots: test-results/phone-<view>-390.png and phone-<view>-1440.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useBrowser } from './browser';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };
const DEMO_ORG = 'SYN01081';
const HUAI = 'ex-huai-chorakhe-2566';
const HUAI_ORG = `org=${encodeURIComponent('name:อบต.ห้วยจรเข้')}&year=2566`;

/** The views, each with what shows it is ready. */
const VIEWS: { name: string; hash: string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'data', hash: '#/?ds=demo', ready: (p) => p.getByTestId('summary-stats').waitFor() },
  { name: 'gap-picker', hash: '#/gap?ds=demo', ready: (p) => p.getByTestId('gap-agencies').waitFor() },
  {
    name: 'gap',
    hash: `#/gap?ds=demo&org=${DEMO_ORG}&year=2567&tab=all`,
    ready: (p) => p.getByTestId('path-steps').waitFor(),
  },
  {
    name: 'trends',
    hash: `#/trends?ds=demo&org=${DEMO_ORG}`,
    ready: (p) => p.getByTestId('trend-yoy').waitFor(),
  },
  {
    name: 'compare',
    hash: `#/compare?ds=demo&orgs=${DEMO_ORG},SYN00001,SYN00500`,
    ready: (p) => p.getByTestId('peer-table').waitFor(),
  },
  {
    name: 'compare-rank',
    hash: '#/compare?ds=demo&tab=rank',
    ready: (p) => p.getByTestId('ranking-table').waitFor(),
  },
  {
    name: 'compare-weak',
    hash: '#/compare?ds=demo&tab=weak',
    ready: (p) => p.getByTestId('weak-questions').waitFor(),
  },
  {
    name: 'summary',
    hash: '#/summary?ds=demo&rows=province&cols=year&value=overall&stat=mean',
    ready: (p) => p.locator('.summary-page table, [data-testid=summary-table]').first().waitFor(),
  },
  {
    name: 'plan',
    hash: `#/plan?ds=${HUAI}&${HUAI_ORG}`,
    ready: (p) => p.getByTestId('plan-issue').first().waitFor(),
  },
  {
    name: 'report',
    hash: `#/report?ds=${HUAI}&${HUAI_ORG}`,
    ready: (p) => p.getByTestId('result-card').first().waitFor(),
  },
];

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** How far the page itself scrolls sideways (px); 0 when it does not. */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth - el.clientWidth;
  });
}

const browser = useBrowser();

describe('phones (390 px)', () => {
  it('no view scrolls sideways as a page; screenshots at 390 and 1440 px', async () => {
    const widths: Record<string, number> = {};
    for (const [size, viewport] of [
      ['390', PHONE],
      ['1440', DESK],
    ] as const) {
      const w = await openApp(browser(), '#/?ds=demo', { viewport, bypassCSP: true });
      await w.page.getByTestId('summary-stats').waitFor({ timeout: 90_000 });
      for (const v of VIEWS) {
        await go(w.page, v.hash);
        await v.ready(w.page);
        await w.page.waitForTimeout(300);
        await w.page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(w.page, `phone-${v.name}-${size}`);
        widths[`${v.name}@${size}`] = await sideways(w.page);
      }
      expect(w.errors).toEqual([]);
      await w.context.close();
    }
    console.log('sideways page scroll (px):', JSON.stringify(widths));
    expect(Object.entries(widths).filter(([, px]) => px > 0)).toEqual([]);
  }, 300_000);

  it('the navigation is a menu button: opens, Escape closes it and gives the focus back, a link navigates', async () => {
    const w = await openApp(browser(), '#/?ds=demo', { viewport: PHONE, bypassCSP: true });
    const { page } = w;
    const button = page.getByRole('button', { name: 'เมนู' });
    const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').first().isVisible()).toBe(false);
    // By keyboard: focus the button, Enter opens, Escape closes and the focus is back on the button.
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const links = nav.getByRole('link');
    expect(await links.count()).toBe(7);
    for (let i = 0; i < 7; i++) expect(await links.nth(i).isVisible()).toBe(true);
    expect(await sideways(page)).toBe(0);
    await screenshot(page, 'phone-menu-open-390');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // A link navigates and closes the menu.
    await button.click();
    await nav.getByRole('link', { name: 'เปรียบเทียบ' }).click();
    await page.waitForURL(/#\/compare/);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // At a laptop's width there is no button: the links show in a row.
    await page.setViewportSize(DESK);
    expect(await button.isVisible()).toBe(false);
    expect(await nav.getByRole('link').first().isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);
  it('wide tables scroll inside their box with the header and first column in view; the ranking shows the score', async () => {
    const w = await openApp(browser(), '#/?ds=demo', { viewport: PHONE, bypassCSP: true });
    const { page } = w;
    await page.getByTestId('summary-stats').waitFor({ timeout: 90_000 });
    await go(page, `#/compare?ds=demo&orgs=${DEMO_ORG},SYN00001,SYN00500`);
    const table = page.getByTestId('side-table');
    await table.waitFor();
    const box = table.locator('xpath=..');
    const before = await table.locator('tbody tr th, tbody tr td').first().boundingBox();
    const moved = await box.evaluate((el) => {
      el.scrollLeft = 200;
      el.scrollTop = 0;
      return el.scrollLeft;
    });
    expect(moved).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    // The first column stays where it was while the rest scrolls under it.
    const after = await table.locator('tbody tr th, tbody tr td').first().boundingBox();
    expect(Math.round(after?.x ?? -1)).toBe(Math.round(before?.x ?? -2));
    expect(await sideways(page)).toBe(0);
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-compare-table-390');
    // The ranking: rank, name and the overall score fit the phone's width without scrolling.
    await go(page, '#/compare?ds=demo&tab=rank');
    const rank = page.getByTestId('ranking-table');
    await rank.waitFor();
    const right = await rank.evaluate((el) => el.getBoundingClientRect().right);
    const score = page.locator('.rank-body .rank-row').first().locator('.rank-overall');
    const cell = await score.boundingBox();
    expect(cell).not.toBeNull();
    expect((cell?.x ?? 0) + (cell?.width ?? 0)).toBeLessThanOrEqual(right);
    expect(await score.innerText()).toMatch(/^\d+\.\d\d$/);
    await rank.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-compare-rank-table-390');
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);
});
