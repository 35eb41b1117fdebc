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

/** Trends of one organisation (its OrgInfo.key) over every fiscal year of dataset `ds`; without org, the agency picker. */
export function trendsPath(p: { ds: string; org?: string | null }): string {
  return `/trends?${new URLSearchParams(p.org ? { ds: p.ds, org: p.org } : { ds: p.ds })}`;
}

/**
 * Measures plan (`plan`) or results report (`report`) of one organisation drafted from the assessment of
 * fiscal year `year` (BE; the plan is for year + 1); without org/year, the list of saved plans.
 */
function planLink(view: 'plan' | 'report', p: { ds?: string | null; org?: string; year?: number }): string {
  const q = new URLSearchParams();
  if (p.ds) q.set('ds', p.ds);
  if (p.org !== undefined && p.year !== undefined) {
    q.set('org', p.org);
    q.set('year', String(p.year));
  }
  const s = q.toString();
  return `/${view}${s ? `?${s}` : ''}`;
}
export const planPath = (p: { ds?: string | null; org?: string; year?: number } = {}) => planLink('plan', p);
export const reportPath = (p: { ds?: string | null; org?: string; year?: number } = {}) =>
  planLink('report', p);

/** `orgs=` of a compare link: keys joined by `,`; a key holding `,` or `%` is percent-encoded. */
export function joinOrgKeys(keys: readonly string[]): string {
  return keys.map((k) => (/[,%]/.test(k) ? encodeURIComponent(k) : k)).join(',');
}

/** The keys of `orgs=` (see joinOrgKeys), without empties or repeats. */
export function splitOrgKeys(text: string | null): string[] {
  const keys = (text ?? '').split(',').map((k) => {
    try {
      return /%[0-9a-f]{2}/i.test(k) ? decodeURIComponent(k) : k;
    } catch {
      return k;
    }
  });
  return [...new Set(keys.filter(Boolean))];
}

/**
 * Compare & rankings of dataset `ds` in fiscal year `year` (BE): the chosen organisations (OrgInfo.key),
 * the scope (province, district, type names), the ranking order (`overall`, `-overall`, …) and the tab.
 */
export function comparePath(p: {
  ds: string;
  year?: number;
  orgs?: readonly string[];
  province?: string | null;
  district?: string | null;
  type?: string | null;
  sort?: string | null;
  tab?: string | null;
}): string {
  const q = new URLSearchParams({ ds: p.ds });
  if (p.year !== undefined) q.set('year', String(p.year));
  if (p.orgs?.length) q.set('orgs', joinOrgKeys(p.orgs));
  for (const k of ['province', 'district', 'type', 'sort', 'tab'] as const)
    if (p[k]) q.set(k, p[k] as string);
  return `/compare?${q}`;
}
