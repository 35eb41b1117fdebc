/** Shared by the storage end-to-end tests: the browser store read and written raw, as a damaged disk would. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const EXAMPLE = 'ex-huai-chorakhe-2566';
export const ORG = 'name:อบต.ห้วยจรเข้';
export const PLAN_URL = `#/plan?ds=${EXAMPLE}&org=${encodeURIComponent(ORG)}&year=2566`;
export const REPORT_URL = `#/report?ds=${EXAMPLE}&org=${encodeURIComponent(ORG)}&year=2566`;
/** The stored plan's key: agency and plan year. */
export const PLAN_ID = `${ORG}|2567`;

/** Every record of one object store, as stored. */
export function readAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('ita-lens');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const q = db.transaction(store, 'readonly').objectStore(store).getAll();
          q.onsuccess = () => {
            db.close();
            resolve(q.result as unknown[]);
          };
          q.onerror = () => reject(new Error('read failed'));
        };
      }),
    store,
  );
}

/** Change one value of one stored record in place (the app's CSP forbids evaluating code in the page). */
export function patchRecord(
  page: Page,
  store: string,
  key: string,
  path: (string | number)[],
  value: unknown,
): Promise<void> {
  return page.evaluate(
    ({ store, key, path, value }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ita-lens');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          const get = os.get(key);
          get.onsuccess = () => {
            const r = get.result as Record<string | number, unknown>;
            let at: Record<string | number, unknown> = r;
            for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
            at[path[path.length - 1] as string | number] = value;
            os.put(r);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    { store, key, path, value },
  );
}

/** Store one record as it is, over any with its key (to plant damaged data before the app reads it). */
export function putRecord(page: Page, store: string, record: unknown): Promise<void> {
  return page.evaluate(
    ({ store, record }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ita-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    { store, record },
  );
}

/** Wait until the plan or report on screen says it is saved. */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-status=saved]').first().waitFor({ timeout: 30_000 });
}

/** Click a button that downloads, and read the file. */
export async function downloadJson(page: Page, button: RegExp): Promise<Record<string, unknown>> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return JSON.parse(readFileSync((await d.path()) as string, 'utf8')) as Record<string, unknown>;
}
