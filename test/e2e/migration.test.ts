/**
 * A browser store left by an older version of the app (IndexedDB `ita-lens` at schema version 1: stores
 * `datasets` and `mappings`, records of version 1 holding the user's original file bytes as Blobs) is
 * migrated forward when the app opens it: every dataset is listed and reads as before, the remembered
 * column mapping still applies, nothing is lost, and the stores added since (plans, reports) work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerSignature } from '@analysis/ingest/columns';
import { baseUrl, ROOT, uploadFiles, useBrowser } from './browser';

const browser = useBrowser();

const WIN874 = readFileSync(join(ROOT, 'test', 'fixtures', 'win874-thai-digits.csv'));
const ODD_HEADERS = ['หน่วย', 'ปีที่ประเมิน', 'ข้อวัด', 'ค่าที่ได้'];
const odd = (org: string) =>
  Buffer.from(`${ODD_HEADERS.join(',')}\n${org},2567,1,95.11\n${org},2567,2,94.96\n`, 'utf8');
const ODD_MAPPING = { 0: 'org_name', 1: 'year', 2: 'code', 3: 'score' };
const SIGNATURE = headerSignature(ODD_HEADERS);

/** A stored file as version 1 wrote it (bytes travel as base64, become a Blob in the page). */
interface OldFile {
  name: string;
  b64: string;
  lastModified: number;
}
interface OldDataset {
  id: string;
  label: string;
  files: OldFile[];
  mappings: Record<string, Record<number, string>>;
  addedAt: number;
}

/** Write a version-1 store from a page of the app's origin that is not the app (so nothing opened it yet). */
async function writeVersion1(page: Page, datasets: OldDataset[], signature: string): Promise<void> {
  await page.goto(`${baseUrl()}favicon.svg`);
  await page.evaluate(
    ({ datasets, signature, mapping }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ita-lens', 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('datasets', { keyPath: 'id' });
          req.result.createObjectStore('mappings', { keyPath: 'signature' });
        };
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['datasets', 'mappings'], 'readwrite');
          for (const d of datasets) {
            const files = d.files.map((f) => {
              const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
              return {
                name: f.name,
                size: bytes.length,
                lastModified: f.lastModified,
                blob: new Blob([bytes]),
              };
            });
            tx.objectStore('datasets').put({
              v: 1,
              id: d.id,
              label: d.label,
              source: { kind: 'files', files },
              options: {},
              mappings: d.mappings,
              addedAt: d.addedAt,
            });
          }
          tx.objectStore('mappings').put({ signature, mapping, savedAt: 1 });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
        req.onerror = () => reject(new Error('open failed'));
      }),
    { datasets, signature, mapping: ODD_MAPPING },
  );
}

interface StoreState {
  version: number;
  stores: string[];
  counts: Record<string, number>;
  /** Dataset id → the sizes of its stored Blobs and the record's version. */
  datasets: Record<string, { v: unknown; blobs: number[] }>;
  mappings: string[];
}

/** What the store holds now, read with raw IndexedDB. */
function readStore(page: Page): Promise<StoreState> {
  return page.evaluate(
    () =>
      new Promise<StoreState>((resolve, reject) => {
        const req = indexedDB.open('ita-lens');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores, 'readonly');
          const all = (s: string) =>
            new Promise<unknown[]>((r) => {
              const q = tx.objectStore(s).getAll();
              q.onsuccess = () => r(q.result as unknown[]);
            });
          void Promise.all(stores.map(all)).then((lists) => {
            const byStore = Object.fromEntries(stores.map((s, i) => [s, lists[i] ?? []]));
            type Rec = { id: string; v: unknown; source: { files?: { blob: Blob }[] } };
            const datasets = Object.fromEntries(
              (byStore.datasets as Rec[]).map((d) => [
                d.id,
                { v: d.v, blobs: (d.source.files ?? []).map((f) => f.blob.size) },
              ]),
            );
            resolve({
              version: db.version,
              stores,
              counts: Object.fromEntries(stores.map((s, i) => [s, lists[i]?.length ?? 0])),
              datasets,
              mappings: (byStore.mappings as { signature: string }[]).map((m) => m.signature),
            });
            db.close();
          });
        };
      }),
  );
}

describe('migration of an old browser store', () => {
  it('opens a version-1 store: both datasets listed and readable, the mapping kept, plans saved beside them', async () => {
    const context = await browser().newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await writeVersion1(
      page,
      [
        {
          id: 'old-win874',
          label: 'win874-thai-digits.csv',
          files: [{ name: 'win874-thai-digits.csv', b64: WIN874.toString('base64'), lastModified: 1 }],
          mappings: {},
          addedAt: 1,
        },
        {
          id: 'old-odd',
          label: 'odd-headers.csv',
          files: [{ name: 'odd-headers.csv', b64: odd('A1').toString('base64'), lastModified: 2 }],
          mappings: { [SIGNATURE]: ODD_MAPPING },
          addedAt: 2,
        },
      ],
      SIGNATURE,
    );
    expect((await readStore(page)).version).toBe(1);
    // From here on the app runs: it must log no error (the raw page above is not the app).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    // The app opens it: both datasets are listed, newest first, and nothing is reported broken.
    await page.goto(baseUrl());
    const items = page.getByTestId('dataset-item');
    await items.nth(1).waitFor({ timeout: 30_000 });
    expect(await items.locator('.set-label').allInnerTexts()).toEqual([
      'odd-headers.csv',
      'win874-thai-digits.csv',
    ]);
    expect(await page.getByTestId('storage-banner').count()).toBe(0);

    // The Windows-874 file reads from its stored bytes as it did: 92.69.
    const view = page.getByTestId('dataset-view');
    await items.filter({ hasText: 'win874' }).getByRole('button', { name: 'ดู' }).click();
    await view.getByText('92.69').waitFor({ timeout: 30_000 });
    // The file with unknown headers reads with the mapping stored in its record: no mapping step.
    await items.filter({ hasText: 'odd-headers' }).getByRole('button', { name: 'ดู' }).click();
    await view.locator('.agency-link', { hasText: 'A1' }).waitFor();
    expect(await view.getByText(/จับคู่คอลัมน์/).count()).toBe(0);
    // The remembered mapping of the old store applies to a new file with the same headers.
    await uploadFiles(page, [{ name: 'odd-headers-2.csv', buffer: odd('B2') }]);
    await view.locator('.agency-link', { hasText: 'B2' }).waitFor();
    expect(await view.getByText(/จับคู่คอลัมน์/).count()).toBe(0);

    // Migrated to the current version: every old record as it was (bytes included), the new stores there.
    const after = await readStore(page);
    expect(after.version).toBe(3);
    expect(after.stores).toEqual(['aside', 'datasets', 'mappings', 'plans', 'reports']);
    expect(after.counts.datasets).toBe(3);
    expect(after.datasets['old-win874']).toEqual({ v: 1, blobs: [WIN874.length] });
    expect(after.datasets['old-odd']).toEqual({ v: 1, blobs: [odd('A1').length] });
    expect(after.mappings).toEqual([SIGNATURE]);

    // The old dataset is usable everywhere: its gap analysis, and a measures plan saved in the new store.
    await items.filter({ hasText: 'win874' }).getByRole('button', { name: 'ดู' }).click();
    await view.getByRole('link', { name: 'เทศบาลทดสอบ' }).click();
    await page.getByTestId('score-card').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('overall').innerText()).toBe('92.69');
    expect(page.url()).toContain('ds=old-win874');
    await page.getByRole('link', { name: 'แผนมาตรการปี 2568' }).click();
    await page.getByTestId('plan-issue').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor();
    expect((await readStore(page)).counts.plans).toBe(1);

    // And all of it survives a reload.
    await page.goto(baseUrl());
    await page.reload();
    await items.nth(2).waitFor({ timeout: 30_000 });
    expect(await items.count()).toBe(3);
    await page.goto(`${baseUrl()}#/plan`);
    await page
      .getByTestId('saved-plan')
      .getByText(/เทศบาลทดสอบ/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
