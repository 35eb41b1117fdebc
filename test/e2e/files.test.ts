/** Excel workbooks (loaded on demand, a sheet picked) and the blank templates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SATENG_2567_INDICATORS } from '../fixtures/satengnok-2567';
import { openApp, uploadFiles, useBrowser } from './browser';
import { xlsx } from './xlsx-fixture';

const browser = useBrowser();

describe('files', () => {
  it('reads the sheet the user picks from an Excel workbook', async () => {
    const book = xlsx([
      { name: 'คำอธิบาย', rows: [['แผ่นนี้ไม่มีคะแนน']] },
      {
        name: 'คะแนน',
        rows: [
          ['รหัสหน่วยงาน', 'ชื่อหน่วยงาน', 'ปีงบประมาณ', 'ตัวชี้วัด', 'คะแนน'],
          ...SATENG_2567_INDICATORS.map(([c, s]) => ['X9', 'เทศบาลตำบลเอ็กเซล', 2567, c, s]),
        ],
      },
    ]);
    const w = await openApp(browser());
    const scripts = () => w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await scripts()).some((n) => /browser-.*\.js$/.test(n))).toBe(false);
    await uploadFiles(w.page, [
      {
        name: 'คะแนน.xlsx',
        buffer: book,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    ]);
    await w.page.getByText('เลือกแผ่นงาน (sheet) ที่มีคะแนน').waitFor();
    await w.page.getByLabel('แผ่นงานของ คะแนน.xlsx').selectOption({ label: 'คะแนน' });
    await w.page.getByRole('button', { name: 'อ่านไฟล์' }).click();
    const view = w.page.getByTestId('dataset-view');
    await view.getByText('92.69').waitFor();
    expect(await view.locator('.agency-link').first().innerText()).toBe('เทศบาลตำบลเอ็กเซล');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('downloads a blank template with a BOM and every code of the year', async () => {
    const w = await openApp(browser());
    await w.page.getByLabel('กรอบการประเมินปี').selectOption('2567');
    await w.page.getByLabel('ระดับ').selectOption('question');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'ดาวน์โหลดแบบฟอร์ม' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ita-template-2567-question.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFForg_id,org_name,year,code,description,score')).toBe(true);
    for (const code of ['I1', 'E15', 'O1']) expect(text).toMatch(new RegExp(`,2567,${code},`));
    await w.context.close();
  });
});
