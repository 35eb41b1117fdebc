/** Small helpers shared by the measures tests. */
import { expect } from 'vitest';
import type { Measure } from '@analysis/measures/types';
import type { Problem } from '@analysis/problems';

export const HEADER =
  'id,code,years,title_th,title_en,steps_th,steps_en,unit_th,unit_en,timeframe,evidence_th,evidence_en,effort';

/** A sound catalogue row (CSV text) with the given id, code, years and effort. */
export function row(id: string, code: string, years = '2566-2568', effort = '2'): string {
  return `${id},${code},${years},ทดสอบมาตรการ,Test measure,"1. ขั้นแรก\n2. ขั้นสอง","1. First\n2. Second",สำนักปลัด,Office,Q1-Q4,ภาพกิจกรรม,Photos,${effort}`;
}

/** A catalogue text: the header then the rows, CRLF between them. */
export function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

/** A measure for merge/query tests. */
export function measure(id: string, code: string, years: [number, number], effort: 1 | 2 | 3 = 2): Measure {
  return {
    id,
    code,
    years,
    titleTh: 'มาตรการ',
    titleEn: 'Measure',
    stepsTh: ['ขั้น'],
    stepsEn: ['Step'],
    unitTh: 'สำนักปลัด',
    unitEn: 'Office',
    timeframe: 'Q1',
    evidenceTh: 'หลักฐาน',
    evidenceEn: 'Evidence',
    effort,
    sourceFile: 't.csv',
    sourceRow: 2,
  };
}

/** Asserts a problem of `kind` exists at `row` (and `column`), with both messages, and returns it. */
export function expectProblemAt(
  problems: Problem[],
  kind: string,
  row: number | null,
  column?: string,
): Problem {
  const found = problems.find(
    (p) => p.kind === kind && p.row === row && (column === undefined || p.column === column),
  );
  expect(found, `expected ${kind} at row ${row} in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
  const p = found as Problem;
  expect(p.message_th).toMatch(/[\u0E00-\u0E7F]/);
  expect(p.message_en).toMatch(/[a-z]/);
  expect(p.message_en).not.toMatch(/[\u0E00-\u0E7F]/);
  return p;
}
