import { SLOT_COUNT, SLOT_OVERALL, codeSlot, slotCode, slotKind } from '../codes';
import type { Dataset } from '../dataset';
import type { Framework, ToolId } from '../frameworks/types';
import type { Problem } from '../problems';
import type { Assessment, CodeResult, IndicatorResult } from './assessment';
import { compileFramework } from './compile';
import { answerFinding } from '../findings/plan-finding';
import { yesNoShare } from '../findings/yes-no-share';
import { officialWarnings, TOOL_IDS } from './official';
import { overallPointsOf, ratingLevel } from './rating';
import { round } from './round';
import { scoreSlots } from './score-slots';
import type { Scoreboard } from './score-all';

const nn = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Slot values (scores, negative shares, respondents) of one group of a scoreboard. */
interface GroupValues {
  values: Float64Array;
  negative: Float64Array;
  respondents: Float64Array;
}

function groupValues(ds: Dataset, sb: Scoreboard, g: number): GroupValues {
  const values = new Float64Array(SLOT_COUNT).fill(NaN);
  const negative = new Float64Array(SLOT_COUNT).fill(NaN);
  const respondents = new Float64Array(SLOT_COUNT).fill(NaN);
  for (let k = sb.groups.start[g]; k < sb.groups.start[g + 1]; k++) {
    const r = sb.groups.rows[k];
    values[ds.table.slot[r]] = ds.table.score[r];
    negative[ds.table.slot[r]] = ds.table.negativePct[r];
    respondents[ds.table.slot[r]] = ds.table.respondents[r];
  }
  return { values, negative, respondents };
}

function codeResults(fw: Framework, { values, negative, respondents }: GroupValues): CodeResult[] {
  const cfw = compileFramework(fw);
  const subOf = new Map(fw.oitItems.map((o) => [o.code, o]));
  const out: CodeResult[] = [];
  const push = (
    code: string,
    base: Omit<
      CodeResult,
      | 'score'
      | 'negativePct'
      | 'negativeSource'
      | 'respondents'
      | 'findingTh'
      | 'findingEn'
      | 'gap'
      | 'impact'
      | 'pointsLost'
      | 'code'
    >,
  ): void => {
    const slot = codeSlot(code);
    const score = values[slot];
    if (Number.isNaN(score)) return;
    const n = nn(respondents[slot]);
    let negativePct: number | null = nn(negative[slot]);
    let negativeSource: CodeResult['negativeSource'] = negativePct === null ? null : 'data';
    if (negativePct === null && base.scale === 'YN' && base.tool !== 'OIT') {
      const share = yesNoShare(score, n);
      if (share.kind === 'derived') {
        negativePct = share.pct;
        negativeSource = 'derived';
      }
    }
    const impact = cfw.impactOfSlot[slot];
    const c = {
      code,
      ...base,
      score,
      negativePct,
      negativeSource,
      respondents: n,
      gap: Math.max(0, fw.threshold - score),
      impact,
      pointsLost: impact * (100 - score),
    };
    out.push({
      ...c,
      findingTh: answerFinding(c, fw.year, 'th'),
      findingEn: answerFinding(c, fw.year, 'en'),
    });
  };
  for (const q of fw.questions) {
    push(q.code, {
      tool: q.tool,
      indicator: q.indicator,
      subIndicator: null,
      textTh: q.textTh,
      textEn: q.textEn,
      scale: q.scale,
      polarity: q.polarity,
    });
  }
  for (const o of fw.oitItems) {
    const sub = subOf.get(o.code);
    const indicator = fw.subIndicators.find((s) => s.id === sub?.subIndicator)?.indicator ?? 9;
    push(o.code, {
      tool: 'OIT',
      indicator,
      subIndicator: o.subIndicator,
      textTh: o.titleTh,
      textEn: o.titleEn,
      scale: null,
      polarity: 'positive',
    });
  }
  return out;
}

/**
 * The full analysis of group g of a scoreboard: indicators with gaps and points lost, every question
 * and item with its negative share, gap and impact, what is missing, and warnings for incomplete data
 * and for a published overall that differs from the computed one by more than 0.01.
 */
export function assess(ds: Dataset, sb: Scoreboard, g: number): Assessment | null {
  const fw = sb.frameworks[g];
  if (!fw) return null;
  const cfw = compileFramework(fw);
  const orgIndex = sb.groups.org[g];
  const org = ds.orgs[orgIndex];
  const year = sb.groups.year[g];
  const group = groupValues(ds, sb, g);
  const { values } = group;
  const scores = scoreSlots(values, cfw);
  const levels = { indicator: false, IIT: false, EIT: false, OIT: false };
  for (let s = 1; s < SLOT_COUNT; s++) {
    if (Number.isNaN(values[s])) continue;
    const k = slotKind(s);
    if (k === 'indicator') levels.indicator = true;
    else if (k !== 'overall') levels[k] = true;
  }
  const missing: string[] = [];
  const indicators: IndicatorResult[] = fw.indicators.map((ind) => {
    const score = nn(scores.indicators[ind.id]);
    const partSlots =
      ind.tool === 'OIT' ? cfw.subs[ind.id].flatMap((s) => s.slots) : cfw.questionSlots[ind.id];
    const levelPresent = levels[ind.tool];
    const missingCodes = levelPresent ? partSlots.filter((s) => Number.isNaN(values[s])).map(slotCode) : [];
    if (score === null) missing.push(String(ind.id));
    missing.push(...missingCodes);
    const src = scores.indicatorSource[ind.id];
    return {
      id: ind.id,
      tool: ind.tool,
      nameTh: ind.nameTh,
      nameEn: ind.nameEn,
      weight: ind.weight,
      score,
      source: src === 1 ? 'given' : src === 2 ? 'computed' : 'missing',
      gap: score === null ? null : Math.max(0, fw.threshold - score),
      pointsLost: score === null ? null : overallPointsOf(ind.weight, 100 - score),
      missingCodes,
    };
  });
  const codes = codeResults(fw, group);
  const weak = codes
    .filter((c) => c.score < fw.threshold)
    .sort((a, b) => b.impact * b.gap - a.impact * a.gap || a.score - b.score)
    .map((c) => c.code);
  const refused = sb.refused[g] === 1;
  const overall = refused ? NaN : scores.overall;
  const published = refused ? NaN : values[SLOT_OVERALL];
  const official = Number.isNaN(published) ? overall : published;
  const printed: Record<ToolId, number | null> = { IIT: null, EIT: null, OIT: null };
  for (const t of ds.totals ?? [])
    if (t.org === orgIndex && t.year === year) printed[TOOL_IDS[t.tool] as ToolId] = t.value;
  const tools = { IIT: nn(scores.tools[0]), EIT: nn(scores.tools[1]), OIT: nn(scores.tools[2]) } as Record<
    ToolId,
    number | null
  >;
  const rating = ratingLevel(fw, sb.rating[g] as number);
  const who = org?.name ?? org?.id ?? '';
  const warnings = assessmentWarnings(ds, fw, year, indicators, who, !Number.isNaN(published));
  warnings.push(...officialWarnings(ds, fw, year, who, { overall, published, tools, printed, rating }));
  if (refused)
    for (const r of ds.refused ?? [])
      if (r.org === orgIndex && r.year === year)
        warnings.unshift({
          severity: 'error',
          kind: r.kind,
          file: fileOf(ds),
          row: null,
          column: null,
          value: null,
          message_th: `${who} ปี ${year}: ${r.message_th}`,
          message_en: `${who} ${year}: ${r.message_en}`,
        });
  return {
    orgIndex,
    orgId: org?.id ?? null,
    orgName: org?.name ?? null,
    year,
    framework: fw.year,
    threshold: fw.threshold,
    overall: nn(overall),
    publishedOverall: nn(published),
    officialOverall: nn(official),
    publishedTools: printed,
    refused,
    rating,
    pass: sb.pass[g] === -1 ? null : sb.pass[g] === 1,
    pointsToPass: Number.isNaN(official) ? null : Math.max(0, fw.threshold - round(official, 2)),
    tools,
    indicators,
    codes,
    weak,
    missing,
    levels,
    warnings,
  };
}

function fileOf(ds: Dataset): string {
  return ds.files.length === 1 ? (ds.files[0]?.name ?? '') : ds.files.map((f) => f.name).join(', ');
}

function assessmentWarnings(
  ds: Dataset,
  fw: Framework,
  year: number,
  indicators: IndicatorResult[],
  who: string,
  hasPublished: boolean,
): Problem[] {
  const out: Problem[] = [];
  const base = { file: fileOf(ds), row: null, column: null };
  const unknown = indicators.filter((i) => i.score === null);
  if (unknown.length === indicators.length && hasPublished) {
    out.push({
      ...base,
      severity: 'info',
      kind: 'overall-only',
      value: null,
      message_th: `${who} ปี ${year}: มีเพียงคะแนนรวมที่ประกาศ ไม่มีคะแนนตัวชี้วัด จึงให้ระดับได้ตามคะแนนรวม แต่วิเคราะห์จุดที่ต้องปรับปรุงไม่ได้ — เพิ่มคะแนนตัวชี้วัดหรือรายข้อเพื่อวิเคราะห์ต่อ`,
      message_en: `${who} ${year}: only the published overall is known, no indicator scores; it is rated from the overall, but what to improve cannot be analysed — add indicator or question scores for that`,
    });
  } else if (unknown.length > 0) {
    const list = unknown
      .map((i) => `${i.id}${i.missingCodes.length ? ` (${i.missingCodes.join(', ')})` : ''}`)
      .join('; ');
    out.push({
      ...base,
      severity: 'warning',
      kind: 'incomplete',
      value: list,
      message_th: `${who} ปี ${year}: คำนวณคะแนนรวมไม่ได้ เพราะไม่มีคะแนนตัวชี้วัด ${list} — เพิ่มคะแนนตัวชี้วัด หรือคะแนนรายข้อให้ครบทุกข้อ`,
      message_en: `${who} ${year}: the overall cannot be computed; indicator(s) ${list} are unknown — add the indicator scores, or every question/item score`,
    });
  }
  if (fw.year !== year) {
    out.push({
      ...base,
      severity: 'warning',
      kind: 'framework-fallback',
      value: String(year),
      message_th: `ปี ${year} ใช้เกณฑ์ของปี ${fw.year} — โหลดไฟล์เกณฑ์ของปี ${year} หากมีการเปลี่ยนแปลง`,
      message_en: `${year} was scored with the ${fw.year} rules — load a ${year} framework file if the rules changed`,
    });
  }
  return out;
}
