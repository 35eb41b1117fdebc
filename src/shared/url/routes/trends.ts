/** The trends view's route: its URL state (dataset, agency, the picker's search), read, written, linked. */
export interface TrendsParams {
  ds: string | null;
  /** OrgInfo.key of the agency; null: the picker. */
  org: string | null;
  q: string;
}

export function readTrendsParams(p: URLSearchParams): TrendsParams {
  return { ds: p.get('ds'), org: p.get('org'), q: p.get('q') ?? '' };
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
export function trendsPath(p: { ds: string; org?: string | null }): string {
  return `/trends?${writeTrendsParams(new URLSearchParams(), p)}`;
}
