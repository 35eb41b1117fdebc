import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './browser';

describe('offline after the first visit', () => {
  const browser = useBrowser();

  it('reloads and opens an example with the network cut, and never asked another origin', async () => {
    const w = await openApp(browser());
    // The service worker installs (caching the shell), then controls the page after a reload.
    await w.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await w.page.reload();
    await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await w.context.setOffline(true);
    await w.page.reload();
    await w.page.getByRole('heading', { level: 1 }).first().waitFor();
    // An example ships with the app: it opens offline, and its score is computed in the page.
    await w.page.getByRole('button', { name: 'เปิด' }).nth(1).click();
    await w.page.getByText('92.69').first().waitFor({ timeout: 20_000 });
    expect(w.external).toEqual([]);
    await w.context.setOffline(false);
    await w.context.close();
  });
});
