import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseAll } from '../../analysis/analyse';
import { decodeBytes } from '../../analysis/ingest/decode';
import { buildPlan } from '../../analysis/plans/build-plan';
import { readResultsCsv, reportCsvText } from '../../analysis/plans/report-csv';
import { reportScores, reportSourceOf, type ReportSource } from '../../analysis/plans/report-source';
import { reportText } from '../../analysis/plans/report-text';
import type { ReportMemo } from '../../analysis/plans/types';
import type { Problem } from '../../analysis/problems';
import type { CliArgs } from './args';
import { noResultsProblem } from './no-results';
import { emit, emitText, outKind, reportErrors, writeOutput } from './output';
import { thaiDigitsOf } from './run-plan';
import { openSession } from './session';
import { DEFAULT_TIMEFRAMES } from '../../analysis/plans/timeframe';

const BLANK_MEMO: ReportMemo = { office: '', ref: '', date: null, to: '', signer: '', signerPosition: '' };

function unreadable(file: string): Problem {
  return {
    severity: 'error',
    kind: 'unreadable-file',
    file,
    row: null,
    column: null,
    value: null,
    message_th: 'อ่านไฟล์ผลการดำเนินการไม่ได้ — ตรวจสอบชื่อและที่อยู่ของไฟล์',
    message_en: 'Cannot read the results file — check its name and path',
  };
}

/**
 * `ita report`: the results report of the plan for the year after --year (or --plan-year), for --org:
 * filled from --results (the CSV the app's report view exports) or, without it, the drafted plan's
 * measures with blank results to fill in; the indicator table of the plan year when the data hold it,
 * else of --year.
 */
export async function runReport(args: CliArgs): Promise<number> {
  const s = await openSession(args);
  const filter = { catalogue: s.catalogue, ...(args.org !== undefined ? { org: args.org } : {}) };
  const analyses = analyseAll(s.ds, s.sb, {
    ...filter,
    ...(args.year !== undefined ? { year: args.year } : {}),
  });
  const errors = s.problems.filter((p) => p.severity === 'error');
  const x = analyses[0];
  if (!x) errors.push(noResultsProblem(args));
  let src: ReportSource | null = null;
  if (x) {
    const plan = buildPlan(x, s.catalogue, {
      weakOnly: args.weakOnly,
      ...(args.planYear !== undefined ? { planYear: args.planYear } : {}),
    });
    const later = analyseAll(s.ds, s.sb, { ...filter, year: plan.planYear })[0];
    const scores = reportScores((later ?? x).assessment);
    const lang = args.lang;
    const timeframes = args.timeframe ?? DEFAULT_TIMEFRAMES;
    const options = { cover: args.cover, memo: args.memo ? BLANK_MEMO : null };
    src = reportSourceOf(plan, { planId: plan.id, results: {}, ...options }, { lang, timeframes, scores });
    if (args.resultsFile) {
      let text: string | null = null;
      try {
        text = decodeBytes(new Uint8Array(readFileSync(args.resultsFile))).text;
      } catch {
        errors.push(unreadable(args.resultsFile));
      }
      if (text !== null) {
        const read = readResultsCsv(text, basename(args.resultsFile));
        errors.push(...read.problems);
        src = { ...src, issues: read.issues };
      }
    }
  }
  const out = args.out ?? '';
  if (outKind(out) === 'docx') {
    if (src) {
      const { reportSourceDocx } = await import('../../analysis/plans/report-docx');
      const { sarabunFontsNode } = await import('../node/sarabun-fonts');
      const bytes = await reportSourceDocx(src, {
        lang: args.lang,
        thaiDigits: thaiDigitsOf(args, true),
        fonts: sarabunFontsNode(),
      });
      writeOutput(out, bytes);
    }
  } else if (outKind(out) === 'csv' || args.format === 'csv') {
    emit(src ? reportCsvText(src, args.lang) : '', args.out);
  } else if (args.format === 'json') {
    emit(JSON.stringify({ report: src, errors }, null, 2) + '\n', args.out);
  } else {
    emitText(src ? reportText(src, args.lang, thaiDigitsOf(args, false)) : '', args.out);
  }
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
