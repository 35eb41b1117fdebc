import { describe, expect, it } from 'vitest';
import { dateDraft, setDateDraft } from '../../src/features/report/lib/date-drafts';
import { parseDateInput } from '../../src/features/report/lib/dates';
import { endDateProblem } from '../../src/features/report/lib/result-checks';

describe('results report dates', () => {
  it('flags a measure marked done without an end date, and an end before the start', () => {
    expect(endDateProblem({ status: 'done', startDate: '2024-10-01', endDate: null })).toBe('doneNoEnd');
    expect(endDateProblem({ status: 'done', startDate: null, endDate: '2025-03-31' })).toBeNull();
    expect(endDateProblem({ status: 'in-progress', startDate: null, endDate: null })).toBeNull();
    expect(endDateProblem({ status: 'done', startDate: '2025-03-31', endDate: '2024-10-01' })).toBe('order');
  });

  it('keeps an unreadable date as typed, field by field, until it is fixed', () => {
    const key = 'plan|m1|end';
    expect(parseDateInput('31/13/2567')).toBe('invalid');
    setDateDraft(key, '31/13/2567');
    expect(dateDraft(key)).toBe('31/13/2567');
    expect(dateDraft('plan|m1|start')).toBeUndefined();
    expect(parseDateInput('31/3/2568')).not.toBe('invalid');
    setDateDraft(key, null);
    expect(dateDraft(key)).toBeUndefined();
  });
});
