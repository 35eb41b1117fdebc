/** Language and digits: switched in one click, remembered across visits; the whole page follows. */
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useBrowser } from './browser';

const browser = useBrowser();

describe('settings', () => {
  it('switches to English and Thai digits, and remembers both', async () => {
    const w = await openApp(browser());
    expect(await w.page.locator('html').getAttribute('lang')).toBe('th');
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.page.getByRole('button', { name: 'English' }).click();
    await w.page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await w.page.locator('.rating').first().innerText()).toMatch(/^Good pass/);
    await screenshot(w.page, 'english-1366');
    await w.page.getByRole('button', { name: /Thai digits/ }).click();
    await w.page.getByTestId('dataset-view').getByText('๙๒.๖๙').waitFor();
    await w.page.reload();
    await w.page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await w.page.getByTestId('dataset-view').getByText('๙๒.๖๙').waitFor();
    await w.page.getByRole('button', { name: 'ไทย' }).click();
    await w.page.getByRole('button', { name: /ตัวเลขอารบิก/ }).click();
    await w.page.getByRole('heading', { level: 1, name: 'ข้อมูล' }).waitFor();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
