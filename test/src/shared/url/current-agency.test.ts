import { describe, expect, it } from 'vitest';
import {
  agencyInUrl,
  currentAgency,
  parseChosenAgencies,
  rememberAgency,
  viewLink,
  type CurrentAgency,
} from '@/shared/url/current-agency';

const url = (pathname: string, search: string) => agencyInUrl(pathname, new URLSearchParams(search));
/** The search part of a link as a map (order-free). */
const query = (link: string) => Object.fromEntries(new URLSearchParams(link.split('?')[1] ?? ''));

const HADTA = 'demo-org-0042';

describe('the agency a view URL holds', () => {
  it('reads the agency and year of gap, trends, plan and report', () => {
    for (const view of ['/gap', '/trends', '/plan', '/report'])
      expect(url(view, `ds=demo&org=${HADTA}&year=2567&tab=path`)).toEqual({
        ds: 'demo',
        org: HADTA,
        year: 2567,
      });
  });

  it('takes the first agency chosen in compare as the user’s own', () => {
    expect(url('/compare', 'ds=demo&year=2566&orgs=a,b,c')).toEqual({ ds: 'demo', org: 'a', year: 2566 });
    expect(url('/compare', 'ds=demo&year=2566')).toEqual({ ds: 'demo', org: null, year: null });
  });

  it('finds none on the data page and the summary tables (their year is a filter, not a choice)', () => {
    expect(url('/', 'ds=demo&year=2567&q=x')).toEqual({ ds: 'demo', org: null, year: null });
    expect(url('/summary', 'ds=demo')).toEqual({ ds: 'demo', org: null, year: null });
  });

  it('drops a year that is not a fiscal year', () => {
    expect(url('/trends', `ds=demo&org=${HADTA}&year=67`).year).toBeNull();
    expect(url('/gap', `ds=demo&org=${HADTA}&year=abc`).year).toBeNull();
  });
});

describe('carrying the agency from view to view', () => {
  it('remembers what a view names and offers it where the URL names none, in the same dataset only', () => {
    let chosen = rememberAgency({}, url('/gap', `ds=demo&org=${HADTA}&year=2567`));
    expect(currentAgency(url('/', 'ds=demo'), chosen)).toEqual({ ds: 'demo', org: HADTA, year: 2567 });
    // Another dataset does not get it.
    expect(currentAgency(url('/', 'ds=mine'), chosen)).toEqual({ ds: 'mine', org: null, year: null });
    // A URL that names an agency wins over the memory, and becomes the memory.
    chosen = rememberAgency(chosen, url('/compare', 'ds=demo&orgs=other&year=2566'));
    expect(currentAgency(url('/summary', 'ds=demo'), chosen).org).toBe('other');
  });

  it('keeps the year when trends (which has none of its own) shows the same agency', () => {
    const before = rememberAgency({}, url('/gap', `ds=demo&org=${HADTA}&year=2565`));
    const after = rememberAgency(before, url('/trends', `ds=demo&org=${HADTA}`));
    expect(after).toBe(before);
    // …and the links onward from trends keep it.
    expect(currentAgency(url('/trends', `ds=demo&org=${HADTA}`), after).year).toBe(2565);
    expect(currentAgency(url('/trends', 'ds=demo&org=elsewhere'), after).year).toBeNull();
    expect(rememberAgency(before, url('/trends', 'ds=demo&org=elsewhere'))).toEqual({
      demo: { org: 'elsewhere', year: null },
    });
  });

  it('reads saved choices back, dropping damaged ones', () => {
    expect(
      parseChosenAgencies({
        demo: { org: HADTA, year: 2567 },
        bad: { org: 5 },
        odd: 'x',
        y: { org: 'k', year: 'z' },
      }),
    ).toEqual({ demo: { org: HADTA, year: 2567 }, y: { org: 'k', year: null } });
    expect(parseChosenAgencies(null)).toEqual({});
    expect(parseChosenAgencies([1, 2])).toEqual({});
  });
});

describe('links to every view for the current agency', () => {
  const c: CurrentAgency = { ds: 'demo', org: HADTA, year: 2567 };

  it('builds each view’s address with its route module, agency and year kept', () => {
    expect(viewLink('gap', c)).toMatch(/^\/gap\?/);
    expect(query(viewLink('gap', c))).toEqual({ ds: 'demo', org: HADTA, year: '2567' });
    expect(query(viewLink('trends', c))).toEqual({ ds: 'demo', org: HADTA, year: '2567' });
    expect(query(viewLink('compare', c))).toEqual({ ds: 'demo', orgs: HADTA, year: '2567' });
    expect(query(viewLink('plan', c))).toEqual({ ds: 'demo', org: HADTA, year: '2567' });
    expect(viewLink('report', c)).toMatch(/^\/report\?/);
    expect(query(viewLink('summary', c))).toEqual({ ds: 'demo' });
    expect(viewLink('data', c)).toBe('/?ds=demo');
  });

  it('leaves out what is not chosen, so the view opens on its picker', () => {
    const none: CurrentAgency = { ds: 'demo', org: null, year: null };
    expect(viewLink('gap', none)).toBe('/gap?ds=demo');
    expect(viewLink('plan', none)).toBe('/plan?ds=demo');
    expect(viewLink('compare', none)).toBe('/compare?ds=demo');
    // An agency without a year: the plan lists that agency's years.
    expect(query(viewLink('plan', { ...c, year: null }))).toEqual({ ds: 'demo', org: HADTA });
    expect(viewLink('gap', { ds: null, org: null, year: null })).toBe('/gap');
    expect(viewLink('data', { ds: null, org: null, year: null })).toBe('/');
  });

  it('round-trips: a view opened from a link names the same agency and year', () => {
    for (const view of ['gap', 'trends', 'compare', 'plan', 'report'] as const) {
      const [path, search] = viewLink(view, c).split('?');
      expect(agencyInUrl(path ?? '', new URLSearchParams(search))).toEqual(c);
    }
  });
});
