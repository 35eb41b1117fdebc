import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { viteAliases } from './scripts/path-aliases.js';
import {
  inlineFavicon,
  inlineWorkers,
  reportSize,
  singleFileCsp,
  singleFileCspMeta,
  woff2Only,
} from './scripts/single-file-plugins.js';

const ROOT = import.meta.dirname;
const OUT_DIR = process.env.SINGLE_OUT_DIR ?? join(ROOT, 'dist-single');
const FILE_NAME = 'ita-lens.html';

/**
 * `npm run build:single`: the whole app in one HTML file (dist-single/ita-lens.html) that works when opened
 * from disk, with no server and no network. Mode `single` (src/shared/env/single-file.ts) switches what differs:
 * the worker source is inlined, the national demo is picked by the user instead of fetched. Everything
 * else lazy in the hosted build (views, the Word exporter and its fonts, the Excel reader, the measures
 * catalogue, the examples) is inlined by vite-plugin-singlefile (one chunk, assets as data: URLs).
 * public/ is not copied: the service worker and the 27 MB demo do not belong in the file.
 */
export default defineConfig({
  mode: 'single',
  base: './',
  publicDir: false,
  resolve: { alias: viteAliases(ROOT) },
  plugins: [
    react(),
    inlineWorkers(),
    woff2Only(),
    inlineFavicon(ROOT),
    singleFileCspMeta(),
    viteSingleFile({ outputFileName: FILE_NAME, removeViteModuleLoader: true }),
    singleFileCsp(),
    reportSize(join(OUT_DIR, FILE_NAME)),
  ],
  // A classic worker: Chromium refuses a *module* worker from a Blob URL made by a page on file:// (its
  // origin is opaque, so the same-origin fetch of the module fails); a classic worker loads fine there.
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
