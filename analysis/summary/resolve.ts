import { closestMatch } from '../text/similarity';
import type { AgencyYears } from './agency-years';
import { DIM_LABELS } from './labels';
import { memberDimOf, type QueryProblem } from './parse-query';
import { scoreColumn, type ScoreColumn } from './value-columns';
import { RECORD_DIMS, type Dim, type RecordDim, type SummaryMember, type SummaryQuery } from './types';

/** A query checked against the data: member numbers for every filter and the score columns to read. */
export interface ResolvedQuery {
  query: SummaryQuery;
  /** Tool or indicator when the query splits or filters by one. */
  memberDim: 'tool' | 'indicator' | null;
  /** The tools/indicators kept (numbers into `members[memberDim]`); `[0]` without a member dimension. */
  members: number[];
  /** The score column of each kept member (one column without a member dimension). */
  columns: Float64Array[];
  /** Per filtered record dimension, 1 for each member kept. */
  masks: Partial<Record<RecordDim, Uint8Array>>;
}

/** Member numbers of `dim` that a filter value names; empty when none. */
function matchMembers(dim: Dim, text: string, members: readonly SummaryMember[]): number[] {
  const t = text.trim();
  const lower = t.toLowerCase();
  const found: number[] = [];
  members.forEach((m, i) => {
    if (m.key === t || m.key.toLowerCase() === lower || m.th === t || m.en.toLowerCase() === lower)
      found.push(i);
  });
  if (found.length > 0) return found;
  if (dim === 'district')
    // A bare district name: the district of that name in every province (narrow with a province filter).
    members.forEach((m, i) => {
      if (m.key.slice(m.key.indexOf('/') + 1) === t) found.push(i);
    });
  if (dim === 'year' && /^\d{4}$/.test(t) && Number(t) < 2400)
    return matchMembers(dim, String(Number(t) + 543), members);
  return found;
}

function unknownMember(dim: Dim, text: string, members: readonly SummaryMember[]): QueryProblem {
  const near = closestMatch(
    text,
    members.map((m) => ({ key: m.key, value: m.key })),
  );
  const some = members
    .slice(0, 8)
    .map((m) => m.key)
    .join(', ');
  const hintTh = near ? ` — หมายถึง "${near.value}" หรือไม่` : members.length ? ` — มี เช่น ${some}` : '';
  const hintEn = near
    ? ` — did you mean "${near.value}"?`
    : members.length
      ? ` — there are e.g. ${some}`
      : '';
  return {
    field: 'filter',
    value: `${dim}=${text}`,
    message_th: `ไม่พบ${DIM_LABELS[dim].th} "${text}" ในข้อมูล${hintTh}`,
    message_en: `No ${DIM_LABELS[dim].en.toLowerCase()} "${text}" in the data${hintEn}`,
  };
}

function columnOf(query: SummaryQuery, memberDim: 'tool' | 'indicator' | null, member: number): ScoreColumn {
  const v = query.value;
  if (memberDim === 'tool') return { kind: 'tool', tool: member };
  if (memberDim === 'indicator') return { kind: 'indicator', indicator: member + 1 };
  if (v.kind === 'tool') return { kind: 'tool', tool: ['IIT', 'EIT', 'OIT'].indexOf(v.tool ?? 'IIT') };
  if (v.kind === 'indicator') return { kind: 'indicator', indicator: v.indicator ?? 1 };
  if (v.kind === 'code') return { kind: 'code', code: v.code };
  return { kind: 'overall' };
}

/** Check a parsed query against the data (every filter value must name something there). */
export function resolveQuery(
  ay: AgencyYears,
  query: SummaryQuery,
): { resolved: ResolvedQuery | null; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const masks: Partial<Record<RecordDim, Uint8Array>> = {};
  const memberDim = memberDimOf(query);
  let members = memberDim ? ay.members[memberDim].map((_, i) => i) : [0];
  for (const dim of Object.keys(query.filters) as Dim[]) {
    const list = ay.members[dim];
    const keep = new Uint8Array(list.length);
    for (const text of query.filters[dim] ?? []) {
      const found = matchMembers(dim, text, list);
      if (found.length === 0) problems.push(unknownMember(dim, text, list));
      for (const i of found) keep[i] = 1;
    }
    if (dim === memberDim) members = members.filter((i) => keep[i] === 1);
    else if ((RECORD_DIMS as readonly Dim[]).includes(dim)) masks[dim as RecordDim] = keep;
  }
  if (problems.length > 0) return { resolved: null, problems };
  const columns = members.map((m) => scoreColumn(ay, columnOf(query, memberDim, m)));
  return { resolved: { query, memberDim, members, columns, masks }, problems };
}
