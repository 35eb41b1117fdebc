import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, ROOT, uploadFiles, useBrowser } from './browser';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', name));

describe('workspace export and import', () => {
  const browser = useBrowser();

  it('moves a dataset with its original file and the settings to a fresh browser(), exactly', async () => {
    const a = await openApp(browser());
    await uploadFiles(a.page, [
      { name: 'win874-thai-digits.csv', buffer: fixture('win874-thai-digits.csv') },
    ]);
    await a.page.getByTestId('dataset-view').getByText('เทศบาลทดสอบ').waitFor();
    await a.page.getByRole('button', { name: 'English' }).click();
    const downloading = a.page.waitForEvent('download');
    await a.page.getByRole('button', { name: 'Export the workspace (one file)' }).click();
    const first = readFileSync((await (await downloading).path()) as string, 'utf8');
    const doc = JSON.parse(first) as { format: string; datasets: unknown[]; local: Record<string, string> };
    expect(doc.format).toBe('ita-lens-workspace');
    expect(doc.datasets).toHaveLength(1);
    expect(doc.local['ita-lens:settings']).toContain('"en"');
    await a.context.close();

    // A browser that never saw the data.
    const b = await openApp(browser());
    expect(await b.page.getByText('เทศบาลทดสอบ').count()).toBe(0);
    await b.page
      .getByLabel('นำเข้าพื้นที่ทำงาน (.json)')
      .setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await b.page.getByRole('heading', { name: 'Data', level: 1 }).waitFor({ timeout: 20_000 });
    await b.page.getByText('win874-thai-digits.csv').first().waitFor();
    const downloading2 = b.page.waitForEvent('download');
    await b.page.getByRole('button', { name: 'Export the workspace (one file)' }).click();
    const second = readFileSync((await (await downloading2).path()) as string, 'utf8');
    const strip = (s: string) => s.replace(/"exportedAt":"[^"]*"/, '');
    expect(strip(second)).toBe(strip(first));
    expect(b.external).toEqual([]);
    await b.context.close();
  });
});
