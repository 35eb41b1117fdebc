import { analyseAll } from '../analyse';
import { toCsv } from '../exports/csv';
import { round } from '../scoring/round';
import { toResultJson } from './contract';
import type { CliArgs } from './args';
import { analysisText } from './analyse-text';
import { emit, problemLine, reportErrors } from './output';
import { noResultsProblem } from './no-results';
import { openSession } from './session';

/** `ita analyse`: one assessment per organisation × year. */
export function runAnalyse(args: CliArgs): number {
  const s = openSession(args);
  const analyses = analyseAll(s.ds, s.sb, {
    catalogue: s.catalogue,
    ...(args.org !== undefined ? { org: args.org } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
    ...(args.target !== undefined ? { target: args.target } : {}),
  });
  const errors = s.problems.filter((p) => p.severity === 'error');
  if (analyses.length === 0) errors.push(noResultsProblem(args));
  const notes = s.problems.filter((p) => p.severity !== 'error');
  if (args.format === 'json') {
    const results = analyses.map((x) =>
      toResultJson(
        x.assessment,
        x.path,
        x.measures.map((m) => ({ code: m.code, id: m.id, title_th: m.titleTh, title_en: m.titleEn })),
      ),
    );
    emit(JSON.stringify({ results, errors, warnings: notes }, null, 2) + '\n', args.out);
  } else if (args.format === 'csv') {
    const header = [
      'org_id',
      'org_name',
      'year',
      'framework',
      'overall',
      'rating',
      'pass',
      'IIT',
      'EIT',
      'OIT',
      ...Array.from({ length: 10 }, (_, i) => `ind${i + 1}`),
    ];
    const f = (v: number | null): number | null => (v === null ? null : round(v, 2));
    const rows = analyses.map(({ assessment: a }) => [
      a.orgId,
      a.orgName,
      a.year,
      a.framework,
      f(a.overall),
      a.rating?.code ?? null,
      a.pass === null ? null : a.pass ? 'yes' : 'no',
      f(a.tools.IIT),
      f(a.tools.EIT),
      f(a.tools.OIT),
      ...a.indicators.map((i) => f(i.score)),
    ]);
    emit(toCsv(header, rows), args.out);
  } else {
    const parts = analyses.map((x) => analysisText(x, args.lang));
    const problemLines = [...errors, ...notes].map((p) => problemLine(p, args.lang));
    emit(parts.join('\n') + (problemLines.length ? '\n' + problemLines.join('\n') + '\n' : ''), args.out);
  }
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
