/**
 * Two tabs, one plan. A tab that hears of the other's writes shows them at once; a tab that missed them
 * (asleep, its message lost) still never writes over them: edits to different fields are merged, and the
 * same field changed in both keeps both texts and says so in both tabs until the user chooses.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, screenshot, useBrowser } from './browser';
import { PLAN_ID, PLAN_URL, readAll, saved } from './storage-helpers';

const browser = useBrowser();

/**
 * A tab that learns nothing of the other tab: messages from the other tab never arrive, and it is never
 * told it came back into view (so it checks nothing until it writes).
 */
const ASLEEP = `
  (() => {
    const Real = window.BroadcastChannel;
    window.BroadcastChannel = class extends Real {
      addEventListener(type, ...rest) { if (type !== 'message') super.addEventListener(type, ...rest); }
      set onmessage(_) {}
    };
    const wa = window.addEventListener.bind(window);
    window.addEventListener = (type, ...rest) => (type === 'focus' ? undefined : wa(type, ...rest));
    const da = document.addEventListener.bind(document);
    document.addEventListener = (type, ...rest) => (type === 'visibilitychange' ? undefined : da(type, ...rest));
  })();`;

async function tab(context: BrowserContext, errors: string[], initScript?: string): Promise<Page> {
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl()}${PLAN_URL}`);
  await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
  // The first tab drafts the plan and saves it; the second opens what is saved.
  await page.locator('[data-testid=save-status]:is([data-status=saved], [data-status=idle])').waitFor();
  await expect.poll(async () => (await readAll(page, 'plans')).length).toBe(1);
  return page;
}

const measureTitle = (p: Page) =>
  p.getByTestId('plan-issue').first().getByTestId('plan-measure').first().getByLabel('ชื่อมาตรการ/กิจกรรม');
const issueTitle = (p: Page) => p.getByTestId('plan-issue').first().getByRole('textbox').first();

type Rec = {
  rev: number;
  plan: { issues: { titleTh: string; measures: { titleTh: string }[] }[] };
  conflicts: unknown[];
};
async function stored(p: Page): Promise<Rec> {
  const all = (await readAll(p, 'plans')) as (Rec & { id: string })[];
  return all.find((r) => r.id === PLAN_ID) as Rec;
}

describe('two tabs, one plan', () => {
  it('a listening tab shows the other tab’s edits at once, both ways, and both survive a reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    const a = await tab(context, errors);
    const b = await tab(context, errors);
    await measureTitle(a).fill('มาตรการที่แก้ในแท็บ A');
    await expect.poll(() => measureTitle(b).inputValue(), { timeout: 20_000 }).toBe('มาตรการที่แก้ในแท็บ A');
    await issueTitle(b).fill('ประเด็นที่แก้ในแท็บ B');
    await expect.poll(() => issueTitle(a).inputValue(), { timeout: 20_000 }).toBe('ประเด็นที่แก้ในแท็บ B');
    await saved(a);
    await saved(b);
    for (const p of [a, b]) {
      await p.reload();
      await p.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
      expect(await measureTitle(p).inputValue()).toBe('มาตรการที่แก้ในแท็บ A');
      expect(await issueTitle(p).inputValue()).toBe('ประเด็นที่แก้ในแท็บ B');
    }
    expect(await a.getByTestId('conflicts').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tab that missed the other’s edit (still showing the old text) merges instead of writing over it; the same field in both keeps both texts, in both tabs', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    const a = await tab(context, errors);
    const b = await tab(context, errors, ASLEEP);
    const original = await measureTitle(b).inputValue();

    // A edits a measure; B, asleep, still shows the old text and edits the issue title.
    await measureTitle(a).fill('มาตรการที่แก้ในแท็บ A');
    await saved(a);
    await expect
      .poll(async () => (await stored(a)).plan.issues[0]!.measures[0]!.titleTh)
      .toBe('มาตรการที่แก้ในแท็บ A');
    expect(await measureTitle(b).inputValue()).toBe(original);
    await issueTitle(b).fill('ประเด็นที่แก้ในแท็บ B');
    await saved(b);
    // Both edits are stored, and B shows A's measure title now (merged at its write); A hears of B's.
    const merged = await stored(a);
    expect(merged.plan.issues[0]!.measures[0]!.titleTh).toBe('มาตรการที่แก้ในแท็บ A');
    expect(merged.plan.issues[0]!.titleTh).toBe('ประเด็นที่แก้ในแท็บ B');
    expect(merged.conflicts).toEqual([]);
    await expect.poll(() => measureTitle(b).inputValue()).toBe('มาตรการที่แก้ในแท็บ A');
    await expect.poll(() => issueTitle(a).inputValue(), { timeout: 20_000 }).toBe('ประเด็นที่แก้ในแท็บ B');

    // The same field in both: A writes one text, B (asleep again) another. Both are kept, in both tabs.
    await measureTitle(a).fill('ข้อความของแท็บ A');
    await saved(a);
    await expect
      .poll(async () => (await stored(a)).plan.issues[0]!.measures[0]!.titleTh)
      .toBe('ข้อความของแท็บ A');
    await measureTitle(b).fill('ข้อความของแท็บ B');
    await saved(b);
    for (const p of [b, a]) {
      const box = p.getByTestId('conflicts');
      await box.waitFor({ timeout: 20_000 });
      expect(await box.getByTestId('conflict-kept').innerText()).toBe('ข้อความของแท็บ B');
      expect(await box.getByTestId('conflict-other').innerText()).toBe('ข้อความของแท็บ A');
      expect(await box.locator('.conflict-where').innerText()).toMatch(
        /^ประเด็น «ประเด็นที่แก้ในแท็บ B» › มาตรการ «ข้อความของแท็บ B» › ชื่อ$/,
      );
      await expect.poll(() => measureTitle(p).inputValue()).toBe('ข้อความของแท็บ B');
    }
    const both = await stored(a);
    expect(both.conflicts).toHaveLength(1);
    await a.getByTestId('conflicts').scrollIntoViewIfNeeded();
    await screenshot(a, 'storage-conflict-1440');
    await a.setViewportSize({ width: 390, height: 844 });
    await screenshot(a, 'storage-conflict-390');

    // A chooses the other text: it goes into the field, and the question closes in both tabs.
    await a.getByRole('button', { name: 'ใช้อีกแบบแทน' }).click();
    await saved(a);
    await expect.poll(() => measureTitle(a).inputValue()).toBe('ข้อความของแท็บ A');
    await b.reload();
    await b.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    expect(await measureTitle(b).inputValue()).toBe('ข้อความของแท็บ A');
    expect(await b.getByTestId('conflicts').count()).toBe(0);
    expect((await stored(a)).conflicts).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
