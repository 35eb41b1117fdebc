/*
 * ITA Lens service worker: the app works offline once it has been opened. The shell (HTML, scripts,
 * styles, fonts, worker) is cached on install from asset-manifest.json, written at build time; other
 * same-origin files (the demo data, the examples) are cached the first time they are fetched. Pages are
 * network-first so a new version is picked up; everything else cache-first (file names carry hashes).
 * It only ever talks to its own origin.
 */
const CACHE = 'ita-lens-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const res = await fetch('asset-manifest.json', { cache: 'no-store' });
      if (res.ok) {
        const files = await res.json();
        await cache.addAll(['./', ...files.filter((f) => !f.endsWith('.map'))]);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(respond(req));
});

async function respond(req) {
  const cache = await caches.open(CACHE);
  if (req.mode === 'navigate') {
    try {
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    } catch {
      return (
        (await cache.match(req, { ignoreSearch: true })) || (await cache.match('./')) || Response.error()
      );
    }
  }
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
  return res;
}
