/**
 * The plan editor fits a long plan: an outline of issues to jump to, issues that fold, the export bar in
 * view wherever the user is, and a live preview drawn from the same table as the Word export and the print.
 * Screenshots: test-results/plan-editor-*.png.
 */
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useBrowser } from './browser';

const HUAI = `ds=ex-huai-chorakhe-2566&org=${encodeURIComponent('name:อบต.ห้วยจรเข้')}&year=2566`;

const browser = useBrowser();

describe('plan editor', () => {
  it('outline, folding, sticky exports and a live preview of the document', async () => {
    const w = await openApp(browser(), `#/plan?${HUAI}`, {
      bypassCSP: true,
      viewport: { width: 1440, height: 900 },
    });
    const { page } = w;
    const issues = page.getByTestId('plan-issue');
    await issues.first().waitFor({ timeout: 60_000 });
    const count = await issues.count();
    expect(count).toBeGreaterThan(3);
    const height = () => page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
    const open = await height();

    // Fold every issue: the page is a fraction of its length, each issue a one-line summary.
    await page.getByRole('button', { name: 'ย่อทุกประเด็น' }).click();
    await page
      .getByTestId('issue-summary')
      .nth(count - 1)
      .waitFor();
    const folded = await height();
    console.log(`plan editor height: ${open} px open, ${folded} px folded (${count} issues)`);
    expect(folded).toBeLessThan(open / 3);
    const fold = page.getByRole('button', { name: 'ขยายประเด็นที่ 2' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await page.getByRole('button', { name: 'ย่อประเด็นที่ 2' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'ขยายทุกประเด็น' }).click();

    // Jump to the last issue from the outline: its heading takes the focus, below the sticky bar.
    const outline = page.getByTestId('plan-outline');
    await outline
      .getByRole('button')
      .nth(count - 1)
      .click();
    await page.waitForFunction((n) => document.activeElement?.textContent === `ประเด็นที่ ${n}`, count);
    const bar = page.getByTestId('export-bar');
    const barBox = await bar.boundingBox();
    const headBox = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    expect(barBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(barBox?.y ?? 99).toBeLessThan(2);
    expect(headBox).toBeGreaterThan((barBox?.y ?? 0) + (barBox?.height ?? 0));
    expect(await bar.getByRole('button', { name: /ดาวน์โหลด Word/ }).isVisible()).toBe(true);
    await screenshot(page, 'plan-editor-jump-1440');

    // The preview: the same rows and text as the printed document, and it follows an edit at once.
    await bar.getByRole('button', { name: 'ดูตัวอย่างเอกสาร' }).click();
    const preview = page.getByTestId('plan-preview-doc');
    await preview.waitFor();
    const cells = (id: string) =>
      page
        .getByTestId(id)
        .locator('tbody td')
        .evaluateAll((tds) => tds.map((td) => td.textContent));
    expect(await cells('plan-preview-doc')).toEqual(await cells('plan-print'));
    const title = issues.first().getByLabel('ชื่อประเด็น');
    await title.fill('ประเด็นทดสอบตัวอย่างเอกสาร');
    await preview.getByText('ประเด็นทดสอบตัวอย่างเอกสาร').waitFor();
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-editor-preview-1440');
    expect(w.errors).toEqual([]);
    await w.context.close();
  }, 180_000);
});
