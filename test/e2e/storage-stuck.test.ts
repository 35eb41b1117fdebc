/**
 * A browser store that never opens, or opens and never answers: every view stops waiting for it, says
 * so in the banner and carries on in memory (data open, plans drafted and edited, nothing stuck on
 * "reading saved plans…").
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, screenshot, useBrowser } from './browser';
import { EXAMPLE, ORG, PLAN_URL, REPORT_URL } from './storage-helpers';

const browser = useBrowser();

/**
 * Another connection is upgrading the store and never finishes (its upgrade transaction kept busy), so
 * the app's request to open it waits for ever: it neither succeeds nor fails nor is blocked.
 */
const NEVER_OPENS = `
  (() => {
    const req = indexedDB.open('ita-lens', 3);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('datasets', { keyPath: 'id' });
      const spin = () => { store.count().onsuccess = spin; };
      spin();
    };
  })();`;

/**
 * The store opens, but another connection holds every object store in a transaction that never ends,
 * so no read or write of the app is ever answered.
 */
const NEVER_ANSWERS = `
  (() => {
    const req = indexedDB.open('ita-lens');
    req.onsuccess = () => {
      const db = req.result;
      const names = [...db.objectStoreNames];
      if (names.length === 0) return;
      const store = db.transaction(names, 'readwrite').objectStore(names[0]);
      const spin = () => { store.count().onsuccess = spin; };
      spin();
    };
  })();`;

/** The storage banner's "does not answer" text appears, within the store's time limit plus a margin. */
async function bannerSaysStuck(page: Page): Promise<void> {
  await page
    .getByTestId('storage-banner')
    .getByText(/ที่เก็บข้อมูลของเบราว์เซอร์ไม่ตอบสนอง/)
    .waitFor({ timeout: 30_000 });
}

describe('a store that never opens', () => {
  it('every view times out to the banner and works in memory', async () => {
    const views = {
      data: '',
      plans: '#/plan',
      plan: PLAN_URL,
      report: REPORT_URL,
      gap: `#/gap?ds=${EXAMPLE}&org=${encodeURIComponent(ORG)}&year=2566`,
    };
    // All at once: each waits for the store's time limit, so side by side the test waits for it once.
    const opened = await Promise.all(
      Object.entries(views).map(async ([name, path]) => ({
        name,
        w: await openApp(browser(), path, { initScript: NEVER_OPENS }),
      })),
    );
    const late = await Promise.all(
      opened.map(({ name, w }) =>
        bannerSaysStuck(w.page).then(
          () => null,
          () => name,
        ),
      ),
    );
    expect(late.filter(Boolean)).toEqual([]);
    const by = Object.fromEntries(opened.map(({ name, w }) => [name, w.page]));
    // The data page opens an example and scores it.
    await by.data!.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await by.data!.getByTestId('dataset-view').getByText('92.69').waitFor({ timeout: 30_000 });
    // The plans list is shown, not "reading saved plans…".
    await by.plans!.getByTestId('saved-plans').getByText('ยังไม่มีแผน').waitFor();
    // A plan is drafted and edited, in memory, and says it is not saved.
    const title = by.plan!.getByTestId('plan-measure').first().getByLabel('ชื่อมาตรการ/กิจกรรม');
    await title.waitFor({ timeout: 30_000 });
    await title.fill('แก้ไขได้แม้ที่เก็บไม่ตอบสนอง');
    await by.plan!.locator('[data-testid=save-status][data-status=unsaved]').waitFor({ timeout: 30_000 });
    expect(await title.inputValue()).toBe('แก้ไขได้แม้ที่เก็บไม่ตอบสนอง');
    // The report view says there is no plan yet (this visit's memory has none), rather than waiting.
    await by
      .report!.getByRole('link', { name: /ร่างแผน|ไปที่แผน|แผนมาตรการ/ })
      .first()
      .waitFor();
    // The gap view reads the example and shows its score.
    await by.gap!.getByTestId('score-card').waitFor({ timeout: 30_000 });
    await by.plan!.evaluate(() => window.scrollTo(0, 0));
    await screenshot(by.plan!, 'storage-stuck-1440');
    await by.plan!.setViewportSize({ width: 390, height: 844 });
    await screenshot(by.plan!, 'storage-stuck-390');
    for (const { w } of opened) {
      expect(w.errors).toEqual([]);
      await w.context.close();
    }
  }, 120_000);
});

describe('a store that opens and never answers', () => {
  it('the plan view times out to the banner and drafts and edits the plan in memory', async () => {
    // Create the store as the app does, then hold it from another connection on every later page.
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
    const first = await context.newPage();
    await first.goto(baseUrl());
    await first.getByRole('heading', { level: 1 }).first().waitFor();
    await expect
      .poll(() =>
        first.evaluate(() => indexedDB.databases().then((d) => d.some((x) => x.name === 'ita-lens'))),
      )
      .toBe(true);
    await first.close();
    await context.addInitScript(NEVER_ANSWERS);
    const w = await openApp(browser(), PLAN_URL, { context });
    await bannerSaysStuck(w.page);
    const title = w.page.getByTestId('plan-measure').first().getByLabel('ชื่อมาตรการ/กิจกรรม');
    await title.waitFor({ timeout: 30_000 });
    await title.fill('ยังแก้ไขได้');
    await w.page.locator('[data-testid=save-status][data-status=unsaved]').waitFor({ timeout: 30_000 });
    expect(await title.inputValue()).toBe('ยังแก้ไขได้');
    expect(w.errors).toEqual([]);
    await context.close();
  }, 120_000);
});
