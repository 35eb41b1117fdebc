/**
 * Write measures back as a catalogue CSV (the columns of data/measures/catalogue.csv), so a user can
 * download the catalogue, edit it in Excel and load it again.
 */
import { toCsv } from '../exports/csv';
import { formatYears } from './parse-fields';
import { CATALOGUE_COLUMNS, type ColumnField, type Measure, type MeasureCatalogue } from './types';

function numbered(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
}

function cellOf(m: Measure, field: ColumnField): string | number {
  switch (field) {
    case 'years':
      return formatYears(m.years);
    case 'stepsTh':
      return numbered(m.stepsTh);
    case 'stepsEn':
      return numbered(m.stepsEn);
    case 'effort':
      return m.effort;
    default:
      return m[field];
  }
}

/**
 * The catalogue as CSV text: comma-delimited, CRLF between rows, steps numbered `1.` … one per line inside
 * their quoted cell, every cell formula-safe; a UTF-8 BOM (so Excel shows Thai) unless `bom` is false.
 */
export function catalogueToCsv(measures: MeasureCatalogue, bom = true): string {
  const header = CATALOGUE_COLUMNS.map((c) => c.name);
  const rows = measures.map((m) => CATALOGUE_COLUMNS.map((c) => cellOf(m, c.field)));
  return toCsv(header, rows, bom);
}
