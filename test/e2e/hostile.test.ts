/**
 * Hostile files (issue 9): HTML, `javascript:` URLs, ECharts rich text and templates, spreadsheet formulas
 * and prototype names in every text field of a data file, of a measures catalogue and typed into the plan
 * and report, driven through every view with the chart tooltips shown, and every export downloaded.
 * Nothing may run (the Content-Security-Policy is bypassed, so an injected handler WOULD fire a dialog),
 * nothing may turn into an element or a link, the text must show literally, exported CSV cells cannot run
 * as formulas and Word files hold the text escaped. The same walk carries a privacy marker: no request may
 * leave the origin, carry a body, or name the marker or the marker agency's scores. The tests run in order
 * on one page (the walk of a working group). Screenshots: test-results/hostile-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot } from './browser';
import {
  cspDirectives,
  csvExport,
  docxExport,
  download,
  expectInert as inert,
  expectTips,
  go as goTo,
  grid,
  hoverTips,
  openHostile,
  pageText,
  SAFE_NAME,
  steps,
  unescapeXml,
  type HostileSession,
  type Tip,
} from './hostile-checks';
import {
  CATALOGUE_FILE,
  DATA_FILE,
  EXTRA_HEADER,
  IMG,
  LATEST,
  MARKER,
  MARKER_SCORES,
  MEASURE_TITLE,
  ORGS,
  RICH,
  RICH_B,
  TPL,
} from './hostile-fixture';

/** What the working group types into the plan and the report. */
const TYPED = {
  issue: `=1+1 <script>alert('issue')</script> {name}`,
  title: `\t=cmd|' /C calc'!A0 ${IMG} ${RICH} {n}`,
  step: `-2+3 <a href="javascript:alert(1)">x</a> ${RICH_B}`,
  unit: `+SUM(1) ${TPL}`,
  evidence: `@SUM(1) ${IMG}`,
  finding: `@cmd ${IMG} ${RICH}`,
  done: `=HYPERLINK("javascript:alert(1)";"x") ${IMG}`,
  outcome: `-1-1 ${RICH_B} ${TPL}`,
};
const ESCAPED_IMG = '&lt;img src=x onerror=alert(1)&gt;';
const NAMES = ORGS.map((o) => o.name);

let browser: Browser;
let session: HostileSession;
let page: Page;
let ds = '';
const visited = new Set<string>();

beforeAll(async () => {
  browser = await launch();
  session = await openHostile(browser);
  ({ page, ds } = session);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

const go = (hash: string) => goTo(page, hash);
async function expectInert(view: string): Promise<void> {
  await inert(session.w, view);
  visited.add(view);
}

/** Exports with Arabic digits, so the typed text can be compared as typed. */
async function arabicDigits(): Promise<void> {
  const box = page.getByLabel(/ใช้ตัวเลขไทย/);
  if (await box.isChecked()) await box.uncheck();
}

describe('hostile files', () => {
  it('data page: catalogue, file, summary, agency list and validation report show the text as text', async () => {
    const view = page.getByTestId('dataset-view');
    // Every name, province and district literally, in the list as in the file.
    const links = await view.locator('.agency-link').allInnerTexts();
    expect(new Set(links)).toEqual(new Set(NAMES));
    const text = await pageText(page);
    for (const o of ORGS) expect(text).toContain(`${o.province} / ${o.district}`);
    expect(text).toContain(DATA_FILE);
    expect(text).toContain(CATALOGUE_FILE);
    expectTips(
      await hoverTips(page, view.locator('.echart').first(), grid(steps(0.1, 0.9, 8), [0.6])),
      'data',
    );
    await expectInert('data');
    await screenshot(page, 'hostile-data-1366');

    await view.getByRole('tab', { name: /รายงานการตรวจไฟล์/ }).click();
    await view.getByRole('heading', { name: 'ปัญหาที่พบ' }).waitFor();
    const report = await view.innerText();
    for (const s of [DATA_FILE, IMG, '=1+1', 'javascript:alert(1)', `@SUM(1+1) ${IMG}`, EXTRA_HEADER])
      expect(report).toContain(s);
    // The kept name is quoted in the warning as it is, not as markup.
    expect(report).toContain(`"${ORGS[0]?.name}"`);
    await expectInert('validation report');
    await view.getByTestId('problem-rows').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-problems-1366');

    const problems = await csvExport(
      page,
      view.getByRole('button', { name: /ดาวน์โหลดรายการปัญหา/ }),
      'problems CSV',
    );
    expect(problems).toContain("'=1+1");
    expect(problems).toContain(`'@SUM(1+1) ${IMG}`);
    expect(problems).toContain(DATA_FILE);
    const catalogue = await csvExport(
      page,
      page.getByRole('button', { name: 'ดาวน์โหลดคลังมาตรการ (CSV)' }),
      'catalogue CSV',
    );
    expect(catalogue).toContain(`'${MEASURE_TITLE('E10')}`);
    expect(catalogue).toContain(`'@SUM(1+1) ${TPL}`);
    await csvExport(page, page.getByRole('button', { name: 'ดาวน์โหลดแบบฟอร์ม' }), 'template CSV');
    const workspace = await download(page, page.getByRole('button', { name: /ส่งออกพื้นที่ทำงาน/ }));
    expect(workspace.name).toMatch(SAFE_NAME);
    expect(() => JSON.parse(workspace.bytes.toString('utf8')) as unknown).not.toThrow();
  });

  it('gap analysis: the name in the head, tooltips of the indicator chart, hostile measures as text', async () => {
    const h1 = ORGS[0]?.id ?? '';
    await go(`#/gap?${new URLSearchParams({ ds, org: h1, year: String(LATEST) })}`);
    await page.getByTestId('score-card').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ORGS[0]?.name);
    const tips = await hoverTips(page, page.locator('.gap-chart .echart'), grid([0.5], steps(0.15, 0.85, 6)));
    expectTips(tips, 'gap chart');
    await screenshot(page, 'hostile-gap-1366');
    await page.getByRole('tab', { name: /ข้อคำถาม/ }).click();
    await csvExport(page, page.getByRole('button', { name: 'ดาวน์โหลดตาราง (CSV)' }), 'questions CSV');
    await page.getByRole('tab', { name: 'ทั้งหมด (สำหรับพิมพ์)' }).click();
    await page.getByText(MEASURE_TITLE('O1'), { exact: false }).first().waitFor();
    await expectInert('gap');
  });

  it('plan and report: hostile measures and typed text stay text on screen, in CSV and in Word', async () => {
    const h1 = ORGS[0]?.id ?? '';
    await go(`#/plan?${new URLSearchParams({ ds, org: h1, year: String(LATEST) })}`);
    const issue = page.getByTestId('plan-issue').first();
    await issue.waitFor();
    const measure = issue.getByTestId('plan-measure').first();
    const title = measure.getByLabel('ชื่อมาตรการ/กิจกรรม');
    expect(await title.inputValue()).toMatch(
      /^=1\+1 <img src=x onerror=alert\(1\)> มาตรการ \w+ \{a\|x\} \{@name\}$/,
    );
    expect(await measure.getByLabel('ขั้นตอนที่ 1', { exact: true }).inputValue()).toBe(IMG);
    const code = (await issue.locator('.plan-question').first().innerText()).split(' ')[0] ?? '';
    await issue.getByLabel('ชื่อประเด็น').fill(TYPED.issue);
    await issue.getByLabel(`ข้อค้นพบของข้อ ${code}`).fill(TYPED.finding);
    await title.fill(TYPED.title);
    await measure.getByLabel('ขั้นตอนที่ 1', { exact: true }).fill(TYPED.step);
    await measure.getByLabel('หน่วยงานผู้รับผิดชอบ').fill(TYPED.unit);
    await measure.getByLabel('หลักฐานที่จะเผยแพร่').fill(TYPED.evidence);
    await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
    const text = await pageText(page);
    for (const s of [ORGS[0]?.name ?? '', TYPED.issue, TYPED.finding, TYPED.step, TYPED.unit, TYPED.evidence])
      expect(text).toContain(s);
    await expectInert('plan');
    await measure.scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-plan-1366');

    // Word writes Thai digits by default (user text included): still escaped, never markup.
    const thai = await docxExport(
      page,
      page.getByRole('button', { name: /ดาวน์โหลด Word/ }),
      'plan .docx (๑๒๓)',
    );
    expect(thai).toContain('&lt;img src=x onerror=alert(๑)&gt;');
    await arabicDigits();
    const planCsv = await csvExport(page, page.getByRole('button', { name: /ดาวน์โหลด CSV/ }), 'plan CSV');
    expect(planCsv).toContain(`'${TYPED.title}`);
    expect(planCsv).toContain(`'${TYPED.issue}`);
    expect(planCsv.some((c) => c.includes(ESCAPED_IMG))).toBe(false);
    const plan = await docxExport(page, page.getByRole('button', { name: /ดาวน์โหลด Word/ }), 'plan .docx');
    expect(plan).toContain(ESCAPED_IMG);
    expect(plan).toContain(RICH);
    const planText = unescapeXml(plan);
    // The Word table has the issue, findings, measures with steps, timeframe and unit (no evidence column).
    for (const s of [ORGS[0]?.name ?? '', TYPED.issue, TYPED.finding, TYPED.title, TYPED.step, TYPED.unit])
      expect(planText.includes(s), s).toBe(true);

    await page.getByRole('link', { name: /บันทึกผลการดำเนินการ/ }).click();
    const card = page.getByTestId('result-card').first();
    await card.waitFor();
    expect(await card.innerText()).toContain(TYPED.title.trim());
    await card.getByLabel('สถานะ').selectOption('done');
    await card.getByLabel(/สรุปผลการดำเนินการ/).fill(TYPED.done);
    await card.getByLabel('ผลลัพธ์หรือความสำเร็จ').fill(TYPED.outcome);
    await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
    await expectInert('report');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-report-1366');
    await arabicDigits();
    const reportCsv = await csvExport(page, page.getByRole('button', { name: /ดาวน์โหลด CSV/ }), 'report CSV');
    expect(reportCsv).toContain(`'${TYPED.done}`);
    expect(reportCsv).toContain(`'${TYPED.outcome}`);
    const reportRuns = await docxExport(
      page,
      page.getByRole('button', { name: /ดาวน์โหลด Word/ }),
      'report .docx',
    );
    expect(reportRuns).toContain(ESCAPED_IMG);
    const report = unescapeXml(reportRuns);
    for (const s of [TYPED.done, TYPED.outcome, ORGS[0]?.name ?? ''])
      expect(report.includes(s), s).toBe(true);
  });

  it('trends: picker and report show names as text; tooltips of all three charts render', async () => {
    await go(`#/trends?${new URLSearchParams({ ds })}`);
    await page.getByRole('heading', { name: 'เลือกหน่วยงาน' }).waitFor();
    const picker = await pageText(page);
    for (const n of NAMES) expect(picker).toContain(n);
    await expectInert('trends picker');
    await go(`#/trends?${new URLSearchParams({ ds, org: ORGS[0]?.id ?? '' })}`);
    await page.getByTestId('trends-report').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(ORGS[0]?.name);
    const across = grid(steps(0.1, 0.9, 8), [0.4]);
    for (const id of ['trend-overall', 'trend-tools', 'trend-heat'])
      expectTips(await hoverTips(page, page.getByTestId(id).locator('.echart'), across), id);
    await expectInert('trends');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hostile-trends-1366');
    await csvExport(page, page.getByRole('button', { name: 'ดาวน์โหลดตาราง CSV' }), 'trends CSV');
  });

  it('compare: side by side, peers, charts with their tooltips, rankings and filters on hostile names', async () => {
    await go(`#/compare?${new URLSearchParams({ ds, year: String(LATEST) })}`);
    await page.getByRole('button', { name: /เพิ่ม \d+ อันดับแรกในขอบเขต/ }).click();
    await page
      .getByTestId('chosen-list')
      .locator('li')
      .nth(ORGS.length - 1)
      .waitFor();
    // The choice lives in the URL, ids with `,` and `%` included: a reload keeps all five.
    await page.reload();
    await page.getByTestId('peer-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('chosen-list').locator('li').count()).toBe(ORGS.length);
    for (const id of ['chosen-list', 'side-table', 'peer-table']) {
      const shown = await page.getByTestId(id).innerText();
      for (const n of NAMES) expect(shown, id).toContain(n);
    }
    await page.waitForFunction(() => document.querySelectorAll('.echart:has(canvas)').length >= 4);
    const charts = page.getByTestId('compare-charts').locator('.echart');
    const named = (tips: Tip[]) => tips.some((t) => t.text.includes(IMG));
    const bars = await hoverTips(page, charts.nth(0), grid(steps(0.15, 0.85, 6), [0.4]), named);
    const radar = await hoverTips(page, charts.nth(1), grid([0.5, 0.42, 0.58], steps(0.05, 0.7, 60)), named);
    const heat = await hoverTips(page, charts.nth(2), grid(steps(0.2, 0.95, 6), steps(0.1, 0.7, 6)), named);
    const dist = await hoverTips(
      page,
      page.getByTestId('group-distribution').locator('.echart'),
      grid(steps(0.05, 0.95, 18), [0.7]),
      named,
    );
    for (const [what, tips] of Object.entries({ bars, radar, heat, dist })) {
      expectTips(tips, what);
      // The names in the tooltip literally, the rich-text markup not styled away.
      expect(named(tips), `${what}: ${tips.map((t) => t.text).join(' | ')}`).toBe(true);
      expect(
        tips.some((t) => t.text.includes(RICH)),
        what,
      ).toBe(true);
    }
    await expectInert('compare');
    await page.getByTestId('compare-charts').scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-compare-charts-1366');
    await page.getByTestId('side-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'hostile-compare-side-1366');

    await page.getByRole('tab', { name: 'จัดอันดับ' }).click();
    const table = page.getByTestId('ranking-table');
    await table.waitFor();
    const ranked = await table.innerText();
    for (const n of NAMES) expect(ranked).toContain(n);
    const ranking = await csvExport(page, page.getByRole('button', { name: /ดาวน์โหลด CSV/ }), 'ranking CSV');
    expect(ranking).toContain(`'${ORGS[1]?.name}`);
    expect(ranking).toContain(`'${ORGS[3]?.name}`);
    // Filters on prototype names and markup: each finds its one agency.
    for (const [label, value] of [
      ['จังหวัด', '__proto__'],
      ['ประเภทหน่วยงาน', '@SUM(1+1)'],
      ['จังหวัด', '<img src=x onerror=alert(5)>'],
    ] as const) {
      await page.getByLabel('จังหวัด', { exact: true }).selectOption('');
      await page.getByLabel('ประเภทหน่วยงาน', { exact: true }).selectOption('');
      await page.getByLabel(label, { exact: true }).selectOption(value);
      await page.getByTestId('rank-count').getByText('แสดง 1 จาก 1 หน่วยงาน').waitFor();
    }
    await page.getByLabel('จังหวัด', { exact: true }).selectOption('__proto__');
    await page.getByLabel('อำเภอ', { exact: true }).selectOption('constructor');
    await page.getByTestId('rank-count').getByText('แสดง 1 จาก 1 หน่วยงาน').waitFor();
    expect(await table.innerText()).toContain(ORGS[2]?.name);
    await expectInert('rankings');
    await screenshot(page, 'hostile-ranking-1366');
    await page.getByLabel('จังหวัด', { exact: true }).selectOption('');
    await page.getByRole('tab', { name: 'ข้อที่ฉุดกลุ่ม' }).click();
    await page.getByTestId('weak-questions').waitFor();
    await csvExport(page, page.getByRole('button', { name: 'ดาวน์โหลด CSV', exact: true }), 'weak CSV');
    await expectInert('weakest');
  });

  it('privacy: no request left the origin, carried a body, or named the file’s marker or scores', async () => {
    expect([...visited]).toEqual(
      expect.arrayContaining(['data', 'validation report', 'gap', 'plan', 'report', 'trends', 'compare']),
    );
    const origin = baseUrl();
    expect(session.sent.sent.length).toBeGreaterThan(0);
    const local = (url: string) =>
      url.startsWith(origin) ||
      url.startsWith(`blob:${origin.replace(/\/$/, '')}`) ||
      url.startsWith('data:');
    expect(session.sent.sent.filter((r) => !local(r.url)).map((r) => r.url)).toEqual([]);
    expect(session.sent.sent.filter((r) => r.body !== null || !['GET', 'HEAD'].includes(r.method))).toEqual(
      [],
    );
    expect(session.sent.sockets).toEqual([]);
    expect(session.w.external).toEqual([]);
    expect(session.w.dialogs).toEqual([]);
    expect(session.w.errors).toEqual([]);
    const marker = ORGS.find((o) => o.name.includes(MARKER)) as (typeof ORGS)[number];
    const needles = [
      MARKER,
      marker.name,
      encodeURIComponent(marker.name),
      new URLSearchParams({ q: marker.name }).toString().slice(2),
      ...MARKER_SCORES,
    ];
    // What is sent is the URL without its fragment (the view's state after `#` never leaves the browser).
    const leaks = session.sent.sent.flatMap((r) => {
      const url = r.url.split('#')[0] ?? '';
      return needles.filter((n) => url.includes(n)).map((n) => `${url} ⊃ ${n}`);
    });
    expect(leaks).toEqual([]);
  });

  it('the built page forbids inline scripts and connections to other origins', async () => {
    const html = await (await fetch(baseUrl())).text();
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const csp = cspDirectives(policy);
    expect(csp.get('script-src')).toBeDefined();
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});
