import { slotKind } from '@analysis/codes';
import type { LoadedDataset } from '@/shared/dataset/types';

/** What a loaded dataset holds, in figures. */
export interface DataSummary {
  agencies: number;
  years: number[];
  /** Usable values per level. */
  levels: { indicator: number; question: number; oit: number };
  /** Agency-years, and those whose overall score can be computed. */
  agencyYears: number;
  computable: number;
  values: number;
}

/** Agencies, years, levels and completeness of a loaded dataset (levels from the worker's slot counts). */
export function summarise({ dataset, scoreboard: sb, slotCounts }: LoadedDataset): DataSummary {
  const levels = { indicator: 0, question: 0, oit: 0 };
  slotCounts.forEach((n, slot) => {
    const k = slotKind(slot);
    if (k === 'indicator') levels.indicator += n;
    else if (k === 'IIT' || k === 'EIT') levels.question += n;
    else if (k === 'OIT') levels.oit += n;
  });
  const orgs = new Set<number>();
  const years = new Set<number>();
  let computable = 0;
  for (let g = 0; g < sb.groups.count; g++) {
    orgs.add(sb.groups.org[g] as number);
    years.add(sb.groups.year[g] as number);
    if (!Number.isNaN(sb.overall[g] as number)) computable++;
  }
  return {
    agencies: orgs.size,
    years: [...years].sort((a, b) => a - b),
    levels,
    agencyYears: sb.groups.count,
    computable,
    values: dataset.table.length,
  };
}
