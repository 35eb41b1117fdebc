/**
 * Hostile files (issue 9), the other ways in: an Excel workbook with hostile sheet names and cells, a file
 * whose hostile headers the user maps by hand, and shared links whose view parameters are hostile. Each
 * shows its text as text, with no element, link, dialog or script error made of it (the Content-Security-
 * Policy is bypassed, so an injected handler WOULD run). Screenshot: test-results/hostile-mapping-1366.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot, uploadFiles } from './browser';
import { expectInert, go, openHostile, pageText, type HostileSession } from './hostile-checks';
import { IMG, JS, LATEST, ORGS, RICH, RICH_B, TPL } from './hostile-fixture';
import { xlsx } from './xlsx-fixture';

let browser: Browser;
let session: HostileSession;
let page: Page;
let ds = '';

beforeAll(async () => {
  browser = await launch();
  session = await openHostile(browser);
  ({ page, ds } = session);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('hostile files: workbooks, column mapping, links', () => {
  it('an Excel workbook: hostile sheet name, file name and cells are shown as text', async () => {
    const sheet = `${IMG}${RICH}`;
    const name = `${IMG}.xlsx`;
    const org = { id: 'X6', name: `=HYPERLINK("javascript:alert(6)";"x") ${RICH_B}`, province: TPL };
    const book = xlsx([
      { name: 'อ่านก่อน', rows: [['แผ่นนี้ไม่มีคะแนน']] },
      {
        name: sheet,
        rows: [
          ['org_id', 'org_name', 'province', 'year', 'code', 'score'],
          ...Array.from({ length: 10 }, (_, i) => [org.id, org.name, org.province, LATEST, i + 1, 80 + i]),
        ],
      },
    ]);
    await go(page, `#/`);
    await uploadFiles(page, [
      { name, buffer: book, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    ]);
    await page.getByText('เลือกแผ่นงาน (sheet) ที่มีคะแนน').waitFor();
    await expectInert(session.w, 'sheet picker');
    await page.getByLabel(`แผ่นงานของ ${name}`).selectOption({ label: sheet });
    await page.getByRole('button', { name: 'อ่านไฟล์' }).click();
    const view = page.getByTestId('dataset-view');
    expect(await view.locator('.agency-link', { hasText: org.name }).innerText()).toBe(org.name);
    expect(await pageText(page)).toContain(name);
    await expectInert(session.w, 'xlsx');
  });

  it('column mapping: headers the app does not know, hostile, are offered and mapped as text', async () => {
    const headers = [IMG, JS, `${RICH}${TPL}`, '=1+1'];
    const org = `${RICH_B} mapped`;
    const rows = Array.from({ length: 10 }, (_, i) => [org, LATEST, i + 1, 81 + i].join(','));
    const name = `${JS}.csv`;
    await uploadFiles(page, [{ name, buffer: Buffer.from([headers.join(','), ...rows].join('\n')) }]);
    const view = page.getByTestId('dataset-view');
    await view.getByText(`จับคู่คอลัมน์: ${name}`).waitFor();
    await expectInert(session.w, 'column mapping');
    await screenshot(page, 'hostile-mapping-1366');
    const roles = ['org_name', 'year', 'code', 'score'];
    for (const [i, h] of headers.entries())
      await view.getByLabel(`คอลัมน์ ${h} คือ`).selectOption(roles[i] ?? '');
    await view.getByRole('button', { name: 'บันทึกการจับคู่และอ่านไฟล์ใหม่' }).click();
    expect(await view.locator('.agency-link', { hasText: org }).innerText()).toBe(org);
    await expectInert(session.w, 'mapped');
  });

  it('hostile links: view parameters full of markup show messages, never markup or errors', async () => {
    // Markup, rich text and what a search might wrongly take for a regular expression.
    const h = `${IMG}${RICH}[*+?\\`;
    const links: Record<string, string>[] = [
      { '': '/', ds, q: h, year: h, sort: h, tab: h, sev: h, file: h },
      { '': '/', ds: h },
      { '': '/gap', ds, org: h, year: String(LATEST) },
      { '': '/gap', ds, org: ORGS[0]?.id ?? '', year: h, tab: h, ind: h, target: h, lock: h, ex: h, cap: h },
      { '': '/gap', ds: h, org: h, year: h },
      { '': '/plan', ds, org: h, year: String(LATEST) },
      { '': '/plan', ds, org: ORGS[0]?.id ?? '', year: h, tf: h },
      { '': '/report', ds, org: h, year: h },
      { '': '/trends', ds, org: h },
      { '': '/trends', ds: h, q: h },
      {
        '': '/compare',
        ds,
        year: h,
        orgs: `${h},${ORGS[0]?.id ?? ''}`,
        province: h,
        district: h,
        type: h,
        sort: h,
      },
      { '': '/compare', ds, tab: 'rank', sort: h, province: 'constructor', type: '__proto__' },
      { '': '/compare', ds, tab: 'weak', province: 'hasOwnProperty' },
      { '': `/${h}` },
    ];
    for (const { '': path, ...params } of links) {
      await go(page, `#${path}?${new URLSearchParams(params)}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(250);
      await expectInert(session.w, `link ${path}`);
    }
  });
});
