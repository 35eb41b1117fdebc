import { toCsv } from '../../analysis/exports/csv';
import { AGENCY_YEAR_FIELDS } from '../../analysis/ingest/columns';
import { rankAll } from '../../analysis/rank';
import { ratingLevel } from '../../analysis/scoring/rating';
import { round } from '../../analysis/scoring/round';
import type { CliArgs } from './args';
import { noResultsProblem } from './no-results';
import { emit, emitText, oneLine, problemLine, reportErrors } from './output';
import { openSession } from './session';

/** `ita rank`: every organisation's overall, rating, rank and percentile within its peer group. */
export async function runRank(args: CliArgs): Promise<number> {
  const s = await openSession(args);
  const by = args.by ?? 'country';
  const ranked = rankAll(s.ds, s.sb, by, args.year).filter(
    (r) => args.org === undefined || r.org.id === args.org || r.org.name === args.org,
  );
  const errors = s.problems.filter((p) => p.severity === 'error');
  if (ranked.length === 0) errors.push(noResultsProblem(args));
  const rows = ranked.map((r) => {
    const fw = s.sb.frameworks[r.group];
    const level = ratingLevel(fw, s.sb.rating[r.group] as number);
    return {
      org_id: r.org.id,
      org_name: r.org.name,
      org_type: r.org.type,
      province: r.org.province,
      district: r.org.district,
      year: r.year,
      overall: Number.isNaN(r.overall) ? null : round(r.overall, 2),
      overall_source: r.source,
      rating: level ? { code: level.code, label_th: level.labelTh, label_en: level.labelEn } : null,
      pass: s.sb.pass[r.group] === -1 ? null : s.sb.pass[r.group] === 1,
      group: r.peerGroup,
      rank: r.rank || null,
      group_size: r.groupSize,
      percentile: r.rank ? round(r.percentile, 2) : null,
    };
  });
  if (args.format === 'json') {
    emit(
      JSON.stringify({
        by,
        year: args.year ?? null,
        rows,
        errors,
        warnings: s.problems.filter((p) => p.severity !== 'error'),
      }) + '\n',
      args.out,
    );
  } else if (args.format === 'csv') {
    const header = [
      ...AGENCY_YEAR_FIELDS,
      'overall',
      'rating',
      'pass',
      'group',
      'rank',
      'group_size',
      'percentile',
    ];
    emit(
      toCsv(
        header,
        rows.map((r) => [
          r.org_id,
          r.org_name,
          r.org_type,
          r.province,
          r.district,
          r.year,
          r.overall,
          r.rating?.code ?? null,
          r.pass === null ? null : r.pass ? 'yes' : 'no',
          r.group,
          r.rank,
          r.group_size,
          r.percentile,
        ]),
      ),
      args.out,
    );
  } else {
    const th = args.lang === 'th';
    const lines = rows.map((r) => {
      const name = oneLine(r.org_name ?? r.org_id ?? '—');
      const rating = r.rating ? (th ? r.rating.label_th : r.rating.label_en) : '—';
      const rank = r.rank ? `${r.rank}/${r.group_size}` : '—';
      return `${r.year}  ${oneLine(r.group)}  ${rank.padStart(9)}  ${(r.overall ?? NaN).toFixed(2).padStart(6)}  ${rating}  ${name}`;
    });
    const problems = [...errors, ...s.problems.filter((p) => p.severity !== 'error')].map((p) =>
      problemLine(p, args.lang),
    );
    emitText([...lines, ...problems].join('\n') + '\n', args.out);
  }
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
