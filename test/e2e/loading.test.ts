/** Reading runs in a worker: the page stays responsive and the read can be cancelled. */
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, uploadFiles, useBrowser } from './browser';

const browser = useBrowser();

/** A large question file (~20 MB of Thai text): 4,000 agencies × 45 questions. */
function bigCsv(): Buffer {
  const lines = ['org_id,org_name,province,year,code,score'];
  for (let a = 0; a < 4000; a++) {
    const name = `หน่วยงานทดสอบที่ ${a}`;
    for (let q = 1; q <= 30; q++)
      lines.push(`X${a},${name},จังหวัดทดสอบ,2567,I${q},${(60 + ((a * 7 + q) % 40)).toFixed(2)}`);
    for (let q = 1; q <= 15; q++)
      lines.push(`X${a},${name},จังหวัดทดสอบ,2567,E${q},${(60 + ((a * 3 + q) % 40)).toFixed(2)}`);
  }
  return Buffer.from(lines.join('\n'));
}

describe('loading', () => {
  it('shows progress, keeps the page responsive, and cancels a read at once', async () => {
    const w = await openApp(browser());
    const buffer = bigCsv();
    await uploadFiles(w.page, [{ name: 'big.csv', buffer }]);
    const progress = w.page.getByTestId('load-progress');
    await progress.waitFor();
    await screenshot(w.page, 'loading-1366');
    // The main thread answers while the worker reads.
    const t0 = Date.now();
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - t0).toBeLessThan(1000);
    await w.page.getByRole('button', { name: 'ยกเลิกการอ่าน' }).click();
    await w.page.getByText('ยกเลิกการอ่านแล้ว').waitFor();
    // Read again, to the end this time.
    await w.page.getByRole('button', { name: 'อ่านอีกครั้ง' }).click();
    await w.page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    expect(await w.page.getByTestId('summary-stats').innerText()).toMatch(/4,000/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
