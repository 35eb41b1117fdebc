import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputFile } from '../../analysis/ingest/ingest';
import type { Problem } from '../../analysis/problems';

/** Read the named files; a file that cannot be read becomes an error problem, never an exception. */
export function loadInputs(paths: readonly string[]): { files: InputFile[]; problems: Problem[] } {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    try {
      files.push({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      problems.push({
        severity: 'error',
        kind: 'unreadable-file',
        file: p,
        row: null,
        column: null,
        value: code,
        message_th: `อ่านไฟล์ไม่ได้ (${code}) — ตรวจสอบชื่อและที่อยู่ของไฟล์`,
        message_en: `Cannot read the file (${code}) — check its name and path`,
      });
    }
  }
  return { files, problems };
}
