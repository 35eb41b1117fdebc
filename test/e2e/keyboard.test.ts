/**
 * Keyboard only, in the light and the dark theme: from the start page to an example's gap analysis, on to
 * the agency's measures plan, and a Word and a CSV export — with Tab, Shift+Tab, Enter, Space and the
 * arrow keys, never the mouse. At every step the focus is on an element on screen with a ring of at least
 * 3:1 contrast, and a navigation never drops it on <body>.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusState } from './a11y';
import { openApp, useBrowser } from './browser';

const browser = useBrowser();

/** The accessible name of the focused element as a user hears it (aria-label, else its text). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

/** Everything wrong with the focus seen on the walk (checked at the end, all at once). */
let problems: string[] = [];

async function checkFocus(page: Page, step: string): Promise<void> {
  const f = await focusState(page);
  if (f.lost) problems.push(`${step}: focus lost to <body>`);
  else {
    if (!f.ring) problems.push(`${step}: ${f.what} has no visible focus ring`);
    else if (f.contrast < 3) problems.push(`${step}: ${f.what} ring contrast ${f.contrast.toFixed(2)} < 3`);
    if (!f.onScreen) problems.push(`${step}: ${f.what} is not on screen`);
  }
}

/** Press Tab (or Shift+Tab) until the focused element's name matches; every stop on the way is checked. */
async function tabTo(page: Page, name: RegExp, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (opts.max ?? 40); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    await checkFocus(page, `Tab to ${name.source} (${now || 'body'})`);
    if (name.test(now)) return;
    seen.push(now || '<body>');
  }
  throw new Error(
    `never reached ${name} with ${opts.back ? 'Shift+Tab' : 'Tab'}; passed: ${seen.join(' | ')}`,
  );
}

/** After a navigation: the focus settles on the new view's heading (or where the view put it), not on <body>. */
async function landed(page: Page, where: RegExp): Promise<void> {
  await expect
    .poll(() => focusedName(page), { timeout: 5_000, message: `focus after navigating to ${where.source}` })
    .toMatch(where);
  await checkFocus(page, `landed on ${where.source}`);
}

describe('keyboard only', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`start page → example → gap analysis → measures plan → Word and CSV (${scheme})`, async () => {
      problems = [];
      const w = await openApp(browser(), '', { colorScheme: scheme });
      const { page } = w;

      // The data page: Tab through the header to the example, open it with Enter.
      await tabTo(page, /^เปิด อบต\.ห้วยจรเข้/);
      await page.keyboard.press('Enter');
      await page.getByRole('tab', { name: 'สรุปข้อมูล' }).waitFor();
      await landed(page, /^อบต\.ห้วยจรเข้ ปีงบประมาณ 2566$/);

      // Its tabs move with the arrow keys (and are in the URL); Shift+Tab goes back the same way.
      await tabTo(page, /^สรุปข้อมูล$/);
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tab', { name: /รายงานการตรวจไฟล์/, selected: true }).waitFor();
      expect(page.url()).toContain('tab=report');
      await checkFocus(page, 'ArrowRight to the report tab');
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('tab', { name: 'สรุปข้อมูล', selected: true }).waitFor();
      await tabTo(page, /^อบต\.ห้วยจรเข้$/);
      await tabTo(page, /^สรุปข้อมูล$/, { back: true });
      await tabTo(page, /^อบต\.ห้วยจรเข้$/);

      // The agency's link opens the gap analysis; the focus moves to its heading.
      await page.keyboard.press('Enter');
      await page.getByTestId('score-card').waitFor();
      expect(page.url()).toContain('#/gap?ds=ex-huai-chorakhe-2566');
      await landed(page, /^อบต\.ห้วยจรเข้$/);
      // The questions tab from the keyboard, then back up to the plan link with Shift+Tab.
      await tabTo(page, /^ตัวชี้วัด$/);
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('question-table').waitFor();
      expect(page.url()).toContain('tab=questions');
      await checkFocus(page, 'ArrowRight to the questions tab');
      await tabTo(page, /^แผนมาตรการปี 2567$/, { back: true });

      // The measures plan, drafted from the analysis; its exports with Enter and Space.
      await page.keyboard.press('Enter');
      await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
      expect(page.url()).toContain('#/plan?ds=ex-huai-chorakhe-2566');
      await landed(page, /^แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส/);

      await tabTo(page, /^ดาวน์โหลด Word/, { max: 60 });
      const [docx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(docx.suggestedFilename()).toMatch(/^มาตรการ-ITA-อบต\.ห้วยจรเข้-2567\.docx$/);
      expect(
        readFileSync(await docx.path())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      await checkFocus(page, 'after the Word export');
      await tabTo(page, /^ดาวน์โหลด CSV$/);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      expect(readFileSync(await csv.path(), 'utf8')).toMatch(/^\uFEFFประเด็นที่,ประเด็น,ข้อคำถาม ITA,/);
      await checkFocus(page, 'after the CSV export');

      expect(problems).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    }, 120_000);
  }
});
