/**
 * A damaged record is never thrown away: a plan with one damaged measure is read without that measure
 * (and says so), the whole stored record is kept aside and goes raw into the rescue export; a plan that
 * cannot be read at all is never written over; the user decides when to discard what was kept.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, screenshot, useBrowser } from './browser';
import { downloadJson, patchRecord, PLAN_ID, PLAN_URL, putRecord, readAll, saved } from './storage-helpers';

const browser = useBrowser();

type Rec = {
  id: string;
  plan: { issues: { titleTh: string; measures: { id: string; titleTh: string }[] }[] };
};
type Aside = { store: string; id: string; why: string; raw: Rec };

describe('a damaged saved plan', () => {
  it('one damaged measure: the plan is listed and opens without only that measure; the record is kept aside and rescued raw; the user discards it', async () => {
    const w = await openApp(browser(), PLAN_URL);
    const page = w.page;
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await saved(page);
    const [before] = (await readAll(page, 'plans')) as Rec[];
    const lost = before!.plan.issues[0]!.measures[1]!;
    const kept = before!.plan.issues[0]!.measures[0]!;
    // An old version or a bad disk damages one field of one measure.
    await patchRecord(page, 'plans', PLAN_ID, ['plan', 'issues', 0, 'measures', 1, 'effort'], 'lots');

    await page.goto(`${baseUrl()}#/plan`);
    await page.reload();
    const banner = page.getByTestId('storage-banner');
    await banner.getByText(/ข้อมูลที่บันทึกไว้บางส่วนเสียหาย/).waitFor();
    // The plan is still listed, and opens with everything but the damaged measure.
    expect(await page.getByTestId('saved-plan').count()).toBe(1);
    await page
      .getByTestId('saved-plan')
      .getByRole('link', { name: /อบต\.ห้วยจรเข้/ })
      .click();
    const first = page.getByTestId('plan-issue').first();
    await first.waitFor();
    const titles = await first
      .getByLabel('ชื่อมาตรการ/กิจกรรม')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(titles).toContain(kept.titleTh);
    expect(titles).not.toContain(lost.titleTh);
    expect(titles).toHaveLength(before!.plan.issues[0]!.measures.length - 1);
    // It says which measure was left out.
    expect(await page.getByTestId('dropped-parts').innerText()).toContain(lost.titleTh);
    await screenshot(page, 'storage-damaged-1440');

    // The stored record as it was is kept aside, untouched.
    const aside = (await readAll(page, 'aside')) as Aside[];
    expect(aside).toHaveLength(1);
    expect(aside[0]!.why).toBe('partial');
    expect(aside[0]!.raw.plan.issues[0]!.measures[1]).toMatchObject({ id: lost.id, effort: 'lots' });

    // The rescue export carries the readable plan and the damaged record raw.
    const rescue = await downloadJson(page, /ดาวน์โหลดทั้งหมด รวมส่วนที่เสียหาย/);
    expect(rescue.plans).toHaveLength(1);
    const unreadable = rescue.unreadable as Aside[];
    expect(unreadable.map((u) => [u.store, u.id, u.why])).toEqual([['plans', PLAN_ID, 'partial']]);
    expect(unreadable[0]!.raw.plan.issues[0]!.measures[1]).toMatchObject({ id: lost.id, effort: 'lots' });

    // The user decides: discard. Asked first; then the copy is gone and so is the banner.
    await banner.getByRole('button', { name: 'ทิ้งส่วนที่เสียหาย' }).click();
    await banner.getByText(/ลบส่วนที่เสียหาย 1 รายการ/).waitFor();
    await banner.locator('summary').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'storage-damaged-390');
    await banner.getByRole('button', { name: 'ลบทิ้ง' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await readAll(page, 'aside')).toEqual([]);
    expect(await page.getByTestId('plan-issue').count()).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a plan nothing of which can be read is never written over: kept aside when a fresh draft is saved, rescued raw', async () => {
    const w = await openApp(browser());
    const page = w.page;
    // The plan's record, damaged beyond reading (its agency name is gone), before the app reads it.
    await putRecord(page, 'plans', {
      v: 1,
      id: PLAN_ID,
      plan: { id: PLAN_ID, orgName: 7, issues: [{ id: 'i1', titleTh: 'ประเด็นที่พิมพ์ไว้เอง' }] },
    });
    await page.goto(`${baseUrl()}${PLAN_URL}`);
    await page.reload();
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await saved(page);
    await page.getByText('แผนที่บันทึกไว้ของหน่วยงานและปีนี้อ่านไม่ได้').waitFor();
    // The fresh draft is stored; the unreadable record it replaced is kept aside exactly as it was.
    const aside = (await readAll(page, 'aside')) as { why: string; raw: unknown }[];
    expect(aside.map((a) => a.why)).toEqual(['unreadable']);
    expect(aside[0]!.raw).toEqual({
      v: 1,
      id: PLAN_ID,
      plan: { id: PLAN_ID, orgName: 7, issues: [{ id: 'i1', titleTh: 'ประเด็นที่พิมพ์ไว้เอง' }] },
    });
    const rescue = await downloadJson(page, /ดาวน์โหลดทั้งหมด รวมส่วนที่เสียหาย/);
    expect(JSON.stringify(rescue.unreadable)).toContain('ประเด็นที่พิมพ์ไว้เอง');
    await w.context.close();
  });
});
