/**
 * The plan and report as documents a working group signs (issue 16): the seven standard headings in the
 * editor, a heading added in its place, per-measure constraints reaching Word, the plan kept to the
 * questions under 85 (and undone), the report's parts (cover, memo) in Word; the editor and the report
 * view at 1440 and 390 px.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxe } from './a11y';
import { openApp, screenshot, useBrowser, type Watched } from './browser';

const browser = useBrowser();

const PLAN_URL = `#/plan?ds=ex-huai-chorakhe-2566&org=${encodeURIComponent('name:อบต.ห้วยจรเข้')}&year=2566`;
const REPORT_URL = PLAN_URL.replace('#/plan', '#/report');
const LIMITATION = 'ผู้รับบริการสูงอายุเข้าไม่ถึงช่องทางออนไลน์';

async function saved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
}

async function docxText(page: Page, button: RegExp): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync(await d.path())));
  return strFromU8(files['word/document.xml'] as Uint8Array).replace(/<[^>]+>/g, '');
}

const titles = (page: Page) =>
  page
    .getByTestId('plan-issue')
    .evaluateAll((els) =>
      els.map((el) => (el.querySelector('textarea.issue-title') as HTMLTextAreaElement).value),
    );

describe('the plan under the standard headings', () => {
  let w: Watched;

  it('drafts seed 004 under its headings, in order, with E4, I9 and I16 carried', async () => {
    w = await openApp(browser(), PLAN_URL, { viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = w.page;
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    expect(await titles(page)).toEqual([
      'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
      'การให้บริการและระบบ E-Service',
      'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
      'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
      'กระบวนการควบคุมตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
      'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
    ]);
    for (const code of ['E4', 'I9', 'I16'])
      await page.getByLabel(`ข้อค้นพบของข้อ ${code}`, { exact: true }).waitFor();
    expect(await page.getByLabel('ข้อค้นพบของข้อ E8', { exact: true }).inputValue()).toMatch(
      /^ผู้รับบริการราวร้อยละ 21 /,
    );
    await saved(page);
    await screenshot(page, 'plan-headings-1440');
    expect(await seriousAxe(page)).toEqual([]);
  });

  it('adds the missing heading in its place and a constraint to a measure; both reach Word', async () => {
    const page = w.page;
    await page.getByLabel('หัวข้อประเด็นที่จะเพิ่ม').selectOption('h4');
    await page.getByRole('button', { name: '+ เพิ่มประเด็น' }).click();
    await expect.poll(() => titles(page)).toContain('กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ');
    expect((await titles(page))[3]).toBe('กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ');
    const measure = page.getByTestId('plan-issue').nth(1).getByTestId('plan-measure').first();
    await measure.getByTestId('measure-limitations').fill(LIMITATION);
    await saved(page);
    await measure.getByTestId('measure-limitations').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-measure-1440');
    const text = await docxText(page, /ดาวน์โหลด Word/);
    expect(text).toContain('(๔) กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ');
    expect(text).toContain(LIMITATION);
    expect(text).toContain('หลักฐานที่เผยแพร่');
    expect(text).toContain('ผู้เห็นชอบ');
  });

  it('keeps only the questions under 85, and undoes it', async () => {
    const page = w.page;
    await page.getByRole('button', { name: /^เหลือเฉพาะข้อที่ต่ำกว่า (85|๘๕) คะแนน$/ }).click();
    await expect.poll(() => page.getByLabel('ข้อค้นพบของข้อ I9', { exact: true }).count()).toBe(0);
    expect(await page.getByLabel('ข้อค้นพบของข้อ E4', { exact: true }).count()).toBe(0);
    expect(await page.getByLabel('ข้อค้นพบของข้อ E1', { exact: true }).count()).toBe(1);
    await page.locator('.undo-bar').getByRole('button', { name: 'เลิกทำ' }).click();
    await expect.poll(() => page.getByLabel('ข้อค้นพบของข้อ I9', { exact: true }).count()).toBe(1);
    await saved(page);
  });

  it('shows the editor on a phone without overflow', async () => {
    const page = w.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'plan-headings-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('the report: cover and memo parts, the memo in Word, at 1440 and 390 px', async () => {
    const page = w.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(new URL(REPORT_URL, page.url()).href);
    await page.getByTestId('report-options').waitFor();
    await page.getByLabel('มีหน้าปก').check();
    await page.getByLabel('มีบันทึกข้อความนำส่ง').check();
    await page.getByLabel('ส่วนราชการ', { exact: true }).fill('สำนักปลัด');
    await page.getByLabel('เรียน', { exact: true }).fill('นายกองค์การบริหารส่วนตำบลห้วยจรเข้');
    await screenshot(page, 'report-1440');
    const text = await docxText(page, /ดาวน์โหลด Word/);
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain('ส่วนราชการ  สำนักปลัด อบต.ห้วยจรเข้');
    expect(text).toContain('เรียน  นายกองค์การบริหารส่วนตำบลห้วยจรเข้');
    expect(text).toContain('ลำดับที่มาตรการ/กิจกรรมที่ดำเนินการ');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'report-390');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await seriousAxe(page)).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
