import { comparePath, readCompareParams } from './routes/compare';
import { dataPath } from './routes/data';
import { gapPath, readGapParams } from './routes/gap';
import { planPath, readPlanParams, reportPath } from './routes/plan';
import { summaryPath } from './routes/summary';
import { readTrendsParams, trendsPath } from './routes/trends';

/**
 * The agency and year that follow the user from view to view: what the current view's URL says (read
 * through each view's route module), else what the user last chose in that dataset. The navigation and
 * the links between views build their addresses from it with the route modules' link builders.
 */
export interface CurrentAgency {
  ds: string | null;
  /** OrgInfo.key of the agency; null when none is chosen. */
  org: string | null;
  /** Fiscal year (BE); null when none is chosen (trends show every year, compare the latest). */
  year: number | null;
}

/** The views that can be reached with the current agency (the ids of src/app/views.ts). */
export type JourneyView = 'data' | 'gap' | 'trends' | 'compare' | 'plan' | 'report' | 'summary';

/** What the user last chose per dataset: dataset id → agency and year. */
export type ChosenAgencies = Readonly<Record<string, { org: string; year: number | null }>>;

const NONE = { org: null, year: null } as const;

/** The agency and year a view's URL holds (`pathname` as the router gives it, e.g. `/gap`). */
export function agencyInUrl(pathname: string, search: URLSearchParams): CurrentAgency {
  const ds = search.get('ds') || null;
  switch (pathname) {
    case '/gap': {
      const p = readGapParams(search);
      return { ds, org: p.org, year: p.year };
    }
    case '/trends': {
      const p = readTrendsParams(search);
      return { ds, org: p.org, year: p.year };
    }
    case '/plan':
    case '/report': {
      // The language only changes document options, not the agency.
      const p = readPlanParams(search, 'th');
      return { ds, org: p.org || null, year: p.org ? p.year : null };
    }
    case '/compare': {
      // The first agency chosen is the user's own; the others are its peers.
      const p = readCompareParams(search);
      const org = p.orgs[0] ?? null;
      return { ds, org, year: org ? p.year : null };
    }
    default:
      return { ds, ...NONE };
  }
}

/**
 * The current agency: the URL's when it names one (with the year chosen before for it when the URL has
 * none, as on trends), else the one last chosen in the same dataset.
 */
export function currentAgency(inUrl: CurrentAgency, chosen: ChosenAgencies): CurrentAgency {
  if (!inUrl.ds) return inUrl;
  const last = Object.hasOwn(chosen, inUrl.ds) ? chosen[inUrl.ds] : undefined;
  if (!last) return inUrl;
  if (!inUrl.org) return { ds: inUrl.ds, org: last.org, year: last.year };
  return inUrl.year === null && last.org === inUrl.org ? { ...inUrl, year: last.year } : inUrl;
}

/**
 * The choices with the URL's agency remembered for its dataset (the same object when nothing changes).
 * A URL without a year keeps the year chosen before for the same agency (trends has none of its own).
 */
export function rememberAgency(chosen: ChosenAgencies, inUrl: CurrentAgency): ChosenAgencies {
  if (!inUrl.ds || !inUrl.org) return chosen;
  const before = Object.hasOwn(chosen, inUrl.ds) ? chosen[inUrl.ds] : undefined;
  const year = inUrl.year ?? (before?.org === inUrl.org ? before.year : null);
  if (before && before.org === inUrl.org && before.year === year) return chosen;
  return { ...chosen, [inUrl.ds]: { org: inUrl.org, year } };
}

/** Read saved choices back (anything damaged is dropped). */
export function parseChosenAgencies(saved: unknown): ChosenAgencies {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return {};
  const out: Record<string, { org: string; year: number | null }> = {};
  for (const [ds, v] of Object.entries(saved as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const { org, year } = v as { org?: unknown; year?: unknown };
    if (typeof org !== 'string' || org === '') continue;
    out[ds] = { org, year: typeof year === 'number' && Number.isInteger(year) ? year : null };
  }
  return out;
}

/**
 * The address of `view` for the current agency, built by that view's route module. A view that needs
 * what is missing opens on its picker (the plan of an agency without a year: its years to choose from).
 */
export function viewLink(view: JourneyView, c: CurrentAgency): string {
  const { ds, org, year } = c;
  if (view === 'data') return dataPath(ds ?? undefined);
  if (!ds) return view === 'plan' ? planPath() : view === 'report' ? reportPath() : `/${view}`;
  switch (view) {
    case 'gap':
      return gapPath({ ds, org, year });
    case 'trends':
      return trendsPath({ ds, org, year });
    case 'compare':
      return comparePath({ ds, year: year ?? undefined, orgs: org ? [org] : [] });
    case 'plan':
      return planPath({ ds, org, year });
    case 'report':
      return reportPath({ ds, org, year });
    case 'summary':
      return summaryPath(ds);
  }
}
