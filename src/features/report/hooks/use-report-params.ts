import type { Lang } from '@analysis/text/lang';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSettings } from '@/shared/i18n/settings-store';

/** What the report view shows, in its URL (`#/report?ds=…&org=…&year=…&tf=months&td=0`). */
export interface ReportParams {
  ds: string | null;
  org: string | null;
  /** Fiscal year (BE) of the assessment the plan was drafted from; the plan (and report) is for year + 1. */
  year: number | null;
  timeframes: 'quarters' | 'months';
  thaiDigits: boolean;
}

export const planIdOf = (org: string, year: number): string => `${org}|${year + 1}`;

export function readReportParams(p: URLSearchParams, lang: Lang): ReportParams {
  const year = Number(p.get('year'));
  const td = p.get('td');
  return {
    ds: p.get('ds') || null,
    org: p.get('org'),
    year: Number.isInteger(year) && year > 2400 && year < 3000 ? year : null,
    // Agencies' reports give the period in months (ต.ค. 2567 – มี.ค. 2568).
    timeframes: p.get('tf') === 'quarters' ? 'quarters' : 'months',
    thaiDigits: td === null ? lang === 'th' : td === '1',
  };
}

export function useReportParams(): [
  ReportParams,
  (patch: { timeframes?: 'quarters' | 'months'; thaiDigits?: boolean }) => void,
] {
  const { lang } = useSettings();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readReportParams(search, lang), [search, lang]);
  const update = useCallback(
    (patch: { timeframes?: 'quarters' | 'months'; thaiDigits?: boolean }) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (patch.timeframes) {
            if (patch.timeframes === 'quarters') next.set('tf', 'quarters');
            else next.delete('tf');
          }
          if (patch.thaiDigits !== undefined) next.set('td', patch.thaiDigits ? '1' : '0');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [params, update];
}
