/**
 * Turns a framework draft (values read from a user's file, possibly merged onto a built-in year) into a
 * checked `Framework`, or null when any error was found. Scores and thresholds are points 0–100,
 * weights percent of the overall score, years Buddhist Era.
 */
import type { ProblemSink } from './framework-problems';
import type { Located } from './field-readers';
import { canonicalToolOf } from './indicators';
import { joinPath, toNumber, toText } from './json-values';
import { validateOitItems, validateQuestions, validateSubIndicators } from './validate-items';
import { validateIndicators, validateRatings, validateTools } from './validate-structure';
import type { Framework, FrameworkVerification } from './types';

/** Names of the list fields of a framework. */
export const LIST_FIELDS = [
  'tools',
  'indicators',
  'questions',
  'subIndicators',
  'oitItems',
  'ratings',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** A framework as read from a file, each value with its JSON path, before checking. */
export interface FrameworkDraft {
  year: number;
  /** JSON path of the framework object in the file ('' for a lone object, '[2]' in an array). */
  at: string;
  threshold?: Located;
  ratingScheme?: Located;
  source?: Located;
  lists: Partial<Record<ListField, Located[]>>;
  verification: FrameworkVerification;
  /** Used when the draft has no `source`. */
  defaultSource: string;
}

function missingList(sink: ProblemSink, draft: FrameworkDraft, field: ListField): void {
  sink.add({
    kind: 'framework-field-missing',
    column: joinPath(draft.at, field),
    value: undefined,
    th: `ไม่มีรายการ "${field}" ใส่รายการนี้ หรือใช้ "basedOn": <ปี> เพื่อยืมจากกรอบของปีอื่นแล้วแก้เฉพาะส่วนที่ต่าง`,
    en: `"${field}" is missing; give it, or use "basedOn": <year> to start from another year and change only what differs.`,
  });
}

function readThreshold(sink: ProblemSink, draft: FrameworkDraft): number | undefined {
  if (!draft.threshold) return 85;
  const n = toNumber(draft.threshold.value);
  if (n !== undefined && n >= 0 && n <= 100) return n;
  sink.add({
    kind: 'framework-field-invalid',
    column: draft.threshold.path,
    value: draft.threshold.value,
    th: 'เกณฑ์ผ่าน (threshold) ต้องเป็นตัวเลข 0 ถึง 100 คะแนน ปกติคือ 85',
    en: 'The pass mark (threshold) must be a number of points from 0 to 100, normally 85.',
  });
  return undefined;
}

function readScheme(sink: ProblemSink, draft: FrameworkDraft): 'grade' | 'pass' | undefined {
  if (!draft.ratingScheme) return draft.year <= 2565 ? 'grade' : 'pass';
  const v = draft.ratingScheme.value;
  if (v === 'grade' || v === 'pass') return v;
  sink.add({
    kind: 'framework-field-invalid',
    column: draft.ratingScheme.path,
    value: v,
    th: 'ratingScheme ต้องเป็น "grade" (AA–F ถึงปี 2565) หรือ "pass" (ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน ตั้งแต่ปี 2566)',
    en: 'ratingScheme must be "grade" (AA–F, up to 2565) or "pass" (excellent…urgent, from 2566).',
  });
  return undefined;
}

function readSource(sink: ProblemSink, draft: FrameworkDraft): string {
  if (!draft.source) return draft.defaultSource;
  const t = toText(draft.source.value);
  if (t !== undefined) return t;
  sink.add({
    kind: 'framework-field-invalid',
    severity: 'warning',
    column: draft.source.path,
    value: draft.source.value,
    th: 'source ควรเป็นข้อความบอกแหล่งที่มาของรายการ จึงใช้ชื่อไฟล์แทน',
    en: 'source should be text naming where the lists come from; the file name is used instead.',
  });
  return draft.defaultSource;
}

function warnEmpty(sink: ProblemSink, column: string, value: string, th: string, en: string): void {
  sink.add({ kind: 'framework-group-empty', severity: 'warning', column, value, th, en });
}

function checkCoverage(sink: ProblemSink, f: Framework, at: string): void {
  for (const ind of f.indicators) {
    if (canonicalToolOf(ind.id) === 'OIT') {
      if (!f.subIndicators.some((s) => s.indicator === ind.id)) {
        warnEmpty(
          sink,
          joinPath(at, 'subIndicators'),
          String(ind.id),
          `ตัวชี้วัดที่ ${ind.id} ไม่มีตัวชี้วัดย่อย จะคำนวณจากข้อ OIT ไม่ได้ ต้องใช้คะแนนตัวชี้วัดที่ให้มาเท่านั้น`,
          `Indicator ${ind.id} has no sub-indicators, so it cannot be computed from OIT items; only a given score works.`,
        );
      }
    } else if (!f.questions.some((q) => q.indicator === ind.id)) {
      warnEmpty(
        sink,
        joinPath(at, 'questions'),
        String(ind.id),
        `ตัวชี้วัดที่ ${ind.id} ไม่มีข้อคำถาม จะคำนวณจากข้อคำถามไม่ได้ ต้องใช้คะแนนตัวชี้วัดที่ให้มาเท่านั้น`,
        `Indicator ${ind.id} has no questions, so it cannot be computed from them; only a given score works.`,
      );
    }
  }
  for (const s of f.subIndicators) {
    if (!f.oitItems.some((o) => o.subIndicator === s.id)) {
      warnEmpty(
        sink,
        joinPath(at, 'oitItems'),
        s.id,
        `ตัวชี้วัดย่อย ${s.id} ไม่มีข้อ OIT เพิ่มข้อให้ตัวชี้วัดย่อยนี้ หรือลบตัวชี้วัดย่อยออก`,
        `Sub-indicator ${s.id} has no OIT items; add its items or remove the sub-indicator.`,
      );
    }
  }
}

/** Checks a draft; returns the framework, or null when the draft had any error (all reported to `sink`). */
export function validateDraft(sink: ProblemSink, draft: FrameworkDraft): Framework | null {
  const errorsBefore = sink.errors;
  const path = (field: ListField): string => joinPath(draft.at, field);
  const list = (field: ListField): Located[] => {
    const l = draft.lists[field];
    if (l === undefined) missingList(sink, draft, field);
    return l ?? [];
  };
  const threshold = readThreshold(sink, draft);
  const ratingScheme = readScheme(sink, draft);
  const source = readSource(sink, draft);
  const tools = validateTools(sink, list('tools'), path('tools'));
  const indicators = validateIndicators(sink, list('indicators'), path('indicators'), tools);
  const questions = validateQuestions(sink, list('questions'));
  const { subIndicators, ids: subIds } = validateSubIndicators(sink, list('subIndicators'));
  const oitItems = validateOitItems(sink, list('oitItems'), subIds);
  const ratings = validateRatings(sink, list('ratings'), path('ratings'));
  if (sink.errors > errorsBefore || threshold === undefined || ratingScheme === undefined) return null;
  const framework: Framework = {
    year: draft.year,
    threshold,
    ratingScheme,
    tools,
    indicators,
    questions,
    subIndicators,
    oitItems,
    ratings,
    verification: draft.verification,
    source,
  };
  checkCoverage(sink, framework, draft.at);
  return framework;
}
