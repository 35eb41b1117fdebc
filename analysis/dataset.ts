import type { Problem } from './problems';
import type { ScoreTable } from './table';

/** One organisation (agency). Every field is null where no file said it. */
export interface OrgInfo {
  /** Key used to tell organisations apart: the id, else `name:` + name, else '' for an unnamed one. */
  key: string;
  id: string | null;
  name: string | null;
  type: string | null;
  province: string | null;
  district: string | null;
}

/** The layouts ITA Lens reads (shared/design/data.md). */
export type FileFormat =
  'long' | 'report-table' | 'wide-indicator' | 'wide-question' | 'wide' | 'organisations' | 'unrecognised';

/** What was read from one file. */
export interface FileReport {
  name: string;
  /** Display name of the encoding found, e.g. `Windows-874 (TIS-620)`. */
  encoding: string;
  /** Delimiter found: `,`, `;` or a tab. */
  delimiter: string;
  format: FileFormat;
  /** Excel row of the header (1 unless title rows precede it); 0 when none was found. */
  headerRow: number;
  headers: string[];
  /** Data rows in the file (records after the header, empty ones excluded). */
  dataRows: number;
  /** Scores kept from this file. */
  keptValues: number;
  /** Rows with at least one problem of severity error. */
  rowsWithErrors: number;
  /** The role each column was read as (a field, a code, or `ignore`): the mapping step starts from it. */
  roles?: string[];
  /** A column proposed for a role the file needs (its rows mix several agencies): the mapping step offers it. */
  proposal?: { column: number; role: string };
  /**
   * The file was read, but not all of it could be trusted: its rows mix agencies or contradict each other
   * while some columns were not recognised. The app offers the mapping step (from `roles` and `proposal`).
   */
  askMapping?: boolean;
  /** The first rows under the header, for the mapping step's sample values (only when it is offered). */
  sample?: string[][];
  /** The sheet read, for a workbook. */
  sheet?: string;
}

/** An agency-year that gets no overall, and why (its rows contradict each other or the file). */
export interface Refusal {
  org: number;
  year: number;
  kind: string;
  message_th: string;
  message_en: string;
}

/** A tool total a file printed (`รวม IIT`): a published figure, cross-checked with the computed one. */
export interface PublishedTotal {
  org: number;
  year: number;
  /** 0 IIT, 1 EIT, 2 OIT. */
  tool: number;
  value: number;
  file: string;
  row: number | null;
}

/** Everything loaded: the table, the organisations, per-file reports and every problem found. */
export interface Dataset {
  table: ScoreTable;
  orgs: OrgInfo[];
  files: FileReport[];
  problems: Problem[];
  /** Agency-years refused an overall (absent: none). */
  refused?: Refusal[];
  /** Tool totals the files printed (absent: none). */
  totals?: PublishedTotal[];
}
