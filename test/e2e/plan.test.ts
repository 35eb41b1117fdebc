/**
 * Measures plan and results report: the seed-004 example (อบต.ห้วยจรเข้, ITA 2566) drafted into a plan,
 * edited, reordered, reloaded, exported to Word and CSV; results recorded and reloaded; the browser store
 * upgraded from version 1, a damaged or full store reported while the app keeps working.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, screenshot, SHOTS, useBrowser, type Watched } from './browser';
import { seriousAxe } from './a11y';
import { putRecord } from './storage-helpers';

const browser = useBrowser();

const EXAMPLE = 'ex-huai-chorakhe-2566';
const PLAN_URL = `#/plan?ds=${EXAMPLE}&org=${encodeURIComponent('name:อบต.ห้วยจรเข้')}&year=2566`;
const NEW_TITLE = 'เปิดช่องทางร้องเรียนการทุจริตทางไลน์ทางการของ อบต. (แก้ไขโดยคณะทำงาน)';
const NEW_STEP = 'ติดป้ายคิวอาร์โค้ดช่องทางร้องเรียนที่ศาลาประชาคมทุกหมู่บ้าน';
const DONE_TEXT = 'ติดป้ายช่องทางร้องเรียนครบ ๑๒ หมู่บ้านแล้ว';

async function saved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
}

async function download(page: Page, button: RegExp): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await d.path();
  return { d, bytes: readFileSync(path) };
}

function docxXml(bytes: Buffer): { xml: string; files: string[] } {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  return { xml, files: Object.keys(files) };
}

/** Text of a .docx's body with the XML tags removed (runs of one cell may be split). */
const plainText = (xml: string) => xml.replace(/<[^>]+>/g, '');

/** Nothing of the view is wider than the screen (the app's header is the shell's, checked elsewhere). */
async function noOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const main = document.getElementById('main') as HTMLElement;
    let worst = main.scrollWidth - main.clientWidth;
    for (const el of main.querySelectorAll('*'))
      worst = Math.max(worst, el.getBoundingClientRect().right - window.innerWidth);
    return worst;
  });
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('measures plan and results report', () => {
  let w: Watched;

  it('drafts the seed-004 plan under the standard headings: the first on E1–E4 with the 4.26% finding and a service-steps measure', async () => {
    w = await openApp(browser(), '', { bypassCSP: true });
    const page = w.page;
    await page.getByRole('button', { name: /เปิด.*ห้วยจรเข้/ }).click();
    await page.getByTestId('dataset-view').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'แผนมาตรการ' }).click();
    await page.getByRole('heading', { level: 1, name: 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส' }).waitFor();
    await page.getByTestId('saved-plans').getByText('ยังไม่มีแผน').waitFor();
    await page.getByRole('link', { name: /ร่างแผนปี 2567: อบต\.ห้วยจรเข้/ }).click();

    const first = page.getByTestId('plan-issue').first();
    await first.waitFor();
    expect(await page.getByTestId('plan-org').innerText()).toContain('อบต.ห้วยจรเข้');
    expect(await page.getByTestId('plan-org').innerText()).toContain('2567');
    expect(await first.getByLabel('ชื่อประเด็น').inputValue()).toBe('กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    await expect
      .poll(() => first.locator('.plan-question').first().innerText())
      .toMatch(/^E1 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด.*74\.62/s);
    const finding = first.getByLabel('ข้อค้นพบของข้อ E1');
    expect(await finding.inputValue()).toMatch(/ร้อยละ 4\.26 .*ขั้นตอน/);
    const m1 = first.getByTestId('plan-measure').first();
    const title = await m1.getByLabel('ชื่อมาตรการ/กิจกรรม').inputValue();
    expect(title).toMatch(/แผนผังขั้นตอน/);
    await saved(page);
    expect(await seriousAxe(page)).toEqual([]);
  });

  it('edits a title and a step, adds a catalogue measure, reorders, and keeps it all over a reload', async () => {
    const page = w.page;
    const first = page.getByTestId('plan-issue').first();
    const m1 = first.getByTestId('plan-measure').first();
    await m1.getByLabel('ชื่อมาตรการ/กิจกรรม').fill(NEW_TITLE);
    await m1.getByLabel('ขั้นตอนที่ 1', { exact: true }).fill(NEW_STEP);
    // Enter adds the next step and moves there; the new step is typed into at once.
    await m1.getByLabel('ขั้นตอนที่ 1', { exact: true }).press('Enter');
    await page.keyboard.type('ขั้นตอนใหม่ที่พิมพ์ต่อ');
    expect(await m1.getByLabel('ขั้นตอนที่ 2', { exact: true }).inputValue()).toBe('ขั้นตอนใหม่ที่พิมพ์ต่อ');

    const before = await first.getByTestId('plan-measure').count();
    await first.getByRole('button', { name: /เพิ่มมาตรการจากคลังมาตรการ/ }).click();
    const search = first.getByLabel('ค้นหาด้วยรหัสข้อหรือคำ');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('E10');
    const items = first.getByTestId('catalogue-item');
    await items.first().waitFor();
    // A measure for E10 that is not in the plan yet.
    const fresh = items.filter({ hasNotText: 'อยู่ในแผนแล้ว' }).first();
    const freshTitle = (await fresh.locator('.catalogue-title').innerText()).replace(/^E10\s*/, '').trim();
    await fresh.getByRole('button', { name: /^เพิ่มมาตรการ:/ }).click();
    await expect.poll(() => first.getByTestId('plan-measure').count()).toBe(before + 1);
    await first.getByRole('button', { name: 'ปิดคลังมาตรการ' }).click();
    const last = first.getByTestId('plan-measure').nth(before);
    expect(await last.getByLabel('ชื่อมาตรการ/กิจกรรม').inputValue()).toBe(freshTitle);

    // Reorder from the keyboard: the new measure up one place (focus stays on the arrow), issue 2 up.
    await last.getByRole('button', { name: `เลื่อนมาตรการ 1.${before + 1} ขึ้น` }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        first
          .getByTestId('plan-measure')
          .nth(before - 1)
          .getByLabel('ชื่อมาตรการ/กิจกรรม')
          .inputValue(),
      )
      .toBe(freshTitle);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe(`เลื่อนมาตรการ 1.${before} ขึ้น`);
    const issue2Title = await page.getByTestId('plan-issue').nth(1).getByLabel('ชื่อประเด็น').inputValue();
    await page.getByRole('button', { name: 'เลื่อนประเด็นที่ 2 ขึ้น' }).click();
    await expect
      .poll(() => page.getByTestId('plan-issue').first().getByLabel('ชื่อประเด็น').inputValue())
      .toBe(issue2Title);
    await page.getByRole('button', { name: 'เลื่อนประเด็นที่ 1 ลง' }).click();
    await saved(page);

    await page.reload();
    const again = page.getByTestId('plan-issue').first();
    await again.waitFor();
    const measures = again.getByTestId('plan-measure');
    expect(await measures.first().getByLabel('ชื่อมาตรการ/กิจกรรม').inputValue()).toBe(NEW_TITLE);
    expect(await measures.first().getByLabel('ขั้นตอนที่ 1', { exact: true }).inputValue()).toBe(NEW_STEP);
    expect(await measures.first().getByLabel('ขั้นตอนที่ 2', { exact: true }).inputValue()).toBe(
      'ขั้นตอนใหม่ที่พิมพ์ต่อ',
    );
    expect(await measures.count()).toBe(before + 1);
    expect(
      await measures
        .nth(before - 1)
        .getByLabel('ชื่อมาตรการ/กิจกรรม')
        .inputValue(),
    ).toBe(freshTitle);
    expect(await again.getByLabel('ข้อค้นพบของข้อ E1').inputValue()).toMatch(/4\.26/);
    expect(w.errors).toEqual([]);
  });

  it('exports the plan to Word (Sarabun embedded, the edited text in the table) and CSV', async () => {
    const page = w.page;
    const { d, bytes } = await download(page, /ดาวน์โหลด Word/);
    expect(d.suggestedFilename()).toMatch(/^มาตรการ-ITA-อบต\.ห้วยจรเข้-2567\.docx$/);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, 'plan-export.docx'), bytes);
    const { xml, files } = docxXml(bytes);
    const text = plainText(xml);
    expect(text).toContain(NEW_TITLE);
    expect(text).toContain(NEW_STEP);
    // Thai digits by default, as the seeds write them.
    expect(text).toContain('ร้อยละ\u00A0๓๔.๐๔');
    expect(text).toContain('ข้อคำถาม ITA');
    expect(text).toContain('ขั้นตอน/วิธีการปฏิบัติ');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(files.some((f) => /^word\/fonts\/.+\.odttf$/.test(f))).toBe(true);

    // Arabic digits and Thai months when asked.
    await page.getByLabel('ใช้ตัวเลขไทย').uncheck();
    await page.getByLabel('เขียนระยะเวลาเป็น').selectOption('months');
    const csv = (await download(page, /ดาวน์โหลด CSV/)).bytes.toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(NEW_TITLE);
    expect(csv).toContain('ร้อยละ 34.04');
    expect(csv).toMatch(/ต\.ค\. 2566 – /);
    expect(page.url()).toContain('tf=months');
  });

  it('prints the plan table on A4 landscape, and looks right on a laptop and a phone', async () => {
    const page = w.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'plan-1366');
    await page.getByTestId('plan-issue').first().getByTestId('plan-measure').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-measure-1366');
    await page
      .getByRole('button', { name: /เพิ่มมาตรการจากคลังมาตรการ/ })
      .first()
      .click();
    await page.getByTestId('catalogue-item').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-catalogue-1366');
    await page.getByRole('button', { name: 'ปิดคลังมาตรการ' }).click();
    await noOverflow(page);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('plan-print').isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'plan-print');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(SHOTS, 'plan-print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'plan-390');
    await page.getByTestId('plan-measure').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-measure-390');
    await noOverflow(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('records a result in the report, keeps it over a reload and exports it', async () => {
    const page = w.page;
    await page.getByRole('link', { name: /บันทึกผลการดำเนินการ/ }).click();
    await page.getByRole('heading', { level: 1, name: /รายงานผลการดำเนินการ/ }).waitFor();
    const card = page.getByTestId('result-card').first();
    expect(await card.innerText()).toContain(NEW_TITLE);
    await card.getByLabel('สถานะ').selectOption('done');
    await card.getByLabel('สรุปผลการดำเนินการ').fill(DONE_TEXT);
    await card.getByLabel('ผลลัพธ์หรือความสำเร็จ').fill('ผู้รับบริการรู้จักช่องทางมากขึ้น');
    await card.getByLabel('วันที่เริ่ม (พ.ศ.)').fill('1/10/2566');
    await card.getByLabel('วันที่เสร็จ (พ.ศ.)').fill('31 มี.ค. 2567');
    await card.getByText('คือวันที่ 31 มี.ค. 2567').waitFor();
    await card.getByLabel('วันที่เสร็จ (พ.ศ.)').blur();
    const progress = page.getByTestId('report-progress');
    await expect.poll(() => progress.innerText()).toMatch(/ดำเนินการแล้ว 1 จาก/);
    await saved(page);
    expect(await seriousAxe(page)).toEqual([]);

    await page.reload();
    const again = page.getByTestId('result-card').first();
    await again.waitFor();
    expect(await again.getByLabel('สถานะ').inputValue()).toBe('done');
    expect(await again.getByLabel('สรุปผลการดำเนินการ').inputValue()).toBe(DONE_TEXT);
    expect(await again.getByLabel('วันที่เริ่ม (พ.ศ.)').inputValue()).toBe('1/10/2566');
    expect(await again.getByLabel('วันที่เสร็จ (พ.ศ.)').inputValue()).toBe('31/3/2567');
    await expect.poll(() => page.getByTestId('report-progress').innerText()).toMatch(/ดำเนินการแล้ว 1 จาก/);

    const { d, bytes } = await download(page, /ดาวน์โหลด Word/);
    expect(d.suggestedFilename()).toMatch(/^รายงานผล-มาตรการ-ITA-อบต\.ห้วยจรเข้-2567\.docx$/);
    writeFileSync(join(SHOTS, 'report-export.docx'), bytes);
    const text = plainText(docxXml(bytes).xml);
    expect(text).toContain(DONE_TEXT);
    expect(text).toContain('ดำเนินการแล้ว');
    expect(text).toContain('สรุปผลการดำเนินการตามมาตรการ');
    expect(text).toContain('๓๑\u00A0มี.ค.\u00A0๒๕๖๗');
    const csv = (await download(page, /ดาวน์โหลด CSV/)).bytes.toString('utf8');
    expect(csv).toContain(DONE_TEXT);

    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'report-1366');
    await again.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-card-1366');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'report-print');
    writeFileSync(
      join(SHOTS, 'report-print.pdf'),
      await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    );
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'report-390');
    await page.getByTestId('result-card').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'report-card-390');
    await noOverflow(page);
    expect(w.errors).toEqual([]);
  });

  it('lists the saved plan, opens it by link and deletes it only after confirmation', async () => {
    const page = w.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}#/plan`);
    const item = page.getByTestId('saved-plan');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    await screenshot(page, 'plan-list-1366');
    await page.goto(`${baseUrl()}${PLAN_URL}`);
    await page.getByTestId('plan-issue').first().waitFor();
    const firstTitle = () =>
      page.getByTestId('plan-measure').first().getByLabel('ชื่อมาตรการ/กิจกรรม').inputValue();
    expect(await firstTitle()).toBe(NEW_TITLE);

    // Removing a measure can be undone.
    await page.getByRole('button', { name: 'ลบมาตรการ 1.1' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'ลบมาตรการ' })
      .getByRole('button', { name: 'เลิกทำ' })
      .click();
    await expect.poll(firstTitle).toBe(NEW_TITLE);

    // Redrafting asks first, then drops the edits.
    await page.getByRole('button', { name: 'เริ่มร่างใหม่จากผลการประเมิน' }).click();
    await page.getByRole('button', { name: 'ยกเลิก' }).click();
    expect(await firstTitle()).toBe(NEW_TITLE);
    await page.getByRole('button', { name: 'เริ่มร่างใหม่จากผลการประเมิน' }).click();
    await page.getByRole('button', { name: 'ร่างใหม่', exact: true }).click();
    await expect.poll(firstTitle).toMatch(/แผนผังขั้นตอน/);
    await saved(page);
    await page.goto(`${baseUrl()}#/plan`);
    await page.getByRole('button', { name: /ลบแผน อบต\.ห้วยจรเข้/ }).click();
    await page.getByRole('button', { name: 'ยกเลิก' }).click();
    expect(await item.count()).toBe(1);
    await page.getByRole('button', { name: /ลบแผน อบต\.ห้วยจรเข้/ }).click();
    await page.getByRole('button', { name: 'ลบแผน', exact: true }).click();
    await page.getByText('ยังไม่มีแผน').waitFor();
    await page.reload();
    await page.getByText('ยังไม่มีแผน').waitFor();
    expect(w.dialogs).toEqual([]);
    expect(w.external).toEqual([]);
    await w.context.close();
  });
});

describe('plan storage', () => {
  it('upgrades a version-1 store: the saved dataset stays, and plans are saved beside it', async () => {
    // A fresh browser profile; the store is written as version 1 of the app left it, from a page of the
    // same origin that is not the app (so the app has not opened it yet).
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl()}favicon.svg`);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('ita-lens', 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('datasets', { keyPath: 'id' });
            db.createObjectStore('mappings', { keyPath: 'signature' });
          };
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction(['datasets', 'mappings'], 'readwrite');
            tx.objectStore('datasets').put({
              v: 1,
              id: 'ex-huai-chorakhe-2566',
              label: 'อบต.ห้วยจรเข้ ปีงบประมาณ 2566',
              source: { kind: 'example', example: 'huai-chorakhe-2566' },
              options: { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
              mappings: {},
              addedAt: 1,
            });
            tx.objectStore('mappings').put({ signature: 'a|b', mapping: { 0: 'org_name' }, savedAt: 1 });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('write failed'));
          };
          req.onerror = () => reject(new Error('open failed'));
        }),
    );
    await page.goto(`${baseUrl()}${PLAN_URL}`);
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await saved(page);
    const stores = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; datasets: number; mappings: number; plans: number }>(
          (resolve) => {
            const req = indexedDB.open('ita-lens');
            req.onsuccess = () => {
              const db = req.result;
              const tx = db.transaction(['datasets', 'mappings', 'plans'], 'readonly');
              const count = (s: string) =>
                new Promise<number>((r) => {
                  const c = tx.objectStore(s).count();
                  c.onsuccess = () => r(c.result);
                });
              void Promise.all([count('datasets'), count('mappings'), count('plans')]).then(([d, m, p]) => {
                resolve({
                  version: db.version,
                  stores: [...db.objectStoreNames],
                  datasets: d,
                  mappings: m,
                  plans: p,
                });
                db.close();
              });
            };
          },
        ),
    );
    expect(stores).toEqual({
      version: 3,
      stores: ['aside', 'datasets', 'mappings', 'plans', 'reports'],
      datasets: 1,
      mappings: 1,
      plans: 1,
    });
    await page.goto(baseUrl());
    await page.getByTestId('dataset-item').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips a damaged plan record and says so; the good plans still open', async () => {
    const w1 = await openApp(browser(), PLAN_URL);
    const page = w1.page;
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await saved(page);
    await putRecord(page, 'plans', {
      v: 1,
      id: 'broken|2567',
      plan: { id: 'broken|2567', issues: 'x' },
    });
    await page.goto(`${baseUrl()}#/plan`);
    await page.reload();
    await page
      .getByTestId('storage-banner')
      .getByText(/ข้อมูลที่บันทึกไว้บางส่วนเสียหาย/)
      .waitFor();
    expect(await page.getByTestId('saved-plan').count()).toBe(1);
    await page
      .getByTestId('saved-plan')
      .getByRole('link', { name: /อบต\.ห้วยจรเข้/ })
      .click();
    await page.getByTestId('plan-issue').first().waitFor();
    await w1.context.close();
  });

  it('reports a full store and keeps editing in memory', async () => {
    const full = `
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'plans' || this.name === 'reports')
          throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
        return put.apply(this, args);
      };`;
    const w2 = await openApp(browser(), PLAN_URL, { initScript: full });
    const page = w2.page;
    const first = page.getByTestId('plan-issue').first();
    await first.waitFor({ timeout: 30_000 });
    await page
      .getByTestId('storage-banner')
      .getByText(/พื้นที่บันทึกของเบราว์เซอร์เต็ม/)
      .waitFor();
    await page.locator('[data-testid=save-status][data-status=unsaved]').waitFor();
    const title = first.getByTestId('plan-measure').first().getByLabel('ชื่อมาตรการ/กิจกรรม');
    await title.fill('ยังแก้ไขได้แม้บันทึกไม่ได้');
    expect(await title.inputValue()).toBe('ยังแก้ไขได้แม้บันทึกไม่ได้');
    // The Word export still works: what is in memory can be saved as a file.
    const { bytes } = await download(page, /ดาวน์โหลด Word/);
    expect(plainText(docxXml(bytes).xml)).toContain('ยังแก้ไขได้แม้บันทึกไม่ได้');
    await w2.context.close();
  });
});
