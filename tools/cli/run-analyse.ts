import { analyseGroup, groupMatches, type Analysis } from '../../analysis/analyse';
import { toCsv } from '../../analysis/exports/csv';
import { round } from '../../analysis/scoring/round';
import { toResultJson } from './contract';
import type { CliArgs } from './args';
import { analysisText } from './analyse-text';
import { escapeControls, problemLine, reportErrors } from './output';
import { Sink } from './sink';
import { noResultsProblem } from './no-results';
import { openSession } from './session';
import { documentsJson, documentsText } from './document-output';

/** `ita analyse`: one assessment per organisation × year, analysed and written one at a time. */
export async function runAnalyse(args: CliArgs): Promise<number> {
  const s = await openSession(args);
  const opts = {
    catalogue: s.catalogue,
    ...(args.target !== undefined ? { target: args.target } : {}),
  };
  const filter = {
    ...(args.org !== undefined ? { org: args.org } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
  };
  const errors = s.problems.filter((p) => p.severity === 'error');
  const notes = s.problems.filter((p) => p.severity !== 'error');
  // Text for people has the files' control characters escaped; JSON escapes them itself, CSV keeps data.
  const out = new Sink(args.out, args.format === 'text' ? escapeControls : undefined);
  let count = 0;
  const each = (fn: (x: Analysis) => void): void => {
    for (let g = 0; g < s.sb.groups.count; g++) {
      if (!groupMatches(s.ds, s.sb, g, filter)) continue;
      const x = analyseGroup(s.ds, s.sb, g, opts);
      if (!x) continue;
      fn(x);
      count++;
    }
  };
  if (args.format === 'json') {
    out.write('{"results":[');
    each((x) => {
      const measures = x.measures.map((m) => ({
        code: m.code,
        id: m.id,
        title_th: m.titleTh,
        title_en: m.titleEn,
      }));
      out.write((count > 0 ? ',\n' : '\n') + JSON.stringify(toResultJson(x.assessment, x.path, measures)));
    });
    if (count === 0) errors.push(noResultsProblem(args));
    const docs = s.documents.length > 0 ? `,"documents":${JSON.stringify(documentsJson(s.documents))}` : '';
    out.write(`\n],"errors":${JSON.stringify(errors)},"warnings":${JSON.stringify(notes)}${docs}}\n`);
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
    out.write(toCsv([], [header]));
    each(({ assessment: a }) => {
      const row = [
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
      ];
      out.write(toCsv([], [row], false).replace(/^\r\n/, ''));
    });
    if (count === 0) errors.push(noResultsProblem(args));
  } else {
    const docs = documentsText(s.documents, args.lang);
    if (docs) out.write(`${docs}\n`);
    each((x) => out.write((count > 0 ? '\n' : '') + analysisText(x, args.lang)));
    if (count === 0) errors.push(noResultsProblem(args));
    const problemLines = [...errors, ...notes].map((p) => problemLine(p, args.lang));
    if (problemLines.length) out.write('\n' + problemLines.join('\n') + '\n');
  }
  out.close();
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
