/**
 * Vite plugins of the one-file build (vite.single.config.ts): the whole app in one HTML file that works
 * when opened from disk (file://). vite-plugin-singlefile inlines the scripts and styles; these plugins do
 * what is particular to ITA Lens around it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the one file. It loads nothing from anywhere: scripts only by the hashes
 * of its own inline scripts (`{scripts}` is replaced by them), styles inline, fonts and images as data:
 * URLs, the ingest worker from a Blob URL the page makes, and `fetch` only of data: URLs (the Sarabun
 * fonts the Word exporter embeds). No 'self': on file:// it would mean other files on the disk.
 * 'unsafe-eval' is there for one reason: the summary tables' worker runs Arquero, which compiles its
 * expressions with the Function constructor (uwdata/arquero#361), and a worker started from a Blob URL
 * inherits the page's policy. It lets in no code from outside the file: inline scripts still need their hash.
 */
export const SINGLE_FILE_CSP = [
  "default-src 'none'",
  "script-src {scripts} 'unsafe-eval'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data: blob:',
  'connect-src data:',
  'worker-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The CSP source of one inline script: the base64 SHA-256 of its text, as browsers hash it (UTF-8). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Put the one file's policy into its CSP meta tag, allowing exactly the inline scripts the page holds.
 * Throws when there is no CSP meta tag, no inline script, a script with a `src` (nothing may be loaded from
 * outside the file), or a carriage return inside a script (the HTML parser turns CR LF into LF before a
 * browser hashes the text, so the hash would not match).
 */
export function withSingleFileCsp(html: string): string {
  if (!CSP_META.test(html))
    throw new Error('single file: index.html has no Content-Security-Policy meta tag');
  const hashes: string[] = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const [, attrs = '', text = ''] = m;
    if (/\bsrc\s*=/.test(attrs))
      throw new Error(`single file: a script still loads from outside (${attrs.trim()})`);
    if (text.includes('\r')) throw new Error('single file: an inline script contains a carriage return');
    hashes.push(scriptHash(text));
  }
  if (hashes.length === 0) throw new Error('single file: no inline script found');
  const policy = SINGLE_FILE_CSP.replace('{scripts}', [...new Set(hashes)].join(' '));
  return html.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/** Hash the inline scripts into the CSP once vite-plugin-singlefile has inlined them (list it after that). */
export function singleFileCsp(): Plugin {
  return {
    name: 'ita-lens:single-file-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withSingleFileCsp(html);
        }
      },
    },
  };
}

/** The modules that start a worker, each with an `.inline` twin whose worker source is inlined in the page. */
export const INLINE_WORKERS: Readonly<Record<string, string>> = {
  './ingest-worker': 'src/shared/dataset/worker-client.ts',
  './group-worker': 'src/features/summary/lib/group-client.ts',
};

/**
 * Use the inline-worker variant of each module that starts a worker in the one-file build:
 * `./ingest-worker` becomes `./ingest-worker.inline` (same exports; its worker source is inlined in the page).
 */
export function inlineWorkers(): Plugin {
  return {
    name: 'ita-lens:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer) {
      const from = INLINE_WORKERS[source];
      if (!from || !importer?.replaceAll('\\', '/').endsWith(from)) return null;
      return this.resolve(`${source}.inline`, importer, { skipSelf: true });
    },
  };
}

/**
 * Put the one file's policy in place of the hosted one before the scripts are inlined (their hashes are
 * filled in at the end by singleFileCsp), so that vite-plugin-singlefile sees a policy meant for inline code.
 */
export function singleFileCspMeta(): Plugin {
  return {
    name: 'ita-lens:single-file-csp-meta',
    transformIndexHtml(html) {
      if (!CSP_META.test(html))
        throw new Error('single file: index.html has no Content-Security-Policy meta tag');
      const pending = SINGLE_FILE_CSP.replace('{scripts}', "'sha256-pending'");
      return html.replace(
        CSP_META,
        () => `<meta http-equiv="Content-Security-Policy" content="${pending}" />`,
      );
    },
  };
}

/**
 * Keep only the WOFF2 sources of the Sarabun web fonts: every browser that runs the app reads WOFF2, and
 * the WOFF fallbacks would add 120 kB of data: URLs to the file for no one.
 */
export function woff2Only(): Plugin {
  return {
    name: 'ita-lens:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]?woff['"]?\)/g, ''), map: null };
    },
  };
}

/** The favicon as a data: URL in the page (a file next to the page would not come along). */
export function inlineFavicon(root: string): Plugin {
  return {
    name: 'ita-lens:inline-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
      const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      return html.replace(/<link rel="icon" href="\.\/favicon\.svg"/, `<link rel="icon" href="${url}"`);
    },
  };
}

/** Say how big the one file came out, raw and gzipped (the README reports these figures). */
export function reportSize(file: string): Plugin {
  return {
    name: 'ita-lens:report-size',
    apply: 'build',
    closeBundle() {
      const raw = statSync(file).size;
      const gz = gzipSync(readFileSync(file), { level: 9 }).length;
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
      console.log(`\n${file}: ${mb(raw)} (${raw} bytes), gzipped ${mb(gz)} (${gz} bytes)`);
    },
  };
}
