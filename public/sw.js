/*
 * ITA Lens service worker: the app works offline once it has been opened. The shell (HTML, scripts,
 * styles, fonts, worker) is cached on install from asset-manifest.json, written at build time; other
 * same-origin files (the demo data, the examples) are cached the first time they are fetched. Pages are
 * network-first so a new version is picked up; everything else cache-first (file names carry hashes).
 * It only ever talks to its own origin. A caching failure (a full disk) never fails a request: the
 * response is served and the copy is simply not kept.
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
  event.respondWith(respond(event));
});

/**
 * Keep a copy of a response, in the background. Caching is a convenience: a failure (the disk or the
 * quota full, the cache storage gone) must never turn a good response into a failed request.
 */
function keep(event, req, res) {
  const copy = res.clone();
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.put(req, copy))
      .catch(() => undefined),
  );
}

/** The cached response, or undefined (also when the cache itself cannot be read). */
async function cached(req, options) {
  try {
    return await (await caches.open(CACHE)).match(req, options);
  } catch {
    return undefined;
  }
}

async function respond(event) {
  const req = event.request;
  if (req.mode === 'navigate') {
    let res;
    try {
      res = await fetch(req);
    } catch {
      return (await cached(req, { ignoreSearch: true })) || (await cached('./')) || Response.error();
    }
    if (res.ok) keep(event, req, res);
    return res;
  }
  const hit = await cached(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === 'basic') keep(event, req, res);
  return res;
}
