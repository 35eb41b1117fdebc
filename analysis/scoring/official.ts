import type { Dataset } from '../dataset';
import type { Framework, RatingLevel, ToolId } from '../frameworks/types';
import type { Problem } from '../problems';
import { PASS_OR_BETTER, rate } from './rating';
import { round } from './round';

export const TOOL_IDS: readonly ToolId[] = ['IIT', 'EIT', 'OIT'];

const f2 = (v: number): string => round(v, 2).toFixed(2);

/**
 * Warnings that put published figures beside computed ones. The published overall is the official figure
 * (the NACC computes from unrounded values, so recomputing from two-decimal indicators can be 0.01 off):
 * a difference of 0.01 or more, or one that puts the two on different sides of a rating boundary, is
 * named with both numbers; so is a printed tool total that differs from the computed one. When only the
 * overall is known and it reaches ผ่าน, the rating is ผ่านขึ้นไป and the note says why.
 */
export function officialWarnings(
  ds: Dataset,
  fw: Framework,
  year: number,
  who: string,
  x: {
    overall: number;
    published: number;
    tools: Record<ToolId, number | null>;
    printed: Record<ToolId, number | null>;
    rating: RatingLevel | null;
  },
): Problem[] {
  const out: Problem[] = [];
  const file = ds.files.length === 1 ? (ds.files[0]?.name ?? '') : ds.files.map((f) => f.name).join(', ');
  const base = { file, row: null, column: null };
  const toolArray = TOOL_IDS.map((t) => x.printed[t] ?? x.tools[t] ?? NaN);
  if (!Number.isNaN(x.published) && !Number.isNaN(x.overall)) {
    const computed = round(x.overall, 2);
    const byComputed = rate(x.overall, toolArray, fw);
    const byPublished = rate(x.published, toolArray, fw);
    const apart = Math.abs(computed - x.published) >= 0.01 - 1e-9;
    if (apart || byComputed !== byPublished) {
      const side =
        byComputed !== byPublished && byComputed && byPublished
          ? {
              th: ` ซึ่งให้ระดับต่างกัน (${byPublished.labelTh} กับ ${byComputed.labelTh})`,
              en: `, which give different ratings (${byPublished.labelEn} and ${byComputed.labelEn})`,
            }
          : { th: '', en: '' };
      out.push({
        ...base,
        severity: 'warning',
        kind: 'published-overall-mismatch',
        value: String(x.published),
        message_th: `${who} ปี ${year}: คะแนนรวมที่ประกาศ ${f2(x.published)} ต่างจากที่คำนวณจากตัวชี้วัด ${f2(computed)}${side.th} — ระดับและการผ่านเกณฑ์ใช้คะแนนที่ประกาศ ตรวจสอบคะแนนตัวชี้วัดที่กรอก`,
        message_en: `${who} ${year}: the published overall ${f2(x.published)} differs from the ${f2(computed)} computed from the indicators${side.en} — rating and pass follow the published figure; check the indicator scores`,
      });
    }
  }
  for (const t of TOOL_IDS) {
    const p = x.printed[t];
    const c = x.tools[t];
    if (p === null || c === null || Math.abs(round(c, 2) - p) < 0.01 - 1e-9) continue;
    out.push({
      ...base,
      severity: 'warning',
      kind: 'published-tool-mismatch',
      value: String(p),
      message_th: `${who} ปี ${year}: คะแนน ${t} ที่ประกาศ ${f2(p)} ต่างจากที่คำนวณจากตัวชี้วัด ${f2(c)} — ตรวจสอบคะแนนตัวชี้วัดของ ${t}`,
      message_en: `${who} ${year}: the published ${t} score ${f2(p)} differs from the ${f2(c)} computed from its indicators — check the ${t} indicator scores`,
    });
  }
  if (x.rating === PASS_OR_BETTER) {
    out.push({
      ...base,
      severity: 'info',
      kind: 'pass-or-better',
      value: null,
      message_th: `${who} ปี ${year}: ระดับ "ผ่านขึ้นไป" เพราะมีเพียงคะแนนรวม ระดับผ่านดีและผ่านดีเยี่ยมต้องให้คะแนน IIT, EIT และ OIT ทุกตัวถึง 85 / 95 ซึ่งตรวจไม่ได้ — เพิ่มคะแนนรายเครื่องมือหรือตัวชี้วัดเพื่อให้ได้ระดับที่แน่นอน`,
      message_en: `${who} ${year}: rated "pass or better" because only the overall is known; good and excellent also need IIT, EIT and OIT each at 85 / 95, which cannot be checked — add the tool or indicator scores for an exact rating`,
    });
  }
  return out;
}
