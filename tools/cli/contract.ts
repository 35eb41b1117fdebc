import type { PathResult } from '../../analysis/gaps/path';
import type { Problem } from '../../analysis/problems';
import type { Assessment } from '../../analysis/scoring/assessment';
import { round, round2OrNull } from '../../analysis/scoring/round';

/** A suggested measure as the CLI contract names its fields. */
export interface MeasureRef {
  code: string;
  id: string;
  title_th: string;
  title_en: string;
}

/** One result of `analyse --format json`; field names are a contract (shared/design/cli.md). */
export interface AnalyseResultJson {
  org_id: string | null;
  org_name: string | null;
  year: number;
  framework: number;
  overall: number | null;
  published_overall: number | null;
  /** The official overall: published when the file carries it, else computed; rating and pass follow it. */
  official_overall: number | null;
  published_tools: { IIT: number | null; EIT: number | null; OIT: number | null };
  rating: { code: string; label_th: string; label_en: string } | null;
  pass: boolean | null;
  threshold: number;
  points_to_pass: number | null;
  tools: { IIT: number | null; EIT: number | null; OIT: number | null };
  indicators: {
    id: number;
    tool: string;
    name_th: string;
    name_en: string;
    weight: number;
    score: number | null;
    source: string;
    gap: number | null;
    points_lost: number | null;
  }[];
  questions: {
    code: string;
    indicator: number;
    score: number;
    negative_pct: number | null;
    finding_th: string | null;
    finding_en: string | null;
    gap: number;
    impact: number;
  }[];
  weak_questions: string[];
  missing: string[];
  levels: Assessment['levels'];
  /** `margin`: the safety margin asked for; `aim_*`: the lines the path aimed at (target + the margin kept). */
  target: {
    min_overall: number;
    min_each_tool: number | null;
    rating: string | null;
    margin: number;
    aim_overall: number;
    aim_each_tool: number | null;
  } | null;
  /** `total`: the running overall after the step; `tools`: the running tool scores. */
  path_to_pass: {
    code: string;
    from: number;
    to: number;
    points: number;
    effort: number;
    total: number;
    tools: { IIT: number; EIT: number; OIT: number };
  }[];
  path_reached: boolean | null;
  /** Whether the path also keeps the safety margin; null without a path. */
  path_margin_met: boolean | null;
  measures: MeasureRef[];
  warnings: Problem[];
}

const r2 = (v: number): number => round(v, 2);

/** Map an assessment (and its path and measures) to the contract's JSON shape, rounding at output. */
export function toResultJson(
  a: Assessment,
  path: PathResult | null,
  measures: MeasureRef[],
): AnalyseResultJson {
  return {
    org_id: a.orgId,
    org_name: a.orgName,
    year: a.year,
    framework: a.framework,
    overall: a.overall === null ? null : r2(a.overall),
    published_overall: a.publishedOverall,
    official_overall: a.officialOverall === null ? null : r2(a.officialOverall),
    published_tools: a.publishedTools,
    rating: a.rating ? { code: a.rating.code, label_th: a.rating.labelTh, label_en: a.rating.labelEn } : null,
    pass: a.pass,
    threshold: a.threshold,
    points_to_pass: a.pointsToPass === null ? null : r2(a.pointsToPass),
    tools: {
      IIT: round2OrNull(a.tools.IIT ?? NaN),
      EIT: round2OrNull(a.tools.EIT ?? NaN),
      OIT: round2OrNull(a.tools.OIT ?? NaN),
    },
    indicators: a.indicators.map((i) => ({
      id: i.id,
      tool: i.tool,
      name_th: i.nameTh,
      name_en: i.nameEn,
      weight: i.weight,
      score: i.score === null ? null : r2(i.score),
      source: i.source,
      gap: i.gap === null ? null : r2(i.gap),
      points_lost: i.pointsLost === null ? null : r2(i.pointsLost),
    })),
    questions: a.codes.map((c) => ({
      code: c.code,
      indicator: c.indicator,
      score: r2(c.score),
      negative_pct: c.negativePct === null ? null : r2(c.negativePct),
      finding_th: c.findingTh,
      finding_en: c.findingEn,
      gap: r2(c.gap),
      impact: round(c.impact, 6),
    })),
    weak_questions: a.weak,
    missing: a.missing,
    levels: a.levels,
    target: path
      ? {
          min_overall: path.target.minOverall,
          min_each_tool: path.target.minEachTool ?? null,
          rating: path.target.level?.code ?? null,
          margin: r2(path.margin),
          aim_overall: r2(path.aim.minOverall),
          aim_each_tool: path.aim.minEachTool === undefined ? null : r2(path.aim.minEachTool),
        }
      : null,
    path_to_pass: (path?.steps ?? []).map((s) => ({
      code: s.code,
      from: r2(s.from),
      to: r2(s.to),
      points: r2(s.points),
      effort: s.effort,
      total: r2(s.overallAfter),
      tools: { IIT: r2(s.toolsAfter.IIT), EIT: r2(s.toolsAfter.EIT), OIT: r2(s.toolsAfter.OIT) },
    })),
    path_reached: path ? path.reached : null,
    path_margin_met: path ? path.marginMet : null,
    measures,
    warnings: a.warnings,
  };
}
