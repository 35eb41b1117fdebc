/** Small domain helpers shared by the framework tests. */
import { expect } from 'vitest';
import type { Problem } from '@analysis/problems';
import type { Framework } from '@analysis/frameworks/types';

/** Overall points (0–100) lost when one OIT item fails, by the equal-weight sub-indicator rule. */
export function pointsPerOitItem(f: Framework, code: string): number {
  const item = f.oitItems.find((o) => o.code === code);
  if (!item) throw new Error(`no ${code} in ${f.year}`);
  const sub = f.subIndicators.find((s) => s.id === item.subIndicator);
  if (!sub) throw new Error(`no sub-indicator ${item.subIndicator}`);
  const indicator = f.indicators.find((i) => i.id === sub.indicator);
  if (!indicator) throw new Error(`no indicator ${sub.indicator}`);
  const subs = f.subIndicators.filter((s) => s.indicator === sub.indicator).length;
  const items = f.oitItems.filter((o) => o.subIndicator === sub.id).length;
  return indicator.weight * (1 / subs) * (1 / items);
}

/** Asserts that `problems` holds a problem of `kind` (optionally at `column`) with both messages, and returns it. */
export function expectProblem(problems: Problem[], kind: string, column?: string): Problem {
  const found = problems.find((p) => p.kind === kind && (column === undefined || p.column === column));
  expect(
    found,
    `expected ${kind}${column ? ` at ${column}` : ''} in ${JSON.stringify(problems, null, 1)}`,
  ).toBeDefined();
  const p = found as Problem;
  expect(p.message_th.length).toBeGreaterThan(10);
  expect(p.message_en.length).toBeGreaterThan(10);
  expect(p.row).toBeNull();
  return p;
}

/** The error problems only. */
export function errorsOf(problems: Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
