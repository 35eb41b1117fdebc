/** Screenshots of the start page and a loaded dataset on a laptop and a phone, light and dark (test-results/). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, screenshot, uploadFiles, useBrowser } from './browser';

const browser = useBrowser();

const SIZES = [
  { name: '1366', viewport: { width: 1366, height: 768 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

describe('screenshots', () => {
  for (const size of SIZES) {
    it(`looks right at ${size.viewport.width}×${size.viewport.height}`, async () => {
      const w = await openApp(browser(), '', { viewport: size.viewport });
      await screenshot(w.page, `shot-start-${size.name}`);
      await w.page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
      await w.page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
      await w.page.locator('.echart canvas').first().waitFor();
      await w.page.waitForTimeout(400);
      await screenshot(w.page, `shot-demo-${size.name}`);
      await w.page.locator('#list-title').scrollIntoViewIfNeeded();
      await screenshot(w.page, `shot-list-${size.name}`);
      await w.page.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
      await w.page.waitForTimeout(200);
      await screenshot(w.page, `shot-report-${size.name}`);
      // Nothing wider than the screen.
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }

  it('shows the problems of a file readably on a phone', async () => {
    const w = await openApp(browser(), '', { viewport: { width: 390, height: 844 } });
    await uploadFiles(w.page, [
      { name: 'bad-rows.csv', buffer: readFileSync(join(ROOT, 'test', 'fixtures', 'bad-rows.csv')) },
    ]);
    await w.page.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await w.page.getByRole('heading', { name: 'ปัญหาที่พบ' }).scrollIntoViewIfNeeded();
    await screenshot(w.page, 'shot-problems-390');
    await w.page.locator('.vtable').scrollIntoViewIfNeeded();
    await screenshot(w.page, 'shot-problems-list-390');
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await w.context.close();
  });

  it('follows a dark system theme', async () => {
    const w = await openApp(browser(), '', { colorScheme: 'dark' });
    await w.page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
    await w.page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    await w.page.locator('.echart canvas').first().waitFor();
    await w.page.waitForTimeout(400);
    await screenshot(w.page, 'shot-dark-1366');
    const bg = await w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(17, 19, 24)');
    await w.context.close();
  });
});
