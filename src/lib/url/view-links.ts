/**
 * Paths of the views, built in one place so a feature can link to another view without importing it
 * (features do not import each other). Paths are for react-router (`<Link to>`), hash routing adds `#`.
 */

/** The data page, optionally on one dataset. */
export function dataPath(ds?: string): string {
  return ds ? `/?${new URLSearchParams({ ds })}` : '/';
}

/** Gap analysis of one organisation (its OrgInfo.key) in one fiscal year (BE) of dataset `ds`. */
export function gapPath(p: { ds: string; org: string; year: number }): string {
  return `/gap?${new URLSearchParams({ ds: p.ds, org: p.org, year: String(p.year) })}`;
}
