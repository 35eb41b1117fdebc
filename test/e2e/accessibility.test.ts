/** axe-core finds no serious or critical violation on the data page, empty or loaded, in both languages. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function serious(page: Page): Promise<string[]> {
  // The app's CSP forbids inline scripts, so this context bypasses it to inject axe.
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility', () => {
  it('has no serious or critical axe violations on the start page and a loaded dataset', async () => {
    const w = await openApp(browser, '', { bypassCSP: true });
    expect(await serious(w.page)).toEqual([]);
    await w.page.getByRole('button', { name: /เปิด.*ข้อมูลสังเคราะห์/ }).click();
    await w.page.getByTestId('summary-stats').waitFor({ timeout: 45_000 });
    expect(await serious(w.page)).toEqual([]);
    await w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ }).click();
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.page.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await w.page.getByRole('button', { name: 'English' }).click();
    expect(await serious(w.page)).toEqual([]);
    await w.context.close();
  });

  it('can be used from the keyboard: tab to the example, open it, move between tabs with arrows', async () => {
    const w = await openApp(browser);
    const example = w.page.getByRole('button', { name: /เปิด.*เทศบาลเมืองสะเตงนอก/ });
    for (let i = 0; i < 20 && !(await example.evaluate((el) => el === document.activeElement)); i++)
      await w.page.keyboard.press('Tab');
    expect(await example.evaluate((el) => el === document.activeElement)).toBe(true);
    await w.page.keyboard.press('Enter');
    await w.page.getByTestId('dataset-view').getByText('92.69').waitFor();
    await w.page.getByRole('tab', { name: 'สรุปข้อมูล' }).focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.getByRole('tab', { name: /รายงานการตรวจไฟล์/, selected: true }).waitFor();
    expect(w.page.url()).toContain('tab=report');
    await w.context.close();
  });
});
