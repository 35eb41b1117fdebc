/** Whether a build is older than what it is built from (the e2e setup and the one-file test rebuild then). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of a file, or of anything below a folder; 0 when the path is missing. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** True when `built` is missing or any of `sources` (paths below `root`) changed after it. */
export function isStale(built: string, root: string, sources: readonly string[]): boolean {
  if (!existsSync(built)) return true;
  const t = statSync(built).mtimeMs;
  return sources.some((s) => newest(join(root, s)) > t);
}
