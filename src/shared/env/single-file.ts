/**
 * Which build is running. `npm run build:single` (vite.single.config.ts) builds in mode `single`: the whole
 * app in one HTML file that people open from disk. Vite replaces `import.meta.env.MODE` at build time, so
 * the other build carries none of the one-file branches' effects.
 */
export const SINGLE_FILE: boolean = import.meta.env.MODE === 'single';

/** The page was opened from disk (file://): no service worker, and the browser may keep nothing. */
export function openedFromDisk(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'file:';
}

/**
 * Where the hosted app lives, when the one file was built knowing it (`VITE_HOSTED_URL=https://… npm run
 * build:single`): the one file then links to it and to its copy of the national demo. Null otherwise.
 */
export function hostedAppUrl(): string | null {
  const raw: unknown = import.meta.env.VITE_HOSTED_URL;
  if (typeof raw !== 'string' || !/^https:\/\/[^\s"'<>]+$/.test(raw)) return null;
  return raw.endsWith('/') ? raw : `${raw}/`;
}
