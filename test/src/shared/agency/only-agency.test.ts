import { describe, expect, it } from 'vitest';
import type { AgencyChoice, AgencyYearChoice } from '@analysis/agencies/choices';
import type { OrgInfo } from '@analysis/dataset';
import { onlyAgencyYear } from '@/shared/agency/only-agency';

const info = (key: string): OrgInfo => ({
  key,
  id: key,
  name: key,
  type: null,
  province: null,
  district: null,
});
const agency = (key: string, years: number[]): AgencyChoice => ({ org: 0, info: info(key), years });
const agencyYear = (key: string, year: number): AgencyYearChoice => ({
  org: 0,
  info: info(key),
  year,
  group: 0,
  overall: 90,
});

describe('a dataset with nothing to pick', () => {
  it('opens its one agency in its one year, in either picker mode', () => {
    expect(onlyAgencyYear([agency('A', [2567])])).toEqual({ org: 'A', year: 2567 });
    expect(onlyAgencyYear([agencyYear('A', 2566)])).toEqual({ org: 'A', year: 2566 });
  });

  it('asks when there is a choice: two agencies, or one agency in two years', () => {
    expect(onlyAgencyYear([agency('A', [2566, 2567])])).toBeNull();
    expect(onlyAgencyYear([agency('A', [2567]), agency('B', [2567])])).toBeNull();
    expect(onlyAgencyYear([agencyYear('A', 2566), agencyYear('A', 2567)])).toBeNull();
    expect(onlyAgencyYear([])).toBeNull();
  });
});
