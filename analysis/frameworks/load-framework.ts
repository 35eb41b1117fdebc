/**
 * Reads a user's framework file (JSON) that corrects or adds fiscal years. The file holds one
 * framework object or an array of them; each has `year` (BE) and either every field of a `Framework`,
 * or `basedOn: <year>` and only the fields to replace. Nothing here throws, whatever the input.
 */
import type { Problem } from '../problems';
import { readDraft } from './framework-draft';
import { ProblemSink } from './framework-problems';
import { isRecord } from './json-values';
import { BUILTIN_FRAMEWORKS, withFrameworks, type FrameworkRegistry } from './registry';
import type { Framework } from './types';
import { validateDraft } from './validate-framework';

/** Most framework objects read from one file; the rest are reported and ignored. */
export const MAX_FRAMEWORKS_PER_FILE = 50;

function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(pos, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function parseJson(sink: ProblemSink, text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') {
    sink.add({
      kind: 'framework-json-invalid',
      column: null,
      value: null,
      th: 'ไฟล์ว่างเปล่า ใส่กรอบการประเมินในรูป JSON เช่น { "year": 2567, "basedOn": 2567 }',
      en: 'The file is empty; write the framework as JSON, e.g. { "year": 2567, "basedOn": 2567 }.',
    });
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const { line, column } = lineColumn(text, m ? Number(m[1]) : text.length);
    sink.add({
      kind: 'framework-json-invalid',
      column: null,
      value: `line ${line}, column ${column}`,
      th: `อ่านไฟล์ JSON ไม่ได้ที่บรรทัด ${line} ตำแหน่ง ${column} ตรวจจุลภาค วงเล็บ และเครื่องหมายคำพูดแถวนั้น (${message})`,
      en: `The JSON cannot be read at line ${line}, column ${column}; check commas, brackets and quotes there (${message}).`,
    });
    return { ok: false };
  }
}

function parseInto(sink: ProblemSink, text: string, fileName: string, base: FrameworkRegistry): Framework[] {
  const parsed = parseJson(sink, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) return [];
  const root = parsed.value;
  if (!Array.isArray(root) && !isRecord(root)) {
    sink.add({
      kind: 'framework-json-shape',
      column: null,
      value: root,
      th: 'ไฟล์ต้องเป็นวัตถุ JSON ของกรอบหนึ่งปี { ... } หรือรายการของหลายปี [ { ... }, { ... } ]',
      en: 'The file must hold one framework object { … } or an array of them [ { … }, { … } ].',
    });
    return [];
  }
  const entries = Array.isArray(root) ? root : [root];
  if (entries.length > MAX_FRAMEWORKS_PER_FILE) {
    sink.add({
      kind: 'framework-list-too-long',
      column: null,
      value: entries.length,
      th: `ไฟล์มี ${entries.length} กรอบ อ่านเพียง ${MAX_FRAMEWORKS_PER_FILE} กรอบแรก`,
      en: `The file holds ${entries.length} frameworks; only the first ${MAX_FRAMEWORKS_PER_FILE} were read.`,
    });
  }
  let registry = base;
  const out = new Map<number, Framework>();
  entries.slice(0, MAX_FRAMEWORKS_PER_FILE).forEach((value, i) => {
    const at = Array.isArray(root) ? `[${i}]` : '';
    const draft = readDraft(sink, { path: at, value }, registry, fileName);
    const framework = draft ? validateDraft(sink, draft) : null;
    if (!framework) return;
    if (out.has(framework.year)) {
      sink.add({
        kind: 'framework-year-duplicate',
        severity: 'warning',
        column: at,
        value: framework.year,
        th: `ปี ${framework.year} มีมากกว่าหนึ่งกรอบในไฟล์ ใช้กรอบที่อยู่หลังสุด`,
        en: `Year ${framework.year} appears more than once in the file; the last one is used.`,
      });
    }
    out.set(framework.year, framework);
    registry = withFrameworks(registry, [framework]);
  });
  return [...out.values()];
}

/**
 * Parses a framework file. `base` (default: the built-in years) supplies the years `basedOn` may name;
 * frameworks earlier in the same file count too. Returns the frameworks that passed every check
 * (verification marks from the file, 'reconstructed' where absent) and every problem found.
 */
export function parseFrameworkJson(
  text: string,
  fileName: string,
  base: FrameworkRegistry = BUILTIN_FRAMEWORKS,
): { frameworks: Framework[]; problems: Problem[] } {
  const sink = new ProblemSink(String(fileName));
  try {
    const frameworks = parseInto(
      sink,
      typeof text === 'string' ? text : String(text),
      String(fileName),
      base,
    );
    return { frameworks, problems: sink.finish() };
  } catch (e) {
    sink.add({
      kind: 'framework-internal-error',
      column: null,
      value: e instanceof Error ? e.message : String(e),
      th: 'เกิดข้อผิดพลาดภายในขณะอ่านไฟล์ กรอบในไฟล์นี้จึงไม่ถูกใช้ โปรดแจ้งผู้พัฒนาพร้อมไฟล์',
      en: 'An internal error occurred while reading the file, so its frameworks were not used; please report it with the file.',
    });
    return { frameworks: [], problems: sink.finish() };
  }
}
