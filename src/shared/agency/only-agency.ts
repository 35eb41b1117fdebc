import type { AgencyChoice, AgencyYearChoice } from '@analysis/agencies/choices';

/**
 * The one agency-year of a dataset that holds a single agency in a single year (nothing to pick: a view
 * opens it directly), else null. Takes the picker's choices in either mode.
 */
export function onlyAgencyYear(
  choices: readonly (AgencyChoice | AgencyYearChoice)[],
): { org: string; year: number } | null {
  if (choices.length !== 1) return null;
  const c = choices[0];
  if (!c) return null;
  if ('year' in c) return { org: c.info.key, year: c.year };
  const year = c.years.length === 1 ? c.years[0] : undefined;
  return year === undefined ? null : { org: c.info.key, year };
}
