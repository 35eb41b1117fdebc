import { PEER_BASES, type PeerBasis, type YearTable } from './year-table';

/** Where one agency stands in one peer group. */
export interface Standing {
  basis: PeerBasis;
  /** The group's name: the type, the province, or `ประเทศ` (as `ita rank` names it). */
  group: string;
  /** 1 = best; ties share a rank; 0 when the agency's overall is unknown. */
  rank: number;
  /** Agencies of the group with a known overall. */
  size: number;
  /** Share of the group scoring strictly lower, 0–100 (as `ita rank`). */
  percentile: number;
}

/** Rank and percentile of a year-table row among its type, its province and the whole country. */
export function standings(yt: YearTable, row: number): Standing[] {
  return PEER_BASES.map((basis) => {
    const r = yt.ranks[basis];
    const group =
      basis === 'country'
        ? 'ประเทศ'
        : basis === 'province'
          ? (yt.province.values[yt.province.ids[row] as number] as string)
          : (yt.type.values[yt.type.ids[row] as number] as string);
    return {
      basis,
      group,
      rank: r.rank[row] as number,
      size: r.size[row] as number,
      percentile: r.percentile[row] as number,
    };
  });
}
