import { agencyYears } from '../../analysis/summary/agency-years';
import { parseQuery, type QueryProblem } from '../../analysis/summary/parse-query';
import { summaryCsv } from '../../analysis/summary/summary-csv';
import { summaryJson } from '../../analysis/summary/summary-json';
import { summaryTable } from '../../analysis/summary/summarise';
import { summaryText } from '../../analysis/summary/summary-text';
import type { CliArgs, Format } from './args';
import { noResultsProblem } from './no-results';
import { emit, emitText, oneLine, reportErrors, writeOutput } from './output';
import { openSession } from './session';

/** The output format: `--format`, else the extension of `--out` (`.xlsx`, `.csv`, `.json`), else text. */
function formatOf(args: CliArgs): Format {
  if (args.format !== 'text' || !args.out) return args.format;
  const ext = /\.([a-z]+)$/i.exec(args.out)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' || ext === 'json' ? ext : 'text';
}

/** Usage mistakes in the table asked for: one line each on standard error, exit status 2. */
function usage(problems: readonly QueryProblem[], args: CliArgs): number {
  for (const p of problems)
    process.stderr.write(`ita: ${oneLine(args.lang === 'th' ? p.message_th : p.message_en)}\n`);
  return 2;
}

/** Write the workbook's bytes to --out or standard output (an OutputError, exit 3, when it cannot). */
function writeBytes(data: Uint8Array, out: string | undefined): void {
  if (out) writeOutput(out, data);
  else process.stdout.write(data);
}

/**
 * `ita table`: a summary (pivot) table of the files — rows and columns by province, district, type, year,
 * tool, indicator or rating; a statistic of a score; filters; totals over the underlying agencies.
 * Exit 0, 1 when a file had errors or nothing could be tabulated, 2 for a usage mistake (including a
 * filter that names nothing in the data), 3 when the output cannot be written.
 */
export async function runTable(args: CliArgs): Promise<number> {
  const { query, problems } = parseQuery(args.table ?? { filters: [] });
  if (!query) return usage(problems, args);
  const format = formatOf(args);
  if (format === 'xlsx' && !args.out)
    return usage(
      [
        {
          field: 'value',
          value: 'xlsx',
          message_th: 'ไฟล์ Excel ต้องระบุที่บันทึกด้วย --out FILE.xlsx',
          message_en: 'An Excel file needs --out FILE.xlsx',
        },
      ],
      args,
    );
  const s = await openSession(args);
  const result = summaryTable(agencyYears(s.ds, s.sb), query);
  if (!result.table) return usage(result.problems, args);
  const table = result.table;
  const errors = s.problems.filter((p) => p.severity === 'error');
  if (table.records === 0) errors.push(noResultsProblem(args));
  if (format === 'xlsx') {
    const { summaryXlsx } = await import('../../analysis/summary/summary-xlsx');
    writeBytes(await summaryXlsx(table, args.lang), args.out);
  } else if (format === 'csv') emit(summaryCsv(table, args.lang), args.out);
  else if (format === 'json')
    emit(
      JSON.stringify({
        ...summaryJson(table),
        errors,
        warnings: s.problems.filter((p) => p.severity !== 'error'),
      }) + '\n',
      args.out,
    );
  else emitText(summaryText(table, args.lang), args.out);
  reportErrors(errors, args.lang);
  return errors.length > 0 ? 1 : 0;
}
