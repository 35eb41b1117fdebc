/**
 * Field readers shared by the framework validators: each reads one field of a user's JSON object,
 * reports a problem with the field's JSON path when it is wrong, and never throws.
 */
import type { ProblemSink } from './framework-problems';
import { isRecord, joinPath, own, toNumber, toText } from './json-values';

/** A name in both languages, used inside messages. */
export interface Label {
  th: string;
  en: string;
}

/** A value from the file (or from the framework it is based on) and its JSON path. */
export interface Located {
  path: string;
  value: unknown;
}

/** The element as an object, or undefined after reporting `framework-field-invalid`. */
export function readObject(sink: ProblemSink, at: Located, what: Label): Record<string, unknown> | undefined {
  if (isRecord(at.value)) return at.value;
  sink.add({
    kind: 'framework-field-invalid',
    column: at.path,
    value: at.value,
    th: `${what.th}แต่ละรายการต้องเป็นวัตถุ JSON ในวงเล็บปีกกา { } แก้รายการนี้หรือลบออก`,
    en: `Each ${what.en} entry must be a JSON object in { }; fix this entry or remove it.`,
  });
  return undefined;
}

/** Required non-empty text field. */
export function readText(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
): string | undefined {
  const v = own(obj, key);
  const t = toText(v);
  if (t !== undefined) return t;
  const missing = v === undefined || v === null || v === '';
  sink.add({
    kind: missing ? 'framework-field-missing' : 'framework-field-invalid',
    column: joinPath(path, key),
    value: v,
    th: `ต้องมีช่อง "${key}" เป็นข้อความที่ไม่ว่าง ใส่ข้อความในเครื่องหมายคำพูด`,
    en: `"${key}" must be non-empty text; put the text in double quotes.`,
  });
  return undefined;
}

/** Required number field within [min, max] (numeric text accepted). */
export function readNumber(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  min: number,
  max: number,
  unit: Label,
): number | undefined {
  const v = own(obj, key);
  const n = toNumber(v);
  if (n !== undefined && n >= min && n <= max) return n;
  sink.add({
    kind: v === undefined || v === null ? 'framework-field-missing' : 'framework-field-invalid',
    column: joinPath(path, key),
    value: v,
    th: `ช่อง "${key}" ต้องเป็นตัวเลข (${unit.th}) ตั้งแต่ ${min} ถึง ${max}`,
    en: `"${key}" must be a number (${unit.en}) from ${min} to ${max}.`,
  });
  return undefined;
}

/** Optional enumerated field (any letter case): absent or null gives null; a value outside `allowed` is reported. */
export function readChoice<T extends string>(
  sink: ProblemSink,
  obj: Record<string, unknown>,
  key: string,
  path: string,
  allowed: readonly T[],
): T | null | undefined {
  const v = own(obj, key);
  if (v === undefined || v === null) return null;
  const given = typeof v === 'string' ? v.trim().toLowerCase() : v;
  const found = allowed.find((a) => a.toLowerCase() === given);
  if (found !== undefined) return found;
  sink.add({
    kind: 'framework-field-invalid',
    column: joinPath(path, key),
    value: v,
    th: `ช่อง "${key}" ต้องเป็นค่าใดค่าหนึ่งใน ${allowed.join(', ')} หรือ null เมื่อไม่ทราบ`,
    en: `"${key}" must be one of ${allowed.join(', ')}, or null when not known.`,
  });
  return undefined;
}

/** Reports a repeated key (tool id, indicator id, code) and says whether the key is new. */
export function firstTime(
  sink: ProblemSink,
  seen: Set<string>,
  key: string,
  path: string,
  what: Label,
): boolean {
  if (!seen.has(key)) {
    seen.add(key);
    return true;
  }
  sink.add({
    kind: 'framework-duplicate',
    column: path,
    value: key,
    th: `${what.th} "${key}" ซ้ำกับรายการก่อนหน้า ให้เหลือไว้รายการเดียว`,
    en: `${what.en} "${key}" appears more than once; keep only one entry.`,
  });
  return false;
}
