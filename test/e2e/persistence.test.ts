/** Loaded data survive a reload; a failing browser store is reported and never blocks the app. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, ROOT, uploadFiles, useBrowser } from './browser';
import { putRecord } from './storage-helpers';

const browser = useBrowser();

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', name));

describe('persistence', () => {
  it('keeps uploaded files across a reload, and removes a dataset for good', async () => {
    const w = await openApp(browser());
    await uploadFiles(w.page, [
      { name: 'win874-thai-digits.csv', buffer: fixture('win874-thai-digits.csv') },
    ]);
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.page.reload();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    expect(await w.page.getByTestId('dataset-item').count()).toBe(1);
    // A fresh visit (no dataset in the URL) still lists it.
    await w.page.goto(baseUrl());
    await w.page.getByTestId('dataset-item').waitFor();
    await w.page.getByRole('button', { name: /ลบ — ชุดข้อมูล win874/ }).click();
    await w.page.getByText('ยังไม่มีชุดข้อมูล').waitFor();
    await w.page.reload();
    await w.page.getByText('ยังไม่มีชุดข้อมูล').waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('restores the view from a shared link, even in a browser that never opened the data', async () => {
    const w = await openApp(browser(), '#/?ds=ex-satengnok-2567&tab=report');
    const view = w.page.getByTestId('dataset-view');
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/, selected: true }).waitFor();
    await view.getByTestId('file-reports').waitFor();
    await view.getByRole('tab', { name: 'สรุปข้อมูล' }).click();
    await view.getByText('92.69').waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('reports a browser store that cannot be opened, and keeps working in memory', async () => {
    const breakIdb = `
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() { return { open() { throw new DOMException('denied by test', 'SecurityError'); } }; },
      });`;
    const w = await openApp(browser(), '', { initScript: breakIdb });
    const banner = w.page.getByTestId('storage-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/ไม่อนุญาตให้บันทึกข้อมูล/);
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.context.close();
  });

  it('skips a damaged saved record, says so, and keeps the good ones', async () => {
    const w = await openApp(browser());
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await putRecord(w.page, 'datasets', { id: 'broken', v: 1, source: { kind: 'files', files: 'nope' } });
    await w.page.reload();
    await w.page
      .getByTestId('storage-banner')
      .getByText(/ข้อมูลที่บันทึกไว้บางส่วนเสียหาย/)
      .waitFor();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.context.close();
  });
});
