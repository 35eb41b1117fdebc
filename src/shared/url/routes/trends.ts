/** The trends view's route: its URL state (dataset, agency, year carried, the picker's search), read, written, linked. */
export interface TrendsParams {
  ds: string | null;
  /** OrgInfo.key of the agency; null: the picker. */
  org: string | null;
  /**
   * The fiscal year (BE) the user chose elsewhere (gap, plan): trends show every year, but the year is
   * kept in the URL so the links to the other views stay on it.
   */
  year: number | null;
  q: string;
}

export function readTrendsParams(p: URLSearchParams): TrendsParams {
  const year = Number(p.get('year'));
  return {
    ds: p.get('ds'),
    org: p.get('org') || null,
    year: Number.isInteger(year) && year > 2400 && year < 3000 ? year : null,
    q: p.get('q') ?? '',
  };
}

/** Write a change into search params; empty values are left out. */
export function writeTrendsParams(prev: URLSearchParams, patch: Partial<TrendsParams>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  return next;
}

/** Trends of one organisation (its OrgInfo.key) over every fiscal year of dataset `ds`; without org, the agency picker. */
export function trendsPath(p: { ds: string; org?: string | null; year?: number | null }): string {
  return `/trends?${writeTrendsParams(new URLSearchParams(), p)}`;
}
