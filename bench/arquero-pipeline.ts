import * as aq from 'arquero';
import type { Framework } from '../analysis/frameworks/types';

type Table = ReturnType<typeof aq.table>;

/** The code → indicator/sub-indicator map of a framework as an Arquero table. */
export function codeTable(fw: Framework): Table {
  const code: string[] = [];
  const indicator: number[] = [];
  const sub: string[] = [];
  const impact: number[] = [];
  const qCount = new Map<number, number>();
  for (const q of fw.questions) qCount.set(q.indicator, (qCount.get(q.indicator) ?? 0) + 1);
  const subCount = new Map<string, number>();
  for (const o of fw.oitItems) subCount.set(o.subIndicator, (subCount.get(o.subIndicator) ?? 0) + 1);
  const subsOf = new Map<number, number>();
  for (const s of fw.subIndicators)
    if ((subCount.get(s.id) ?? 0) > 0) subsOf.set(s.indicator, (subsOf.get(s.indicator) ?? 0) + 1);
  const weight = new Map(fw.indicators.map((i) => [i.id, i.weight]));
  for (const q of fw.questions) {
    code.push(q.code);
    indicator.push(q.indicator);
    sub.push(`q${q.indicator}`);
    impact.push((weight.get(q.indicator) ?? 0) / 100 / (qCount.get(q.indicator) ?? 1));
  }
  for (const o of fw.oitItems) {
    const ind = fw.subIndicators.find((s) => s.id === o.subIndicator)?.indicator ?? 9;
    code.push(o.code);
    indicator.push(ind);
    sub.push(o.subIndicator);
    impact.push((weight.get(ind) ?? 0) / 100 / (subsOf.get(ind) ?? 1) / (subCount.get(o.subIndicator) ?? 1));
  }
  return aq.table({ code, indicator, sub, impact });
}

/**
 * The naive Arquero pipeline the bench compares against: indicators (sub-indicators for OIT), tools,
 * overall, gap, rank in province and the 5 weakest questions of every agency, with groupby/rollup/join.
 */
export function arqueroRecompute(
  scores: Table,
  orgs: Table,
  codes: Table,
  weights: Table,
): { ranked: Table; weakest: Table } {
  const op = aq.op;
  const q = scores.join(codes, 'code');
  const subs = q.groupby('org_id', 'year', 'indicator', 'sub').rollup({ s: op.mean('score') });
  const ind = subs.groupby('org_id', 'year', 'indicator').rollup({ score: op.mean('s') });
  const overall = ind
    .join(weights, 'indicator')
    .derive({ part: (d: { score: number; weight: number }) => (d.score * d.weight) / 100 })
    .groupby('org_id', 'year', 'tool')
    .rollup({ tool_score: op.mean('score'), part: op.sum('part') })
    .groupby('org_id', 'year')
    .rollup({ overall: op.sum('part'), min_tool: op.min('tool_score') })
    .derive({ gap: (d: { overall: number }) => Math.max(0, 85 - d.overall) });
  const ranked = overall
    .join(orgs, 'org_id')
    .groupby('year', 'province')
    .orderby(aq.desc('overall'))
    .derive({ rank: op.rank() });
  const weakest = q
    .derive({ loss: (d: { impact: number; score: number }) => d.impact * Math.max(0, 85 - d.score) })
    .filter((d: { loss: number }) => d.loss > 0)
    .groupby('org_id', 'year')
    .orderby(aq.desc('loss'))
    .derive({ r: op.row_number() })
    .filter((d: { r: number }) => d.r <= 5);
  return { ranked, weakest };
}
