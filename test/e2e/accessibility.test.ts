/**
 * Every view of the app, in the light and the dark theme, in Thai and in English: axe-core (its default
 * WCAG 2 A/AA rules, colour contrast included) finds no serious or critical violation, and every chart
 * names the table that holds its figures. Screenshots of the dark theme: test-results/a11y-dark-*.png.
 * The keyboard walk is in keyboard.test.ts, the old-store migration in migration.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartTables, runAxe } from './a11y';
import { openApp, ROOT, screenshot, uploadFiles, useBrowser, type Watched } from './browser';

const browser = useBrowser();

const HUAI = 'ex-huai-chorakhe-2566';
const HUAI_ORG = `org=${encodeURIComponent('name:อบต.ห้วยจรเข้')}&year=2566`;
const SATENG = `ds=ex-satengnok-2567&org=${encodeURIComponent('name:เทศบาลเมืองสะเตงนอก')}&year=2567`;
/** Synthetic agencies of the demo (deterministic): one below 85 with seven years, two more to compare. */
const DEMO_ORG = 'SYN01081';
const DEMO_ORGS = [DEMO_ORG, 'SYN00001', 'SYN00500'].join(',');

interface ViewCheck {
  /** Name in the failure messages (and the screenshot's, when `shot`). */
  name: string;
  /** Charts the view shows (at least). */
  charts?: number;
  /** Save a screenshot of the dark theme in Thai, with the element of this CSS selector scrolled to the top. */
  shot?: string;
}

/** Go to a view inside the loaded app (hash navigation keeps loaded data in memory). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function setLang(page: Page, lang: 'th' | 'en'): Promise<void> {
  await page.getByRole('button', { name: lang === 'th' ? 'ไทย' : 'English', exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * The checks of one view as it is now: its charts' tables, then axe in Thai and English × light and dark.
 * Returns what failed (empty when all is well); leaves the page in Thai and light.
 */
async function checkView(page: Page, view: ViewCheck): Promise<string[]> {
  const failed: string[] = [];
  if (view.charts) {
    await page.waitForFunction((n) => document.querySelectorAll('.echart canvas').length >= n, view.charts, {
      timeout: 20_000,
    });
  }
  const charts = await chartTables(page);
  if (charts.charts < (view.charts ?? 0))
    failed.push(`${view.name}: ${charts.charts} charts, expected ${view.charts}`);
  failed.push(...charts.problems.map((p) => `${view.name}: ${p}`));
  for (const lang of ['th', 'en'] as const) {
    await setLang(page, lang);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // Let colours settle (transitions) and the charts redraw in the theme.
      await page.waitForTimeout(250);
      const axe = await runAxe(page);
      failed.push(...axe.serious.map((v) => `${view.name} ${lang} ${scheme}: ${v}`));
      if (axe.contrastPassed === 0) failed.push(`${view.name} ${lang} ${scheme}: color-contrast did not run`);
      if (view.shot && lang === 'th' && scheme === 'dark') {
        await page
          .locator(view.shot)
          .first()
          .evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(400);
        await screenshot(page, `a11y-dark-${view.name}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await setLang(page, 'th');
  return failed;
}

function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
}

describe('accessibility of every view (axe, both themes, both languages; charts with their tables)', () => {
  it('data page: empty, a file with problems and its validation report, column mapping, an example', async () => {
    // The app's CSP forbids inline scripts: this context bypasses it to inject axe.
    const w = await openApp(browser(), '', { bypassCSP: true });
    const { page } = w;
    const failed = await checkView(page, { name: 'data-empty' });

    await uploadFiles(page, [
      { name: 'bad-rows.csv', buffer: readFileSync(join(ROOT, 'test', 'fixtures', 'bad-rows.csv')) },
    ]);
    const view = page.getByTestId('dataset-view');
    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor();
    await view.getByTestId('problem-rows').first().waitFor();
    failed.push(...(await checkView(page, { name: 'data-problems', shot: '[data-testid=file-reports]' })));

    const odd = 'หน่วย,ปีที่ประเมิน,ข้อวัด,ค่าที่ได้\nA1,2567,1,95.11\nA1,2567,2,94.96\n';
    await uploadFiles(page, [{ name: 'odd-headers.csv', buffer: Buffer.from(odd) }]);
    await view.getByText(/จับคู่คอลัมน์: odd-headers\.csv/).waitFor();
    failed.push(...(await checkView(page, { name: 'data-mapping' })));

    await go(page, '#/?ds=ex-satengnok-2567&tab=report');
    await page.getByTestId('file-reports').waitFor();
    failed.push(...(await checkView(page, { name: 'data-example-report' })));
    await page.getByRole('tab', { name: 'สรุปข้อมูล' }).click();
    await page.getByTestId('summary-stats').waitFor();
    failed.push(...(await checkView(page, { name: 'data-example-summary' })));
    expect(failed).toEqual([]);
    expectClean(w);
    await w.context.close();
  }, 180_000);

  it('the examples: gap (every section, a drill-down), measures plan, the catalogue, results report, lists', async () => {
    const w = await openApp(browser(), `#/gap?${SATENG}&tab=all&ind=8`, { bypassCSP: true });
    const { page } = w;
    await page.getByTestId('score-card').waitFor({ timeout: 30_000 });
    await page.getByTestId('drilldown').waitFor();
    const failed = await checkView(page, { name: 'gap-001', charts: 1 });

    await go(page, `#/gap?ds=${HUAI}&${HUAI_ORG}&tab=all`);
    await page.getByTestId('question-table').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'gap-004', charts: 1 })));

    await go(page, `#/plan?ds=${HUAI}&${HUAI_ORG}`);
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
    failed.push(...(await checkView(page, { name: 'plan', shot: '[data-testid=plan-issue]' })));
    await page
      .getByRole('button', { name: /เพิ่มมาตรการจากคลังมาตรการ/ })
      .first()
      .click();
    await page.getByTestId('catalogue-item').first().waitFor();
    failed.push(...(await checkView(page, { name: 'plan-catalogue' })));
    await page.getByRole('button', { name: 'ปิดคลังมาตรการ' }).click();

    await go(page, `#/plan?ds=${HUAI}`);
    await page.getByTestId('saved-plan').first().waitFor();
    failed.push(...(await checkView(page, { name: 'plan-list' })));

    await go(page, `#/report?ds=${HUAI}&${HUAI_ORG}`);
    await page.getByTestId('result-card').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('result-card').first().getByLabel('สถานะ').selectOption('done');
    failed.push(...(await checkView(page, { name: 'report', shot: '[data-testid=result-card]' })));

    await go(page, `#/report?ds=${HUAI}`);
    await page
      .getByTestId('report-plans')
      .getByText(/อบต\.ห้วยจรเข้/)
      .waitFor();
    failed.push(...(await checkView(page, { name: 'report-list' })));
    expect(failed).toEqual([]);
    expectClean(w);
    await w.context.close();
  }, 240_000);

  it('the national demo: summary, gap, trends, compare side by side with peers, rankings, weakest', async () => {
    const w = await openApp(browser(), '#/?ds=demo', { bypassCSP: true });
    const { page } = w;
    await page.getByTestId('summary-stats').waitFor({ timeout: 60_000 });
    const failed = await checkView(page, { name: 'data-demo', charts: 1 });

    await go(page, '#/gap?ds=demo');
    await page.getByTestId('gap-agencies').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'gap-picker' })));
    await go(page, `#/gap?ds=demo&org=${DEMO_ORG}&year=2567&tab=all`);
    await page.getByTestId('path-steps').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'gap-demo', charts: 1, shot: '.gap-chart' })));

    await go(page, '#/trends?ds=demo');
    await page.getByRole('heading', { name: 'เลือกหน่วยงาน' }).waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'trends-picker' })));
    await go(page, `#/trends?ds=demo&org=${DEMO_ORG}`);
    await page.getByTestId('trend-yoy').waitFor({ timeout: 30_000 });
    failed.push(
      ...(await checkView(page, { name: 'trends', charts: 3, shot: '[data-testid=trend-overall]' })),
    );

    await go(page, '#/compare?ds=demo');
    await page.getByLabel('ค้นหาหน่วยงาน').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'compare-empty' })));
    await go(page, `#/compare?ds=demo&orgs=${DEMO_ORGS}`);
    await page.getByTestId('peer-table').waitFor({ timeout: 30_000 });
    failed.push(
      ...(await checkView(page, { name: 'compare', charts: 4, shot: '[data-testid=compare-charts]' })),
    );
    await go(page, '#/compare?ds=demo&tab=rank');
    await page.getByTestId('ranking-table').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'compare-rank', shot: '[data-testid=ranking-table]' })));
    await go(page, '#/compare?ds=demo&tab=weak');
    await page.getByTestId('weak-questions').waitFor({ timeout: 30_000 });
    failed.push(...(await checkView(page, { name: 'compare-weak' })));
    expect(failed).toEqual([]);
    expectClean(w);
    await w.context.close();
  }, 300_000);
});
