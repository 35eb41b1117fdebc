import { analyseAll } from '../../analysis/analyse';
import { buildPlan } from '../../analysis/plans/build-plan';
import { planCsv } from '../../analysis/plans/plan-csv';
import { planText } from '../../analysis/plans/plan-text';
import type { CliArgs } from './args';
import { noResultsProblem } from './no-results';
import { emit, emitText, outKind, reportErrors, writeOutput } from './output';
import { openSession } from './session';
import { DEFAULT_TIMEFRAMES } from '../../analysis/plans/timeframe';

/** Whether Word and text output write Thai digits: --digits, else Thai for a Thai Word document. */
export function thaiDigitsOf(args: CliArgs, docx: boolean): boolean {
  return args.digits ? args.digits === 'thai' : docx && args.lang === 'th';
}

/** `ita plan`: the measures plan for the fiscal year after --year (or --plan-year), for --org. */
export async function runPlan(args: CliArgs): Promise<number> {
  const s = await openSession(args);
  const analyses = analyseAll(s.ds, s.sb, {
    catalogue: s.catalogue,
    ...(args.org !== undefined ? { org: args.org } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
  });
  const errors = s.problems.filter((p) => p.severity === 'error');
  if (analyses.length === 0) errors.push(noResultsProblem(args));
  const plans = analyses.map((x) =>
    buildPlan(x, s.catalogue, {
      weakOnly: args.weakOnly,
      ...(args.planYear !== undefined ? { planYear: args.planYear } : {}),
    }),
  );
  const out = args.out ?? '';
  const timeframes = args.timeframe ?? DEFAULT_TIMEFRAMES;
  if (outKind(out) === 'docx') {
    if (plans[0]) {
      const { planDocx } = await import('../../analysis/plans/plan-docx');
      const { sarabunFontsNode } = await import('../node/sarabun-fonts');
      const bytes = await planDocx(plans[0], {
        lang: args.lang,
        thaiDigits: thaiDigitsOf(args, true),
        timeframes,
        fonts: sarabunFontsNode(),
      });
      writeOutput(out, bytes);
    }
  } else if (outKind(out) === 'csv' || args.format === 'csv') {
    emit(plans.map((p) => planCsv(p, { lang: args.lang, timeframes })).join(''), args.out);
  } else if (args.format === 'json') {
    emit(JSON.stringify({ plans, errors }, null, 2) + '\n', args.out);
  } else {
    const thaiDigits = thaiDigitsOf(args, false);
    emitText(plans.map((p) => planText(p, args.lang, { timeframes, thaiDigits })).join('\n'), args.out);
  }
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
