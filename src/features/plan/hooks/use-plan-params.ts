import type { Lang } from '@analysis/text/lang';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSettings } from '@/shared/i18n/settings-store';

/** What the plan view shows, all in its URL (`#/plan?ds=…&org=…&year=…&tf=months&td=0`). */
export interface PlanParams {
  ds: string | null;
  /** OrgInfo.key of the agency. */
  org: string | null;
  /** Fiscal year (BE) of the assessment the plan is drafted from; the plan is for year + 1. */
  year: number | null;
  /** Export options: timeframes in quarters or months; Thai digits in documents. */
  timeframes: 'quarters' | 'months';
  thaiDigits: boolean;
  /** Search text of the agency picker. */
  q: string;
}

/** A plan's id from its agency and assessed year (as analysis/plans/build-plan.ts makes it). */
export const planIdOf = (org: string, year: number): string => `${org}|${year + 1}`;

export function readPlanParams(p: URLSearchParams, lang: Lang): PlanParams {
  const year = Number(p.get('year'));
  const td = p.get('td');
  return {
    ds: p.get('ds') || null,
    org: p.get('org'),
    year: Number.isInteger(year) && year > 2400 && year < 3000 ? year : null,
    timeframes: p.get('tf') === 'months' ? 'months' : 'quarters',
    // Thai official documents write Thai digits: on by default for Thai, off for English.
    thaiDigits: td === null ? lang === 'th' : td === '1',
    q: p.get('q') ?? '',
  };
}

export interface PlanParamsPatch {
  ds?: string | null;
  timeframes?: 'quarters' | 'months';
  thaiDigits?: boolean;
  q?: string;
}

/** The view's state and a setter (options replace the history entry; they are not places to go back to). */
export function usePlanParams(): [PlanParams, (patch: PlanParamsPatch) => void] {
  const { lang } = useSettings();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readPlanParams(search, lang), [search, lang]);
  const update = useCallback(
    (patch: PlanParamsPatch) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          const put = (k: string, v: string | null) =>
            v === null || v === '' ? next.delete(k) : next.set(k, v);
          if (patch.ds !== undefined) put('ds', patch.ds);
          if (patch.timeframes !== undefined) put('tf', patch.timeframes === 'months' ? 'months' : null);
          if (patch.thaiDigits !== undefined) put('td', patch.thaiDigits ? '1' : '0');
          if (patch.q !== undefined) put('q', patch.q);
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return [params, update];
}
