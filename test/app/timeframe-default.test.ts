import { describe, expect, it } from 'vitest';
import { readPlanParams } from '../../src/features/plan/hooks/use-plan-params';
import { DEFAULT_TIMEFRAMES } from '../../analysis/plans/timeframe';
import { readReportParams } from '../../src/features/report/hooks/use-report-params';

describe('plan and report timeframes', () => {
  it('default the same way (quarters, as the seed-004 plan prints them) and both read tf=months', () => {
    const none = new URLSearchParams('ds=x&org=a&year=2566');
    expect(DEFAULT_TIMEFRAMES).toBe('quarters');
    expect(readPlanParams(none, 'th').timeframes).toBe(DEFAULT_TIMEFRAMES);
    expect(readReportParams(none, 'th').timeframes).toBe(DEFAULT_TIMEFRAMES);
    for (const tf of ['months', 'quarters'] as const) {
      const p = new URLSearchParams(`ds=x&tf=${tf}`);
      expect(readPlanParams(p, 'th').timeframes).toBe(tf);
      expect(readReportParams(p, 'en').timeframes).toBe(tf);
    }
    expect(readReportParams(new URLSearchParams('tf=weeks'), 'th').timeframes).toBe(DEFAULT_TIMEFRAMES);
  });
});
