/**
 * Read a measures catalogue CSV (data/measures/catalogue.csv or a user's own) into measures, validated like
 * any user input: every problem names the file, the Excel row (header = row 1), the column and the value,
 * and says how to fix it in Thai and English. Good rows are kept; nothing here throws.
 */
import { BUILTIN_FRAMEWORKS, type FrameworkRegistry } from '../frameworks/registry';
import { isBlank, parseCsv } from '../ingest/csv';
import type { Problem, Severity } from '../problems';
import { catalogueMsg, type CatalogueMessage } from './catalogue-messages';
import {
  formatYears,
  parseEffort,
  parseMeasureCode,
  parseTimeframe,
  parseYears,
  splitSteps,
} from './parse-fields';
import {
  CATALOGUE_COLUMNS,
  type CatalogueColumn,
  type CatalogueResult,
  type ColumnField,
  type Measure,
} from './types';

/** Most problems listed for one file; one closing `info` counts the rest. */
export const CATALOGUE_PROBLEM_LIMIT = 300;
const VALUE_LIMIT = 200;

/** Options of parseCatalogue. */
export interface ParseCatalogueOptions {
  /** Frameworks a code is checked against (a warning when absent from every year given); built-ins by default. */
  frameworks?: FrameworkRegistry;
}

class Problems {
  readonly list: Problem[] = [];
  private dropped = 0;
  constructor(private readonly file: string) {}

  add(
    severity: Severity,
    kind: string,
    row: number | null,
    column: string | null,
    value: string | null,
    m: CatalogueMessage,
  ): void {
    if (this.list.length >= CATALOGUE_PROBLEM_LIMIT) {
      this.dropped++;
      return;
    }
    const v = value === null ? null : value.length > VALUE_LIMIT ? `${value.slice(0, VALUE_LIMIT)}…` : value;
    this.list.push({
      severity,
      kind,
      file: this.file,
      row,
      column,
      value: v,
      message_th: m.th,
      message_en: m.en,
    });
  }

  finish(): Problem[] {
    if (this.dropped > 0)
      this.add('info', 'measures-more-problems', null, null, null, catalogueMsg.tooMany(this.dropped));
    return this.list;
  }
}

function headerKey(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Which record index holds each column; problems for missing, repeated and unknown headers. */
function mapHeader(header: readonly string[], p: Problems): Map<ColumnField, number> | null {
  const byKey = new Map<string, CatalogueColumn>();
  for (const c of CATALOGUE_COLUMNS) for (const k of [c.name, ...c.aliases]) byKey.set(headerKey(k), c);
  const at = new Map<ColumnField, number>();
  header.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const col = byKey.get(headerKey(cell));
    if (!col) p.add('info', 'measures-extra-column', 1, cell, cell, catalogueMsg.extraColumn(cell));
    else if (at.has(col.field))
      p.add(
        'warning',
        'measures-duplicate-column',
        1,
        col.name,
        cell,
        catalogueMsg.duplicateColumn(col.name),
      );
    else at.set(col.field, i);
  });
  let complete = true;
  for (const c of CATALOGUE_COLUMNS) {
    if (at.has(c.field)) continue;
    if (c.required) {
      complete = false;
      p.add('error', 'measures-missing-column', 1, c.name, null, catalogueMsg.missingColumn(c.name));
    } else
      p.add(
        'info',
        'measures-missing-optional-column',
        1,
        c.name,
        null,
        catalogueMsg.missingOptionalColumn(c.name),
      );
  }
  return complete ? at : null;
}

function codeInAnyYear(
  code: string,
  years: readonly [number, number],
  frameworks: FrameworkRegistry,
): boolean | null {
  let seen = false;
  for (const [year, f] of frameworks) {
    if (year < years[0] || year > years[1]) continue;
    seen = true;
    if (f.questions.some((q) => q.code === code) || f.oitItems.some((o) => o.code === code)) return true;
  }
  return seen ? false : null;
}

/** Read one record; null (with error problems) when it cannot become a measure. */
function readRow(
  record: readonly string[],
  row: number,
  at: ReadonlyMap<ColumnField, number>,
  file: string,
  p: Problems,
  frameworks: FrameworkRegistry,
): Measure | null {
  const cell = (f: ColumnField): string => {
    const i = at.get(f);
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  let ok = true;
  const fail = (kind: string, column: string, value: string, m: CatalogueMessage): void => {
    ok = false;
    p.add('error', kind, row, column, value, m);
  };
  for (const c of CATALOGUE_COLUMNS) {
    if (c.required && cell(c.field) === '')
      fail('measures-empty-field', c.name, '', catalogueMsg.emptyField(c.name));
  }
  if (!ok) return null;
  const code = parseMeasureCode(cell('code'));
  if (code === null) fail('measures-bad-code', 'code', cell('code'), catalogueMsg.badCode());
  const years = parseYears(cell('years'));
  if (years === null) fail('measures-bad-years', 'years', cell('years'), catalogueMsg.badYears());
  const effort = parseEffort(cell('effort'));
  if (effort === null) fail('measures-bad-effort', 'effort', cell('effort'), catalogueMsg.badEffort());
  const stepsTh = splitSteps(cell('stepsTh'));
  if (stepsTh.length === 0) fail('measures-no-steps', 'steps_th', cell('stepsTh'), catalogueMsg.noSteps());
  if (!ok || code === null || years === null || effort === null) return null;
  const yearsText = formatYears(years.years);
  if (years.fromCE)
    p.add('info', 'measures-years-from-ce', row, 'years', cell('years'), catalogueMsg.yearsFromCE(yearsText));
  if (codeInAnyYear(code, years.years, frameworks) === false) {
    p.add(
      'warning',
      'measures-code-not-in-framework',
      row,
      'code',
      cell('code'),
      catalogueMsg.codeNotInFramework(code, yearsText),
    );
  }
  let timeframe = parseTimeframe(cell('timeframe'));
  if (timeframe === null) {
    timeframe = cell('timeframe');
    p.add('warning', 'measures-odd-timeframe', row, 'timeframe', timeframe, catalogueMsg.oddTimeframe());
  }
  return {
    id: cell('id'),
    code,
    years: years.years,
    titleTh: cell('titleTh'),
    titleEn: cell('titleEn'),
    stepsTh,
    stepsEn: splitSteps(cell('stepsEn')),
    unitTh: cell('unitTh'),
    unitEn: cell('unitEn'),
    timeframe,
    evidenceTh: cell('evidenceTh'),
    evidenceEn: cell('evidenceEn'),
    effort,
    sourceFile: file,
    sourceRow: row,
  };
}

/**
 * Parse a catalogue CSV's text (BOM allowed; comma, semicolon or tab; quoted cells with line breaks).
 * Returns the measures of the good rows in file order and every problem found; never throws.
 * Required columns: id, code, years, title_th, steps_th, unit_th, timeframe, evidence_th, effort; the
 * English columns are optional. A row with an empty required cell, a bad code, years or effort, or an id
 * already used above is left out with an error naming its row.
 */
export function parseCatalogue(
  text: string,
  fileName: string,
  options: ParseCatalogueOptions = {},
): CatalogueResult {
  const p = new Problems(fileName);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    p.add('error', 'measures-empty-file', null, null, null, catalogueMsg.emptyFile());
    return { measures: [], problems: p.finish() };
  }
  const { records, quoteErrors } = parseCsv(body);
  for (const q of quoteErrors)
    p.add('warning', 'measures-quotes', q.record + 1, null, null, catalogueMsg.quotes());
  const at = mapHeader(records[0] ?? [], p);
  if (at === null) return { measures: [], problems: p.finish() };
  const frameworks = options.frameworks ?? BUILTIN_FRAMEWORKS;
  const measures: Measure[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as string[];
    if (isBlank(record)) continue;
    const m = readRow(record, i + 1, at, fileName, p, frameworks);
    if (m === null) continue;
    const first = firstRowOfId.get(m.id);
    if (first !== undefined) {
      p.add('error', 'measures-duplicate-id', i + 1, 'id', m.id, catalogueMsg.duplicateId(first));
      continue;
    }
    firstRowOfId.set(m.id, i + 1);
    measures.push(m);
  }
  if (records.length <= 1) p.add('warning', 'measures-no-rows', null, null, null, catalogueMsg.noRows());
  return { measures, problems: p.finish() };
}
