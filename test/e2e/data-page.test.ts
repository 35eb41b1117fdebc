/** The data page: one-click data, the user's own files, what was read and every problem. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, ROOT, screenshot, uploadFiles, useBrowser, type Watched } from './browser';

const browser = useBrowser();

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', name));
const example = (name: string) => readFileSync(join(ROOT, 'data', 'examples', name));

/** Nothing a test should ever see: script errors, dialogs, requests leaving our origin. */
function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.external).toEqual([]);
}

describe('data page', () => {
  it('opens the real example of seed 001 in one click, with its source', async () => {
    const w = await openApp(browser());
    await screenshot(w.page, 'start-1366');
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    const view = w.page.getByTestId('dataset-view');
    await view.getByText('92.69').waitFor();
    expect(await view.locator('.rating').first().innerText()).toMatch(/^ผ่านดี/);
    expect(await view.getByText(/ที่มา: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส/).count()).toBe(1);
    await screenshot(w.page, 'example-001-1366');
    expectClean(w);
    await w.context.close();
  });

  it('opens the synthetic national demo, labelled as synthetic, and lists every agency-year', async () => {
    const w = await openApp(browser());
    await w.page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
    const view = w.page.getByTestId('dataset-view');
    await view.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    expect(await view.getByText(/ข้อมูลสังเคราะห์: หน่วยงานและคะแนนเป็นของสมมติ/).count()).toBe(1);
    const stats = await view.getByTestId('summary-stats').innerText();
    expect(stats).toMatch(/2562–2568/);
    // The list is virtualised: tens of thousands of rows, only a screenful in the DOM.
    expect(await view.locator('.vtable-body [role=row]').count()).toBeLessThan(80);
    await view.getByText(/แสดง [\d,]+ จาก [\d,]+ รายการ/).waitFor();
    await screenshot(w.page, 'demo-1366');
    // Search is tolerant of spaces: the first agency's name typed with spaces inside still finds it.
    const first = await view.locator('.agency-link').first().innerText();
    await view.getByLabel('ค้นหาหน่วยงาน').fill(` ${first.slice(0, 4)} ${first.slice(4)} `);
    await view.locator('.agency-link', { hasText: first }).first().waitFor();
    expect(w.page.url()).toContain('q=');
    expectClean(w);
    await w.context.close();
  });

  it("reads seed 001's own file once the agency and year are given: 92.69, ผ่านดี", async () => {
    const w = await openApp(browser());
    await uploadFiles(w.page, [
      { name: 'satengnok-2567-indicators.csv', buffer: example('satengnok-2567-indicators.csv') },
    ]);
    const view = w.page.getByTestId('dataset-view');
    await view.getByText(/ไม่มีคอลัมน์ปีงบประมาณหรือชื่อหน่วยงาน/).waitFor();
    await screenshot(w.page, 'options-needed-1366');
    await view.getByLabel('ชื่อหน่วยงาน').fill('เทศบาลเมืองสะเตงนอก');
    await view.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('๒๕๖๗');
    await view.getByRole('button', { name: 'อ่านไฟล์ใหม่' }).click();
    await view.getByText('92.69').waitFor();
    expect(await view.locator('.rating').first().innerText()).toMatch(/^ผ่านดี/);
    expect(await view.locator('.agency-link').first().innerText()).toBe('เทศบาลเมืองสะเตงนอก');
    expectClean(w);
    await w.context.close();
  });

  it('reads a Windows-874 file with Thai digits and says which encoding it found', async () => {
    const w = await openApp(browser());
    await uploadFiles(w.page, [
      { name: 'win874-thai-digits.csv', buffer: fixture('win874-thai-digits.csv') },
    ]);
    const view = w.page.getByTestId('dataset-view');
    await view.getByText('เทศบาลทดสอบ').waitFor();
    expect(await view.getByText('92.69').count()).toBe(1);
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    const files = await view.getByTestId('file-reports').innerText();
    expect(files).toContain('Windows-874');
    expect(files).toMatch(/win874-thai-digits\.csv/);
    expectClean(w);
    await w.context.close();
  });

  it('reads several files dropped at once as one dataset', async () => {
    const w = await openApp(browser());
    const files = [
      { name: 'win874-thai-digits.csv', b64: fixture('win874-thai-digits.csv').toString('base64') },
      { name: 'bad-rows.csv', b64: fixture('bad-rows.csv').toString('base64') },
    ];
    const dataTransfer = await w.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: 'text/csv' }));
      }
      return dt;
    }, files);
    await w.page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
    const view = w.page.getByTestId('dataset-view');
    await view.getByText('เทศบาลทดสอบ').waitFor();
    await view.getByText('หน่วยงานตัวอย่าง').waitFor();
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view.getByTestId('file-reports').locator('tbody tr').nth(1).waitFor();
    expect(await view.getByTestId('file-reports').locator('tbody tr').count()).toBe(2);
    await view.getByLabel('ไฟล์', { exact: true }).selectOption('win874-thai-digits.csv');
    await view.getByText('ไม่มีปัญหาที่ตรงกับตัวกรอง').waitFor();
    expectClean(w);
    await w.context.close();
  });

  it('lists the problems of a file with bad rows by row, with filters and a CSV download', async () => {
    const w = await openApp(browser());
    await uploadFiles(w.page, [{ name: 'bad-rows.csv', buffer: fixture('bad-rows.csv') }]);
    const view = w.page.getByTestId('dataset-view');
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor();
    const rows = await view.getByTestId('problem-rows').allInnerTexts();
    expect(rows.join(' | ')).toMatch(/12/);
    for (const r of ['13', '14', '15', '16', '17']) expect(rows).toContain(r);
    expect(await view.getByText('1O5').count()).toBe(1);
    // Kept values per file.
    const files = await view.getByTestId('file-reports').innerText();
    expect(files).toMatch(/bad-rows\.csv/);
    expect(files).toMatch(/\b10\b/);
    await screenshot(w.page, 'problems-1366');
    // Filter: errors only, then search.
    await view.getByLabel('ระดับ').selectOption('info');
    await w.page.waitForFunction(() => document.querySelectorAll('[data-testid=problem-rows]').length === 1);
    expect(w.page.url()).toContain('sev=info');
    await view.getByLabel('ระดับ').selectOption('');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      view.getByRole('button', { name: /ดาวน์โหลดรายการปัญหา/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/problems\.csv$/);
    expectClean(w);
    await w.context.close();
  });

  it('renders names like <img src=x onerror=alert(1)> as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const csv = [
      'org_id,org_name,province,year,code,score',
      ...Array.from({ length: 10 }, (_, i) => `"${evil}","${evil}","${evil}",2567,${i + 1},90`),
      `"${evil}","${evil}","${evil}",2567,E1,"${evil}"`,
    ].join('\n');
    const w = await openApp(browser());
    await uploadFiles(w.page, [{ name: `${evil}.csv`, buffer: Buffer.from(csv) }]);
    const view = w.page.getByTestId('dataset-view');
    await view.locator('.agency-link', { hasText: evil }).waitFor();
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor();
    expect(await view.getByText(evil, { exact: true }).count()).toBeGreaterThan(0);
    expect(await w.page.locator('img').count()).toBe(0);
    await w.page.waitForTimeout(300);
    expectClean(w);
    await w.context.close();
  });

  it('maps the columns of a file it does not recognise, and remembers the mapping', async () => {
    const csv = 'หน่วย,ปีที่ประเมิน,ข้อวัด,ค่าที่ได้\nA1,2567,1,95.11\nA1,2567,2,94.96\n';
    const w = await openApp(browser());
    await uploadFiles(w.page, [{ name: 'odd-headers.csv', buffer: Buffer.from(csv) }]);
    const view = w.page.getByTestId('dataset-view');
    await view.getByText(/จับคู่คอลัมน์: odd-headers\.csv/).waitFor();
    await screenshot(w.page, 'mapping-1366');
    await view.getByLabel('คอลัมน์ หน่วย คือ').selectOption('org_name');
    await view.getByLabel('คอลัมน์ ปีที่ประเมิน คือ').selectOption('year');
    await view.getByLabel('คอลัมน์ ข้อวัด คือ').selectOption('code');
    await view.getByLabel('คอลัมน์ ค่าที่ได้ คือ').selectOption('score');
    await view.getByRole('button', { name: 'บันทึกการจับคู่และอ่านไฟล์ใหม่' }).click();
    await view.locator('.agency-link', { hasText: 'A1' }).waitFor();
    // A second file with the same headers is read with the remembered mapping at once.
    await uploadFiles(w.page, [{ name: 'odd-headers-2.csv', buffer: Buffer.from(csv.replace(/A1/g, 'B2')) }]);
    await view.locator('.agency-link', { hasText: 'B2' }).waitFor();
    expect(await view.getByText(/จับคู่คอลัมน์/).count()).toBe(0);
    expectClean(w);
    await w.context.close();
  });

  it('links each agency-year to its gap analysis', async () => {
    const w = await openApp(browser());
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await w.page.getByRole('link', { name: 'เทศบาลเมืองสะเตงนอก' }).click();
    await w.page.getByTestId('score-card').waitFor();
    expect(w.page.url()).toMatch(/#\/gap\?ds=ex-satengnok-2567&org=name%3A.+&year=2567/);
    expect(await w.page.getByTestId('overall').textContent()).toContain('92.69');
    expectClean(w);
    await w.context.close();
  });
});
