import { parseArgs } from 'node:util';

export type Command = 'analyse' | 'plan' | 'report' | 'rank' | 'table' | 'template';
export type Format = 'json' | 'text' | 'csv' | 'xlsx';
export type Lang = 'th' | 'en';

export interface CliArgs {
  command: Command;
  files: string[];
  org?: string;
  year?: number;
  framework?: number;
  target?: string;
  format: Format;
  lang: Lang;
  by?: 'province' | 'type' | 'district';
  level: 'indicator' | 'question';
  out?: string;
  frameworkFile?: string;
  /** A user's measures catalogue (CSV) and how it joins the built-in one. */
  catalogueFile?: string;
  catalogueMode: 'add' | 'replace';
  /** `table`: the summary table as text (analysis/summary/parse-query.ts reads it). */
  table?: { rows?: string; cols?: string; value?: string; stat?: string; filters: string[] };
  /** plan and report: digits of Word and text output (CSV is always Arabic); default Thai for a Thai .docx. */
  digits?: 'thai' | 'arabic';
  /** plan and report: timeframes as quarters or months (default DEFAULT_TIMEFRAMES, quarters, for both). */
  timeframe?: 'quarters' | 'months';
  /** plan and report: the fiscal year (BE) the plan is carried out in (default --year + 1). */
  planYear?: number;
  /** plan and report: only questions and items under the pass mark. */
  weakOnly: boolean;
  /** report: the results CSV the app exports. */
  resultsFile?: string;
  /** report: a cover page and a covering memo (บันทึกข้อความ) to fill in. */
  cover: boolean;
  memo: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: ita <command> [options] <file>...

commands:
  analyse <files…>                      one assessment per organisation × year
  plan <files…> --org ID --year YYYY    the measures plan for the next fiscal year [--out FILE.docx|.csv]
  report <files…> --org ID --year YYYY  the results report of that plan [--results RESULTS.csv]
                                        [--cover] [--memo] [--out FILE.docx|.csv]
  rank <files…> [--year YYYY] [--by province|type|district]
  table <files…> --rows DIM[,DIM] [--cols DIM] [--value V] [--stat S] [--filter DIM=VALUE…]
                                        a summary table; DIM province, district, type, year, tool,
                                        indicator, rating; V overall, IIT, EIT, OIT, tool, 1–10,
                                        indicator or a code (E10); S mean, median, min, max, count,
                                        pass_rate, share_below, count_below, change
  template --year YYYY [--level indicator|question]

options:
  --org ID          organisation for files without one (filters when files have it)
  --year YYYY       fiscal year, Buddhist Era (2567); a Common Era year is converted
  --framework YYYY  apply this framework year's rules
  --frameworks FILE a framework file (JSON) that corrects or adds years
  --target T        85 | 95 | a score | a rating code (pass, good, excellent, A, AA …)
  --catalogue FILE  your measures catalogue (CSV, the columns of data/measures/catalogue.csv)
  --catalogue-mode M  add (default: your measures join the built-in ones) | replace (yours replace
                    the built-in measures of the codes and years your file covers)
  --format F        text (default) | json | csv (table also: xlsx, with --out)
  --lang L          th (default) | en
  --out FILE        write to FILE instead of standard output (.docx: Word, .csv: CSV)

plan and report:
  --digits D        thai | arabic digits in Word and text (Word in Thai: thai by default; CSV: always arabic)
  --timeframe T     quarters (default, as the app) | months
  --plan-year YYYY  the fiscal year the plan is carried out in (default: --year + 1)
  --weak-only       only the questions and items under the pass mark (by default every question
                    whose data hold a share of negative answers is carried too)
  --results FILE    report: the results CSV the app exports (without it: a report to fill in)
  --cover, --memo   report: a cover page; a covering memo (บันทึกข้อความ) to fill in`;

function year(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new UsageError(`${name} must be a four-digit year, got "${v}"`);
  const n = Number(v);
  return n < 2400 ? n + 543 : n;
}

/** Parse the command line (without `node` and the script). Throws UsageError. */
export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        org: { type: 'string' },
        year: { type: 'string' },
        framework: { type: 'string' },
        frameworks: { type: 'string' },
        catalogue: { type: 'string' },
        'catalogue-mode': { type: 'string' },
        target: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        by: { type: 'string' },
        level: { type: 'string' },
        out: { type: 'string' },
        rows: { type: 'string' },
        cols: { type: 'string' },
        value: { type: 'string' },
        stat: { type: 'string' },
        filter: { type: 'string', multiple: true },
        digits: { type: 'string' },
        timeframe: { type: 'string' },
        'plan-year': { type: 'string' },
        'weak-only': { type: 'boolean' },
        results: { type: 'string' },
        cover: { type: 'boolean' },
        memo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  const [command, ...files] = positionals;
  if (
    command !== 'analyse' &&
    command !== 'plan' &&
    command !== 'report' &&
    command !== 'rank' &&
    command !== 'table' &&
    command !== 'template'
  ) {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  const format = values.format ?? 'text';
  if (format === 'xlsx' && command !== 'table')
    throw new UsageError('--format xlsx is for the table command');
  if (format !== 'json' && format !== 'text' && format !== 'csv' && format !== 'xlsx')
    throw new UsageError(`--format must be json, text or csv`);
  const lang = values.lang ?? 'th';
  if (lang !== 'th' && lang !== 'en') throw new UsageError(`--lang must be th or en`);
  const by = values.by;
  if (by !== undefined && by !== 'province' && by !== 'type' && by !== 'district')
    throw new UsageError(`--by must be province, type or district`);
  const level = values.level ?? 'indicator';
  if (level !== 'indicator' && level !== 'question')
    throw new UsageError(`--level must be indicator or question`);
  const catalogueMode = values['catalogue-mode'] ?? 'add';
  if (catalogueMode !== 'add' && catalogueMode !== 'replace')
    throw new UsageError('--catalogue-mode must be add or replace');
  const digits = values.digits;
  if (digits !== undefined && digits !== 'thai' && digits !== 'arabic')
    throw new UsageError('--digits must be thai or arabic');
  const timeframe = values.timeframe;
  if (timeframe !== undefined && timeframe !== 'quarters' && timeframe !== 'months')
    throw new UsageError('--timeframe must be quarters or months');
  const args: CliArgs = {
    command,
    files,
    format,
    lang,
    level,
    catalogueMode,
    weakOnly: values['weak-only'] ?? false,
    cover: values.cover ?? false,
    memo: values.memo ?? false,
  };
  if (digits !== undefined) args.digits = digits;
  if (timeframe !== undefined) args.timeframe = timeframe;
  const planYear = year(values['plan-year'], '--plan-year');
  if (planYear !== undefined) args.planYear = planYear;
  if (values.results !== undefined) args.resultsFile = values.results;
  if (values.catalogue !== undefined) args.catalogueFile = values.catalogue;
  if (values.org !== undefined) args.org = values.org;
  const y = year(values.year, '--year');
  if (y !== undefined) args.year = y;
  const f = year(values.framework, '--framework');
  if (f !== undefined) args.framework = f;
  if (values.target !== undefined) args.target = values.target;
  if (by !== undefined) args.by = by;
  if (values.out !== undefined) args.out = values.out;
  if (values.frameworks !== undefined) args.frameworkFile = values.frameworks;
  if (command === 'template') {
    if (args.year === undefined) throw new UsageError('template needs --year');
  } else if (files.length === 0) throw new UsageError(`${command} needs at least one file`);
  if (command === 'plan' && args.year === undefined) throw new UsageError('plan needs --year');
  if (command === 'table') args.table = tableArgs(values);
  if ((command === 'plan' || command === 'report') && args.year === undefined)
    throw new UsageError(`${command} needs --year`);
  if (args.planYear !== undefined && args.year !== undefined && args.planYear <= args.year)
    throw new UsageError("--plan-year must come after --year (the plan acts on that year's results)");
  return args;
}

/** The `table` options: the table as text, checked by the summary parser when the command runs. */
function tableArgs(v: {
  rows?: string;
  cols?: string;
  value?: string;
  stat?: string;
  filter?: string[];
}): NonNullable<CliArgs['table']> {
  if (v.rows === undefined)
    throw new UsageError('table needs --rows (province, district, type, year, tool, indicator or rating)');
  const t: NonNullable<CliArgs['table']> = { rows: v.rows, filters: v.filter ?? [] };
  if (v.cols !== undefined) t.cols = v.cols;
  if (v.value !== undefined) t.value = v.value;
  if (v.stat !== undefined) t.stat = v.stat;
  return t;
}
