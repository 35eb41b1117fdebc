/**
 * Gap → path: the safety margin and what the path aims at (เทศบาลเมืองสะเตงนอก 2567 → ผ่านดีเยี่ยม, seed
 * 001), the margin control in the URL, a typed margin out of range saying why, the running tools per
 * step, the cap box's visible label, and the notice when the target is reached but the margin is not.
 */
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useBrowser } from './browser';

const SATENG = `ds=ex-satengnok-2567&org=${encodeURIComponent('name:เทศบาลเมืองสะเตงนอก')}&year=2567`;

const browser = useBrowser();

describe('path to a target with a safety margin', () => {
  it('shows the margin, keeps it in the URL, explains a bad one and a margin out of reach', async () => {
    const w = await openApp(browser(), `#/gap?${SATENG}&tab=path&target=excellent`, { bypassCSP: true });
    const { page } = w;
    const steps = page.getByTestId('path-steps');
    await steps.waitFor({ timeout: 60_000 });
    const aim = page.getByTestId('path-aim');
    expect(await aim.innerText()).toBe('ตั้งเป้าเผื่อไว้ 0.50: คะแนนรวม 95.50 และทุกแบบวัด 95.50');
    // Running tools after each step; the last reaches 95.50 on all three.
    expect(await steps.locator('thead').innerText()).toContain('แบบวัดสะสม (IIT / EIT / OIT)');
    expect(await steps.locator('tbody tr').last().locator('.gap-path-tools').innerText()).toBe(
      '95.50 / 95.50 / 95.50',
    );
    expect(await steps.locator('tbody tr').first().getByText('ค่าสูงสุด', { exact: true }).isVisible()).toBe(
      true,
    );
    await screenshot(page, 'path-margin-1366');

    // No margin: the URL says so and the path aims exactly at the line.
    await page.getByTestId('path-margin').selectOption('0');
    await page.waitForFunction(() => location.hash.includes('margin=0'));
    await aim.getByText(/^ตั้งเป้าที่เส้นพอดี: คะแนนรวม 95\.00 และทุกแบบวัด 95\.00/).waitFor();

    // A typed margin out of range says why and changes nothing.
    await page.getByTestId('path-margin').selectOption('__other');
    const custom = page.getByTestId('path-margin-custom');
    await custom.fill('7');
    await custom.press('Enter');
    await page.getByText('ระยะเผื่อต้องเป็นตัวเลขตั้งแต่ 0 ถึง 5 คะแนน จึงยังใช้ค่าเดิม').waitFor();
    expect(await custom.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('margin=0');

    // A target near 100: reached, but the margin cannot be kept — said so.
    await page.evaluate((s) => {
      location.hash = `#/gap?${s}&tab=path&target=99.8&margin=1`;
    }, SATENG);
    await page.getByTestId('path-margin-unmet').waitFor();
    // The control follows the URL: 1 point chosen, no stale typed value.
    expect(await page.getByTestId('path-margin').inputValue()).toBe('1');
    expect(await page.getByTestId('path-margin-custom').count()).toBe(0);
    expect(await page.getByTestId('path-margin-unmet').innerText()).toContain('เผื่อ 1.00 คะแนนไม่ได้');
    await screenshot(page, 'path-margin-unmet-1366');
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 120_000);
});
