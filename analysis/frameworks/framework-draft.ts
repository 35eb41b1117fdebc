/**
 * Reads one framework object of a user's JSON file into a draft: the year (BE), an optional
 * `basedOn` year whose lists it starts from, lists that replace whole (arrays) or patch by code
 * (`questions` / `oitItems` as `{ "I9": { …fields to change… }, "O27": null }`), and verification.
 */
import type { ProblemSink } from './framework-problems';
import type { Located } from './field-readers';
import { hasOwn, isRecord, joinPath, own, toCode, toInteger, toText } from './json-values';
import type { FrameworkRegistry } from './registry';
import type { Framework, FrameworkVerification, Verification } from './types';
import { LIST_FIELDS, type FrameworkDraft, type ListField } from './validate-framework';

/** Longest list (or keyed patch) read from a file; the rest is reported and ignored. */
export const MAX_LIST_LENGTH = 1000;
const SCALARS = ['threshold', 'ratingScheme', 'source'] as const;
const KNOWN = new Set<string>([
  'year',
  'basedOn',
  'verification',
  ...SCALARS,
  ...LIST_FIELDS,
  '$schema',
  'comment',
]);
const LEVELS: readonly Verification[] = ['verified', 'reconstructed', 'partial'];
const KEYED: readonly ListField[] = ['questions', 'oitItems'];

function listTooLong(sink: ProblemSink, path: string, length: number): void {
  sink.add({
    kind: 'framework-list-too-long',
    column: path,
    value: length,
    th: `รายการนี้ยาว ${length} รายการ เกินกว่าที่รับได้ (${MAX_LIST_LENGTH}) ตรวจว่าไฟล์ถูกต้อง`,
    en: `This list has ${length} entries, more than the ${MAX_LIST_LENGTH} accepted; check the file.`,
  });
}

function fromBase(base: Framework, field: ListField, at: string): Located[] {
  const arr: readonly unknown[] = base[field];
  return arr.map((value, i) => {
    const code = isRecord(value) ? toCode(own(value, 'code')) : undefined;
    const step = KEYED.includes(field) && code !== undefined ? `${field}.${code}` : `${field}[${i}]`;
    return { path: joinPath(at, step), value };
  });
}

function codeOf(l: Located): string | undefined {
  return isRecord(l.value) ? toCode(own(l.value, 'code')) : undefined;
}

/** Text fields whose marks (paraphrase, form year, title status) say how sure the built-in text is. */
const MARKED_TEXT: Readonly<Record<string, readonly string[]>> = {
  textTh: ['paraphrase', 'formYear'],
  titleTh: ['titleStatus'],
};

/**
 * The base entry without the marks of a text the patch replaces: a user who writes an item's title or a
 * question's wording vouches for it, so the built-in "unverified" or "paraphrase" mark goes (unless the
 * patch sets it again).
 */
function withoutStaleMarks(
  prior: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...prior };
  for (const [field, marks] of Object.entries(MARKED_TEXT)) {
    if (!hasOwn(patch, field)) continue;
    for (const mark of marks) if (!hasOwn(patch, mark)) delete out[mark];
  }
  return out;
}

/** Applies `{ code: fields | null }` to a list: merge into the same code, add a new one, or remove. */
function keyedPatch(
  sink: ProblemSink,
  patch: Record<string, unknown>,
  start: Located[],
  field: ListField,
  at: string,
): Located[] {
  const result = start.slice();
  const removed = new Set<number>();
  const index = new Map<string, number>();
  result.forEach((l, i) => {
    const c = codeOf(l);
    if (c !== undefined) index.set(c, i);
  });
  const keys = Object.keys(patch);
  if (keys.length > MAX_LIST_LENGTH) listTooLong(sink, joinPath(at, field), keys.length);
  for (const key of keys.slice(0, MAX_LIST_LENGTH)) {
    const v = own(patch, key);
    const code = toCode(key) ?? key;
    const path = joinPath(at, `${field}.${key}`);
    const i = index.get(code);
    if (v === null) {
      if (i !== undefined) removed.add(i);
      else
        sink.add({
          kind: 'framework-patch-unknown-code',
          severity: 'warning',
          column: path,
          value: key,
          th: `ไม่มีรหัส ${key} ให้ลบ จึงข้ามไป ตรวจการสะกดรหัส`,
          en: `There is no ${key} to remove, so nothing was removed; check the code.`,
        });
    } else if (isRecord(v)) {
      const prior =
        i !== undefined && isRecord(result[i]?.value) ? (result[i]?.value as Record<string, unknown>) : {};
      const merged = { ...withoutStaleMarks(prior, v), ...v, code };
      if (i !== undefined) {
        result[i] = { path, value: merged };
        removed.delete(i);
      } else {
        index.set(code, result.length);
        result.push({ path, value: merged });
      }
    } else {
      sink.add({
        kind: 'framework-field-invalid',
        column: path,
        value: v,
        th: `ค่าของ ${key} ต้องเป็นวัตถุ { } ที่มีช่องที่จะแก้ หรือ null เพื่อลบรายการนี้`,
        en: `The value for ${key} must be an object { } of fields to change, or null to remove it.`,
      });
    }
  }
  return result.filter((_, i) => !removed.has(i));
}

function readList(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  field: ListField,
  at: string,
  base: Framework | null,
): Located[] | undefined {
  const raw = own(obj, field);
  if (raw === undefined) return base ? fromBase(base, field, at) : undefined;
  if (Array.isArray(raw)) {
    if (raw.length > MAX_LIST_LENGTH) listTooLong(sink, joinPath(at, field), raw.length);
    return raw.slice(0, MAX_LIST_LENGTH).map((value, i) => ({ path: joinPath(at, `${field}[${i}]`), value }));
  }
  if (isRecord(raw) && KEYED.includes(field)) {
    return keyedPatch(sink, raw, base ? fromBase(base, field, at) : [], field, at);
  }
  sink.add({
    kind: 'framework-field-invalid',
    column: joinPath(at, field),
    value: raw,
    th: KEYED.includes(field)
      ? `"${field}" ต้องเป็นรายการ [ ... ] (แทนทั้งรายการ) หรือวัตถุ { "รหัส": { ... } } (แก้ทีละรหัส)`
      : `"${field}" ต้องเป็นรายการในวงเล็บเหลี่ยม [ ... ]`,
    en: KEYED.includes(field)
      ? `"${field}" must be an array [ … ] (replaces the list) or an object { "code": { … } } (changes by code).`
      : `"${field}" must be an array [ … ].`,
  });
  return [];
}

function readVerification(
  sink: ProblemSink,
  raw: unknown,
  at: string,
  fileName: string,
  basedOn: number | null,
): FrameworkVerification {
  const out: FrameworkVerification = {
    indicators: 'reconstructed',
    questions: 'reconstructed',
    oit: 'reconstructed',
    ratings: 'reconstructed',
    notesTh: `โหลดจากไฟล์ ${fileName}${basedOn !== null ? ` โดยเริ่มจากกรอบปี ${basedOn}` : ''}`,
    notesEn: `Loaded from ${fileName}${basedOn !== null ? `, starting from the ${basedOn} framework` : ''}.`,
  };
  const bad = (path: string, v: unknown): void =>
    sink.add({
      kind: 'framework-field-invalid',
      severity: 'warning',
      column: path,
      value: v,
      th: 'ระดับความแน่นอนต้องเป็น "verified", "reconstructed" หรือ "partial" จึงถือเป็น "reconstructed"',
      en: 'A verification mark must be "verified", "reconstructed" or "partial"; "reconstructed" is used.',
    });
  const level = (v: unknown): Verification | undefined => LEVELS.find((l) => l === v);
  const path = joinPath(at, 'verification');
  if (raw === undefined || raw === null) return out;
  if (typeof raw === 'string') {
    const l = level(raw);
    if (l) return { ...out, indicators: l, questions: l, oit: l, ratings: l };
    bad(path, raw);
    return out;
  }
  if (!isRecord(raw)) {
    bad(path, raw);
    return out;
  }
  for (const key of ['indicators', 'questions', 'oit', 'ratings'] as const) {
    const v = own(raw, key);
    if (v === undefined) continue;
    const l = level(v);
    if (l) out[key] = l;
    else bad(joinPath(path, key), v);
  }
  out.notesTh = toText(own(raw, 'notesTh')) ?? out.notesTh;
  out.notesEn = toText(own(raw, 'notesEn')) ?? out.notesEn;
  return out;
}

function readYear(sink: ProblemSink, obj: Record<string, unknown>, at: string): number | undefined {
  const raw = own(obj, 'year');
  const y = toInteger(raw);
  if (y !== undefined && y >= 2500 && y <= 2700) return y;
  const missing = raw === undefined || raw === null;
  const ce = y !== undefined && y >= 1950 && y <= 2200;
  sink.add({
    kind: missing ? 'framework-year-missing' : 'framework-year-invalid',
    column: joinPath(at, 'year'),
    value: raw,
    th: missing
      ? 'ทุกกรอบต้องมี "year" คือปีงบประมาณแบบพุทธศักราช เช่น 2567'
      : `"year" ต้องเป็นปีงบประมาณแบบพุทธศักราช (2500–2700)${ce ? ` เช่น ${y + 543} แทน ${y}` : ''}`,
    en: missing
      ? 'Every framework needs "year": the fiscal year in Buddhist Era, e.g. 2567.'
      : `"year" must be a Buddhist Era fiscal year (2500–2700)${ce ? `, e.g. ${y + 543} instead of ${y}` : ''}.`,
  });
  return undefined;
}

function warnUnknownKeys(sink: ProblemSink, obj: Record<string, unknown>, at: string): void {
  const unknown = Object.keys(obj).filter((k) => !KNOWN.has(k));
  for (const k of unknown.slice(0, 20)) {
    sink.add({
      kind: 'framework-field-unknown',
      severity: 'warning',
      column: joinPath(at, k),
      value: k,
      th: `ไม่รู้จักช่อง "${k}" จึงข้ามไป ตรวจการสะกด ช่องที่ใช้ได้คือ ${[...KNOWN].join(', ')}`,
      en: `Unknown field "${k}" was ignored; check the spelling. Known fields: ${[...KNOWN].join(', ')}.`,
    });
  }
}

/** Reads one framework object at JSON path `at`; null (with problems reported) when it cannot be used. */
export function readDraft(
  sink: ProblemSink,
  entry: Located,
  registry: FrameworkRegistry,
  fileName: string,
): FrameworkDraft | null {
  const at = entry.path;
  const obj = entry.value;
  if (!isRecord(obj)) {
    sink.add({
      kind: 'framework-json-shape',
      column: at === '' ? null : at,
      value: obj,
      th: 'กรอบการประเมินแต่ละปีต้องเป็นวัตถุ JSON { "year": 2567, ... }',
      en: 'Each framework must be a JSON object { "year": 2567, … }.',
    });
    return null;
  }
  warnUnknownKeys(sink, obj, at);
  const year = readYear(sink, obj, at);
  let base: Framework | null = null;
  const rawBase = own(obj, 'basedOn');
  if (rawBase !== undefined && rawBase !== null) {
    const b = toInteger(rawBase);
    base = (b !== undefined ? registry.get(b) : undefined) ?? null;
    if (!base) {
      const years = [...registry.keys()].join(', ');
      sink.add({
        kind: 'framework-basedon-unknown',
        column: joinPath(at, 'basedOn'),
        value: rawBase,
        th: `ไม่มีกรอบของปี ${String(rawBase)} ให้เริ่มจาก ใช้ปีที่มีอยู่: ${years}`,
        en: `There is no ${String(rawBase)} framework to start from; use one of: ${years}.`,
      });
      return null;
    }
  }
  if (year === undefined) return null;
  const lists: FrameworkDraft['lists'] = {};
  for (const field of LIST_FIELDS) {
    const l = readList(sink, obj, field, at, base);
    if (l !== undefined) lists[field] = l;
  }
  const draft: FrameworkDraft = {
    year,
    at,
    lists,
    verification: readVerification(sink, own(obj, 'verification'), at, fileName, base ? base.year : null),
    defaultSource: base ? `${fileName} (based on ${base.year})` : fileName,
  };
  for (const key of SCALARS) {
    if (hasOwn(obj, key)) draft[key] = { path: joinPath(at, key), value: own(obj, key) };
    else if (base && key !== 'source') draft[key] = { path: joinPath(at, key), value: base[key] };
  }
  return draft;
}
