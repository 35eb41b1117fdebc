/** Shared helpers of the document-reader tests: read a fixture, find values, analyse what was read. */
import { readFileSync } from 'node:fs';
import { analyseAll, type Analysis } from '../../../analysis/analyse';
import { documentInput, placeProblems } from '../../../analysis/ingest/text/document-input';
import { readDocumentText } from '../../../analysis/ingest/text/read-bytes';
import type { Reading, ReadValue } from '../../../analysis/ingest/text/types';
import { ingest } from '../../../analysis/ingest/ingest';
import type { Problem } from '../../../analysis/problems';
import { scoreAll } from '../../../analysis/scoring/score-all';
import { toArabicDigits } from '../../../analysis/text/thai-digits';
import { SATENG_2567_INDICATORS } from '../../fixtures/satengnok-2567';
import { repoPath } from '../../helpers';

/** A fixture of test/fixtures/documents/ as text. */
export function documentText(name: string): string {
  return readFileSync(repoPath(`test/fixtures/documents/${name}`), 'utf8');
}

/** Read a text fixture with the document reader. */
export function readFixture(name: string): Reading {
  return readDocumentText(name, documentText(name));
}

/** The values read for a code (a code quoted twice has two). */
export function valuesOf(r: Reading, code: string): ReadValue[] {
  return r.values.filter((v) => v.code === code);
}

/** code → [score, negative share] as numbers (null when none), from the values read. */
export function scoresOf(r: Reading, kind: ReadValue['kind']): Record<string, [number, number | null]> {
  const out: Record<string, [number, number | null]> = {};
  for (const v of r.values.filter((x) => x.kind === kind))
    out[v.code] = [
      Number(toArabicDigits(v.score)),
      v.negative ? Number(toArabicDigits(v.negative.value)) : null,
    ];
  return out;
}

/** Seed 001's indicator table as scoresOf gives it: each indicator's score, no negative share printed. */
export const SATENG_INDICATOR_SCORES: Record<string, [number, number | null]> = Object.fromEntries(
  SATENG_2567_INDICATORS.map(([indicator, score]) => [String(indicator), [score, null]]),
);

/** Ingest a reading as the CLI does (values as read; agency and year proposed unless given) and analyse it. */
export function analyseReading(
  r: Reading,
  given: { org?: string; year?: number } = {},
): { analyses: Analysis[]; problems: Problem[] } {
  const input = documentInput(r, given);
  const ds = ingest([input.file]);
  const analyses = analyseAll(ds, scoreAll(ds));
  return { analyses, problems: placeProblems(ds.problems, r, input) };
}
