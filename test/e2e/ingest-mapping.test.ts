/**
 * Files read only in part (issue 14): a file whose agency column is not recognised leads to the mapping
 * step with that column proposed, and after mapping shows two agencies; a workbook made to expand to
 * 1.2 GB is refused with a clear message and the tab carries on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bombXlsx } from '../fixtures/bomb-xlsx';
import { openApp, ROOT, screenshot, uploadFiles, useBrowser } from './browser';

const browser = useBrowser();

const FIXTURE = 'c1-agency-column-unrecognised.csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('partly recognised files', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ])(
    'at %i px: the mapping step proposes the agency column; after mapping, two agencies',
    async (width, height) => {
      const w = await openApp(browser(), '', { viewport: { width, height } });
      const { page } = w;
      await uploadFiles(page, [
        { name: FIXTURE, buffer: readFileSync(join(ROOT, 'test/fixtures/ingest', FIXTURE)) },
      ]);
      const step = page.getByRole('region', { name: `ตรวจการจับคู่คอลัมน์: ${FIXTURE}` });
      await step.waitFor();
      await step.getByText('คอลัมน์ "หน่วยรับการประเมิน" มีค่าต่างกันแต่ละแถว').waitFor();
      const role = step.getByLabel('คอลัมน์ หน่วยรับการประเมิน คือ');
      expect(await role.inputValue()).toBe('org_name');
      // What was recognised is kept: the year, code and score columns.
      expect(await step.getByLabel('คอลัมน์ ปีงบประมาณ คือ').inputValue()).toBe('year');
      expect(await step.getByLabel('คอลัมน์ คะแนน คือ').inputValue()).toBe('score');
      await step.scrollIntoViewIfNeeded();
      await screenshot(page, `ingest-mapping-${width}`);
      await step.getByRole('button', { name: 'บันทึกการจับคู่และอ่านไฟล์ใหม่' }).click();
      const view = page.getByTestId('dataset-view');
      await view.locator('.agency-link', { hasText: 'เทศบาลตำบลตัวอย่าง' }).waitFor();
      const names = await view.locator('.agency-link').allInnerTexts();
      expect(names.sort()).toEqual(['เทศบาลตำบลตัวอย่าง', 'เทศบาลเมืองสะเตงนอก']);
      const overall = await view.getByTestId('overall').allInnerTexts();
      expect(overall.sort()).toEqual(['89.28', '92.69']);
      expect(await step.count()).toBe(0);
      await screenshot(page, `ingest-mapped-${width}`);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it('a year in the file name is proposed; once the user confirms it, the Windows-874 table of names gives 92.69', async () => {
    const w = await openApp(browser());
    const { page } = w;
    const name = 'c3-ita-2567-indicator-names.csv';
    await uploadFiles(page, [{ name, buffer: readFileSync(join(ROOT, 'test/fixtures/ingest', name)) }]);
    const proposal = page.getByTestId('year-proposal');
    await proposal.getByText(`ชื่อไฟล์ "${name}" มีปี พ.ศ. 2567`).waitFor();
    await screenshot(page, 'ingest-year-proposal');
    const view = page.getByTestId('dataset-view');
    expect(await view.getByTestId('overall').count()).toBe(0);
    await proposal.getByRole('button', { name: 'ใช้ปี 2567' }).click();
    await view.getByTestId('overall').filter({ hasText: '92.69' }).waitFor();
    expect(await proposal.count()).toBe(0);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a 1.2 MB workbook that expands to 1.2 GB is refused with a clear message; the tab carries on', async () => {
    const w = await openApp(browser());
    const { page } = w;
    await uploadFiles(page, [{ name: 'ผลคะแนน.xlsx', buffer: await bombXlsx(), mimeType: XLSX }]);
    const view = page.getByTestId('dataset-view');
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view
      .getByText(/ขยายออกได้เกิน/)
      .first()
      .waitFor({ timeout: 60_000 });
    await screenshot(page, 'ingest-bomb');
    // The page still answers and can open something else.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await uploadFiles(page, [
      { name: FIXTURE, buffer: readFileSync(join(ROOT, 'test/fixtures/ingest', FIXTURE)) },
    ]);
    await page.getByRole('region', { name: `ตรวจการจับคู่คอลัมน์: ${FIXTURE}` }).waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);
});
