import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser';

const CSV = [
  'id,code,years,title_th,title_en,steps_th,steps_en,unit_th,unit_en,timeframe,evidence_th,evidence_en,effort',
  'MY-E10,E10,2566-2568,ตั้งศูนย์รับแจ้งเหตุทุจริตตลอด 24 ชั่วโมง,Open a 24-hour corruption hotline,1. จัดเวร,1. Roster,สำนักปลัด,Office,Q1,ประกาศศูนย์,Notice,2',
  'BAD,E99,2566,x,x,x,x,x,x,Q1,x,x,9',
].join('\n');

describe('the measures catalogue on the data page', () => {
  const browser = useBrowser();

  it('loads a user catalogue, lists its bad rows, keeps it across a reload, and can drop it', async () => {
    const w = await openApp(browser());
    const panel = w.page.getByTestId('catalogue-panel');
    await panel.getByText(/300 มาตรการ/).waitFor();
    await panel
      .getByLabel('โหลดคลังมาตรการของหน่วยงาน (CSV)')
      .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await panel.getByText('ใช้คลังมาตรการจากไฟล์ mine.csv').waitFor();
    await panel
      .getByText(/^แถว 3/)
      .first()
      .waitFor();
    await panel.getByText(/301 มาตรการ/).waitFor();
    await w.page.reload();
    await w.page.getByTestId('catalogue-panel').getByText('ใช้คลังมาตรการจากไฟล์ mine.csv').waitFor();
    const download = w.page.waitForEvent('download');
    await w.page.getByRole('button', { name: 'ดาวน์โหลดคลังมาตรการ (CSV)' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toContain('MY-E10');
    // The gap view suggests the user's measure for E10 and names the catalogues they come from.
    const org = encodeURIComponent('name:อบต.ห้วยจรเข้');
    await w.page.goto(
      `${w.page.url().split('#')[0]}#/gap?ds=ex-huai-chorakhe-2566&org=${org}&year=2566&tab=measures`,
    );
    const measures = w.page.getByTestId('measures');
    await measures.getByText('ตั้งศูนย์รับแจ้งเหตุทุจริตตลอด 24 ชั่วโมง').first().waitFor({ timeout: 30_000 });
    expect(await measures.innerText()).toContain('ที่มากับ ITA Lens และที่เพิ่มจาก mine.csv');
    await w.page.goto(`${w.page.url().split('#')[0]}#/`);
    await w.page.getByRole('button', { name: 'เลิกใช้คลังของหน่วยงาน' }).click();
    await w.page
      .getByTestId('catalogue-panel')
      .getByText(/300 มาตรการ/)
      .waitFor();
    expect(w.external).toEqual([]);
    await w.context.close();
  });
});
