/**
 * Documents on the data page, in Chromium against the built site: seed 001's results text pasted into the
 * paste box gives 92.69 and ผ่านดี after the confirm step; a PDF that Chromium prints here from a Thai plan
 * table is read in the worker (PDF.js loaded then) with every value beside its page and line. Screenshots
 * of the paste box and the confirm step at 1440 and 390 px, Thai and English (test-results/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planHtml } from '../fixtures/documents/pdf-sources';
import { runAxe } from './a11y';
import { openApp, ROOT, screenshot, uploadFiles, useBrowser } from './browser';

const browser = useBrowser();

/** Seed 001's results paragraph and indicator table, as a PDF viewer's copy gives them. */
function seed001Table(): string {
  const lines = readFileSync(
    join(ROOT, 'test/fixtures/documents/seed-001-satengnok-results-2567.txt'),
    'utf8',
  )
    .replace(/\r\n?/g, '\n')
    .split('\n');
  return lines.slice(34, 49).join('\n');
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('the paste box and the confirm step', () => {
  it.each([1440, 390])(
    'pastes seed 001’s table, confirms, and shows 92.69 and ผ่านดี (%i px)',
    async (width) => {
      const w = await openApp(browser(), '', { viewport: { width, height: 900 }, bypassCSP: true });
      const page = w.page;
      const panel = page.getByTestId('document-panel');
      await panel.getByLabel('ข้อความที่คัดลอกจากไฟล์ PDF').fill(seed001Table());
      await panel.scrollIntoViewIfNeeded();
      if (width === 1440) await screenshot(page, 'pdf-paste-1440-th');
      await panel.getByRole('button', { name: 'อ่านข้อความ' }).click();
      // The confirm step: every value beside its line; agency and year proposed from the sentence.
      await panel.getByRole('heading', { name: /ตรวจค่าที่อ่านได้จาก/ }).waitFor({ timeout: 30_000 });
      const values = panel.locator('table.reading-values tbody tr');
      expect(await values.count()).toBe(11);
      expect(await values.first().innerText()).toMatch(/บรรทัด 1/);
      expect(await panel.getByLabel('ชื่อหน่วยงาน').inputValue()).toBe('เทศบาลเมืองสะเตงนอก');
      expect(await panel.getByLabel('ปีงบประมาณ (พ.ศ.)').inputValue()).toBe('2567');
      // The check runs the confirmed values through ingest: the official overall and its rating.
      const overall = panel.getByTestId('reading-overall');
      await overall.waitFor({ timeout: 30_000 });
      expect(await overall.innerText()).toMatch(/92\.69.*ผ่านดี/);
      if (width === 1440) await screenshot(page, 'pdf-confirm-1440-th');
      await overall.scrollIntoViewIfNeeded();
      await screenshot(page, `pdf-check-${width}-th`);
      const axe = await runAxe(page);
      expect(axe.serious).toEqual([]);
      await panel.getByRole('button', { name: 'ใช้ค่าเหล่านี้' }).click();
      const view = page.getByTestId('dataset-view');
      await view.getByText('92.69').first().waitFor({ timeout: 30_000 });
      await view.getByText('ผ่านดี').first().waitFor();
      await view.scrollIntoViewIfNeeded();
      await screenshot(page, `pdf-result-${width}-th`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(w.errors).toEqual([]);
      expect(w.external).toEqual([]);
      await w.context.close();
    },
  );

  it('keeps an edit across a reload, and a changed score changes the check', async () => {
    const w = await openApp(browser(), '', { viewport: { width: 1440, height: 900 } });
    const page = w.page;
    const panel = page.getByTestId('document-panel');
    await panel.getByLabel('ข้อความที่คัดลอกจากไฟล์ PDF').fill(seed001Table());
    await panel.getByRole('button', { name: 'อ่านข้อความ' }).click();
    await panel.getByTestId('reading-overall').waitFor({ timeout: 30_000 });
    // The published overall stays the official figure; drop it, and the computed one follows the edit.
    await panel.getByRole('checkbox', { name: 'ใช้ค่า คะแนนรวม' }).uncheck();
    await panel.getByLabel('คะแนน 9', { exact: true }).fill('70.00');
    await page.waitForFunction(
      () => /8[0-9]\.\d\d/.test(document.querySelector('[data-testid=reading-overall]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(await panel.getByTestId('reading-overall').innerText()).toMatch(/88\.69/);
    await page.reload();
    await panel.getByRole('heading', { name: /ตรวจค่าที่อ่านได้จาก/ }).waitFor({ timeout: 30_000 });
    expect(await panel.getByLabel('คะแนน 9', { exact: true }).inputValue()).toBe('70.00');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('reads a PDF printed here from a Thai plan table: each value beside its page and line', async () => {
    // Chromium prints the plan (Thai digits, wrapped cells, a score on the line after "คะแนน").
    const printer = await browser().newPage();
    await printer.setContent(planHtml(), { waitUntil: 'load' });
    await printer.evaluate(() => document.fonts.ready);
    const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true });
    await printer.close();
    const w = await openApp(browser(), '', { viewport: { width: 1440, height: 900 } });
    const page = w.page;
    const pdfRequests: string[] = [];
    page.on('request', (r) => {
      if (/pdf(\.worker)?-[\w-]+\.js$/.test(r.url())) pdfRequests.push(r.url());
    });
    // Dropped on the file box like any file: the document reader takes it.
    await uploadFiles(page, [{ name: 'plan.pdf', buffer: pdf, mimeType: 'application/pdf' }]);
    const panel = page.getByTestId('document-panel');
    await panel.getByRole('heading', { name: /ตรวจค่าที่อ่านได้จาก plan\.pdf/ }).waitFor({ timeout: 45_000 });
    expect(pdfRequests.length).toBeGreaterThan(0);
    const row = panel.locator('tr').filter({ has: page.getByLabel('คะแนน E10', { exact: true }) });
    expect(await row.innerText()).toMatch(/หน้า 1 บรรทัด \d+–\d+/);
    expect(await row.getByLabel('คะแนน E10').inputValue()).toBe('๖๖.๐๐');
    expect(await row.getByLabel('ร้อยละเชิงลบ E10').inputValue()).toBe('๓๔.๐๔');
    // The finding about E6 and E7 is listed; the user places it on E6.
    const unplaced = panel.locator('.reading-unplaced');
    const select = unplaced.getByLabel(/ร้อยละ ๔\.๒๖ เป็นร้อยละเชิงลบของข้อ/);
    const e6 = await select.locator('option', { hasText: /^E6 / }).getAttribute('value');
    await select.selectOption(e6 ?? '');
    await unplaced.getByRole('button', { name: 'ใช้กับข้อนี้' }).click();
    expect(await panel.getByLabel('ร้อยละเชิงลบ E6').inputValue()).toBe('๔.๒๖');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
  it('says why a damaged PDF cannot be read, beside the paste box, with the pasted text kept', async () => {
    const w = await openApp(browser(), '', { viewport: { width: 1440, height: 900 } });
    const page = w.page;
    const panel = page.getByTestId('document-panel');
    await panel.getByLabel('ข้อความที่คัดลอกจากไฟล์ PDF').fill('ข้อความที่พิมพ์ไว้');
    await panel.getByLabel('เลือกไฟล์ PDF หรือไฟล์ข้อความ').setInputFiles({
      name: 'broken.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> broken'),
    });
    await panel.getByText(/อ่าน broken\.pdf ไม่ได้: อ่านไฟล์ PDF นี้ไม่ได้/).waitFor({ timeout: 45_000 });
    expect(await panel.getByLabel('ข้อความที่คัดลอกจากไฟล์ PDF').inputValue()).toBe('ข้อความที่พิมพ์ไว้');
    expect(await panel.locator('table.reading-values').count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('screenshots of the confirm step', () => {
  for (const { width, lang } of [
    { width: 390, lang: 'th' },
    { width: 1440, lang: 'en' },
    { width: 390, lang: 'en' },
  ] as const) {
    it(`fits ${width} px in ${lang === 'th' ? 'Thai' : 'English'}`, async () => {
      const w = await openApp(browser(), '', { viewport: { width, height: 860 } });
      const page = w.page;
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const panel = page.getByTestId('document-panel');
      await panel
        .locator('textarea')
        .fill(
          readFileSync(join(ROOT, 'test/fixtures/documents/seed-004-huai-chorakhe-plan-2566.txt'), 'utf8'),
        );
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, `pdf-paste-${width}-${lang}`);
      await panel.getByRole('button', { name: lang === 'th' ? 'อ่านข้อความ' : 'Read the text' }).click();
      await panel.locator('table.reading-values').waitFor({ timeout: 30_000 });
      await panel.locator('.reading-check p').first().waitFor();
      await panel.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
      await screenshot(page, `pdf-confirm-${width}-${lang}`);
      await panel.locator('.reading-unplaced').scrollIntoViewIfNeeded();
      await screenshot(page, `pdf-unplaced-${width}-${lang}`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});
