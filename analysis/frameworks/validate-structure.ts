/**
 * Validates the tools, indicators and rating levels of a framework read from a user's file.
 * Weights are percent of the overall score; rating minimums are points 0–100.
 */
import type { ProblemSink } from './framework-problems';
import { firstTime, readNumber, readObject, readText, type Label, type Located } from './field-readers';
import { canonicalToolOf } from './indicators';
import { joinPath, own, toCode, toInteger } from './json-values';
import { isStricterLevel } from './ratings';
import { TOOL_IDS, type IndicatorDef, type RatingLevel, type ToolDef, type ToolId } from './types';

const TOOL: Label = { th: 'เครื่องมือ', en: 'tool' };
const INDICATOR: Label = { th: 'ตัวชี้วัด', en: 'indicator' };
const RATING: Label = { th: 'ระดับผลการประเมิน', en: 'rating level' };
const PERCENT: Label = { th: 'ร้อยละของคะแนนรวม', en: 'percent of the overall score' };
const POINTS: Label = { th: 'คะแนน', en: 'points' };
const EPS = 0.01;

/** Reads a tool id (`IIT`, `EIT`, `OIT`, any case); reports `framework-tool-unknown` otherwise. */
export function readToolId(sink: ProblemSink, v: unknown, path: string): ToolId | undefined {
  const code = toCode(v);
  const id = TOOL_IDS.find((t) => t === code);
  if (id) return id;
  sink.add({
    kind: v === undefined || v === null ? 'framework-field-missing' : 'framework-tool-unknown',
    column: path,
    value: v,
    th: 'เครื่องมือต้องเป็น IIT, EIT หรือ OIT เท่านั้น แก้ชื่อเครื่องมือให้ตรง',
    en: 'The tool must be IIT, EIT or OIT; correct the tool name.',
  });
  return undefined;
}

/** Tools: each of IIT, EIT, OIT once, weights (percent of overall) summing to 100. */
export function validateTools(sink: ProblemSink, list: Located[], listPath: string): ToolDef[] {
  const out: ToolDef[] = [];
  const seen = new Set<string>();
  for (const at of list) {
    const o = readObject(sink, at, TOOL);
    if (!o) continue;
    const id = readToolId(sink, own(o, 'id'), joinPath(at.path, 'id'));
    const nameTh = readText(sink, o, 'nameTh', at.path);
    const nameEn = readText(sink, o, 'nameEn', at.path);
    const weight = readNumber(sink, o, 'weight', at.path, 0, 100, PERCENT);
    if (!id || !firstTime(sink, seen, id, joinPath(at.path, 'id'), TOOL)) continue;
    if (nameTh && nameEn && weight !== undefined) out.push({ id, nameTh, nameEn, weight });
  }
  const missing = TOOL_IDS.filter((t) => !seen.has(t));
  if (missing.length > 0) {
    sink.add({
      kind: 'framework-tool-missing',
      column: listPath,
      value: missing.join(', '),
      th: `ขาดเครื่องมือ ${missing.join(', ')} ต้องมีครบทั้ง IIT, EIT และ OIT`,
      en: `Tools ${missing.join(', ')} are missing; list all of IIT, EIT and OIT.`,
    });
  } else if (out.length === TOOL_IDS.length) {
    const sum = out.reduce((s, t) => s + t.weight, 0);
    if (Math.abs(sum - 100) > EPS) {
      sink.add({
        kind: 'framework-tool-weights',
        column: listPath,
        value: out.map((t) => `${t.id} ${t.weight}`).join(' + ') + ` = ${sum}`,
        th: `น้ำหนักของเครื่องมือรวมกันได้ ${sum} ต้องรวมได้ 100 (ปกติ IIT 30, EIT 30, OIT 40)`,
        en: `Tool weights add up to ${sum}; they must add up to 100 (normally IIT 30, EIT 30, OIT 40).`,
      });
    }
  }
  return out;
}

function readIndicatorId(sink: ProblemSink, v: unknown, path: string): number | undefined {
  const id = toInteger(v);
  if (id !== undefined && id >= 1 && id <= 10) return id;
  sink.add({
    kind: v === undefined || v === null ? 'framework-field-missing' : 'framework-indicator-id',
    column: path,
    value: v,
    th: 'รหัสตัวชี้วัดต้องเป็นเลขจำนวนเต็ม 1 ถึง 10',
    en: 'An indicator id must be a whole number from 1 to 10.',
  });
  return undefined;
}

/** Indicators 1–10, each once, on its own tool (1–5 IIT, 6–8 EIT, 9–10 OIT), weights matching the tools. */
export function validateIndicators(
  sink: ProblemSink,
  list: Located[],
  listPath: string,
  tools: ToolDef[],
): IndicatorDef[] {
  const out: IndicatorDef[] = [];
  const seen = new Set<string>();
  for (const at of list) {
    const o = readObject(sink, at, INDICATOR);
    if (!o) continue;
    const id = readIndicatorId(sink, own(o, 'id'), joinPath(at.path, 'id'));
    const tool = readToolId(sink, own(o, 'tool'), joinPath(at.path, 'tool'));
    const nameTh = readText(sink, o, 'nameTh', at.path);
    const nameEn = readText(sink, o, 'nameEn', at.path);
    const weight = readNumber(sink, o, 'weight', at.path, 0, 100, PERCENT);
    if (id === undefined || !firstTime(sink, seen, String(id), joinPath(at.path, 'id'), INDICATOR)) continue;
    const expected = canonicalToolOf(id);
    if (tool && tool !== expected) {
      sink.add({
        kind: 'framework-indicator-tool',
        column: joinPath(at.path, 'tool'),
        value: tool,
        th: `ตัวชี้วัดที่ ${id} อยู่ในเครื่องมือ ${expected} เสมอ (1–5 IIT, 6–8 EIT, 9–10 OIT) แก้ "tool" เป็น ${expected}`,
        en: `Indicator ${id} always belongs to ${expected} (1–5 IIT, 6–8 EIT, 9–10 OIT); set "tool" to ${expected}.`,
      });
      continue;
    }
    if (tool && nameTh && nameEn && weight !== undefined) out.push({ id, tool, nameTh, nameEn, weight });
  }
  const missing: number[] = [];
  for (let id = 1; id <= 10; id++) if (!seen.has(String(id))) missing.push(id);
  if (missing.length > 0) {
    sink.add({
      kind: 'framework-indicator-missing',
      column: listPath,
      value: missing.join(', '),
      th: `ขาดตัวชี้วัดที่ ${missing.join(', ')} ต้องมีครบ 10 ตัวชี้วัด`,
      en: `Indicators ${missing.join(', ')} are missing; all ten must be listed.`,
    });
    return out;
  }
  for (const t of tools) {
    const mine = out.filter((i) => i.tool === t.id);
    const sum = mine.reduce((s, i) => s + i.weight, 0);
    if (mine.length > 0 && Math.abs(sum - t.weight) > EPS) {
      sink.add({
        kind: 'framework-indicator-weights',
        column: listPath,
        value: `${t.id}: ${mine.map((i) => i.weight).join(' + ')} = ${sum}`,
        th: `น้ำหนักตัวชี้วัดของ ${t.id} รวมได้ ${sum} แต่น้ำหนักเครื่องมือ ${t.id} คือ ${t.weight} ปรับให้เท่ากัน`,
        en: `The ${t.id} indicator weights add up to ${sum} but the ${t.id} tool weighs ${t.weight}; make them equal.`,
      });
    }
  }
  return out;
}

/** Rating levels, best first, each strictly harder to reach than the next. */
export function validateRatings(sink: ProblemSink, list: Located[], listPath: string): RatingLevel[] {
  if (list.length === 0) {
    sink.add({
      kind: 'framework-field-missing',
      column: listPath,
      value: [],
      th: 'ต้องมีระดับผลการประเมินอย่างน้อยหนึ่งระดับ เรียงจากดีที่สุดลงไป',
      en: 'List at least one rating level, best first.',
    });
    return [];
  }
  const out: RatingLevel[] = [];
  const seen = new Set<string>();
  let prev: { level: RatingLevel; path: string } | null = null;
  for (const at of list) {
    const o = readObject(sink, at, RATING);
    if (!o) continue;
    const code = readText(sink, o, 'code', at.path);
    const labelTh = readText(sink, o, 'labelTh', at.path);
    const labelEn = readText(sink, o, 'labelEn', at.path);
    const minOverall = readNumber(sink, o, 'minOverall', at.path, 0, 100, POINTS);
    const rawTool = own(o, 'minEachTool');
    let minEachTool: number | undefined;
    if (rawTool !== undefined && rawTool !== null) {
      minEachTool = readNumber(sink, o, 'minEachTool', at.path, 0, 100, POINTS);
      if (minEachTool === undefined) continue;
    }
    if (code === undefined || !firstTime(sink, seen, code, joinPath(at.path, 'code'), RATING)) continue;
    if (labelTh === undefined || labelEn === undefined || minOverall === undefined) continue;
    const level: RatingLevel = { code, labelTh, labelEn, minOverall };
    if (minEachTool !== undefined) level.minEachTool = minEachTool;
    if (prev && !isStricterLevel(prev.level, level)) {
      sink.add({
        kind: 'framework-rating-order',
        column: at.path,
        value: `${prev.level.code} ${describe(prev.level)} → ${code} ${describe(level)}`,
        th: `ระดับ "${code}" ต้องได้ง่ายกว่าระดับ "${prev.level.code}" ที่อยู่ก่อนหน้า เรียงระดับจากดีที่สุดลงไปโดยเกณฑ์คะแนนลดลง`,
        en: `Level "${code}" must be easier to reach than "${prev.level.code}" before it; list levels best first with falling minimums.`,
      });
    }
    out.push(level);
    prev = { level, path: at.path };
  }
  const last = out[out.length - 1];
  if (last && last.minOverall > 0) {
    sink.add({
      kind: 'framework-rating-floor',
      severity: 'warning',
      column: prev?.path ?? listPath,
      value: last.minOverall,
      th: `ระดับสุดท้าย "${last.code}" เริ่มที่ ${last.minOverall} คะแนน ผลที่ต่ำกว่านี้จะไม่มีระดับ ตั้ง minOverall ของระดับสุดท้ายเป็น 0`,
      en: `The last level "${last.code}" starts at ${last.minOverall}; lower scores get no level. Set its minOverall to 0.`,
    });
  }
  return out;
}

function describe(l: RatingLevel): string {
  return l.minEachTool === undefined ? `(≥${l.minOverall})` : `(≥${l.minOverall}, tools ≥${l.minEachTool})`;
}
