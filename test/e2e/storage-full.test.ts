/**
 * A full disk, made real: Chromium's storage quota for the app's origin set below what it already uses
 * (DevTools protocol, Storage.overrideQuotaForOrigin), so the service worker's cache writes and the
 * browser store's writes fail with QuotaExceededError as they do on a full disk.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, screenshot, useBrowser } from './browser';
import { downloadJson, PLAN_URL, saved } from './storage-helpers';

const browser = useBrowser();

/** Make the origin's storage full: a quota of one byte. */
async function fillDisk(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl().replace(/\/$/, ''), quotaSize: 1 });
}

describe('a full disk', () => {
  it('the service worker serves what it cannot cache: the app reloads and reads a file it never cached', async () => {
    const w = await openApp(browser());
    const page = w.page;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await fillDisk(page);
    // Every request now goes through the service worker, and every copy it tries to keep fails.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The page really is full: the cache refuses a copy.
    expect(
      await page.evaluate(async () => {
        try {
          await (await caches.open('probe')).put('probe', new Response('x'.repeat(100_000)));
          return 'stored';
        } catch (e) {
          return (e as Error).name;
        }
      }),
    ).toBe('QuotaExceededError');
    // The demo's manifest was never cached: it is fetched and served all the same, so the demo card
    // names the number of agencies and can be opened (a failed request would call the demo missing).
    const card = page.locator('.card-synthetic');
    await card.getByText(/หน่วยงานสมมติ 8,349 แห่ง/).waitFor({ timeout: 20_000 });
    expect(await card.getByRole('button', { name: /^เปิด/ }).isEnabled()).toBe(true);
    expect(
      await page.evaluate(async () => (await fetch('demo/manifest.json', { cache: 'no-store' })).status),
    ).toBe(200);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('with the store full, the banner offers the workspace export, and it holds the edit that could not be saved', async () => {
    // Chromium's quota override does not reach writes on a store that is already open (measured: they
    // still succeed), so the store's writes are made to fail as a full disk fails them, from the moment
    // the test says so.
    const full = `
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__diskFull) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
        return put.apply(this, args);
      };`;
    const w = await openApp(browser(), PLAN_URL, { initScript: full });
    const page = w.page;
    const title = page
      .getByTestId('plan-issue')
      .first()
      .getByTestId('plan-measure')
      .first()
      .getByLabel('ชื่อมาตรการ/กิจกรรม');
    await title.waitFor({ timeout: 30_000 });
    await saved(page);
    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
    const text = 'แก้ไขหลังพื้นที่เต็ม ยังไม่ได้บันทึก';
    await title.fill(text);
    await page.locator('[data-testid=save-status][data-status=unsaved]').waitFor({ timeout: 20_000 });
    const banner = page.getByTestId('storage-banner');
    await banner.getByText(/พื้นที่บันทึกของเบราว์เซอร์เต็ม/).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'storage-full-1440');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'storage-full-390');
    const file = await downloadJson(page, /ส่งออกพื้นที่ทำงาน \(รวมส่วนที่ยังไม่ได้บันทึก\)/);
    expect(file.format).toBe('ita-lens-workspace');
    expect(JSON.stringify(file.plans)).toContain(text);
    await w.context.close();
  });
});
