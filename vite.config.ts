import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteAliases } from './scripts/path-aliases.js';

/**
 * The Content-Security-Policy in index.html forbids inline scripts; the dev server's React refresh
 * preamble is one. Drop the policy while serving in dev only; every build keeps it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'ita-lens:csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/** Lists the built files for the service worker (public/sw.js) to cache on install. */
function assetManifest(): Plugin {
  return {
    name: 'ita-lens:asset-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      this.emitFile({ type: 'asset', fileName: 'asset-manifest.json', source: JSON.stringify(files) });
    },
  };
}

// `base: './'` with hash routing makes one build portable: it works from any static host,
// from a sub-path, and from disk (see shared/design/pitfalls.md, "Vite static hosting").
export default defineConfig({
  base: './',
  plugins: [react(), cspOnlyInBuild(), assetManifest()],
  resolve: { alias: viteAliases() },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, assetsInlineLimit: 0 },
});
