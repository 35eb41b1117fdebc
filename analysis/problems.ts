/**
 * A problem found in the user's input, in the shape the CLI contract fixes (shared/design/cli.md):
 * field names are a contract, other tools read them.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Stable machine-readable kind, e.g. `score-out-of-range`; problems are grouped by file + kind + column. */
  kind: string;
  file: string;
  /** Row as the user counts it in Excel (header = row 1); null for file-level problems. */
  row: number | null;
  column: string | null;
  value: string | null;
  /** What is wrong and how to fix it, in Thai. */
  message_th: string;
  /** What is wrong and how to fix it, in English. */
  message_en: string;
  /** For a grouped problem: how many rows had it. */
  count?: number;
  /** For a grouped problem: the first rows (at most 20). */
  rows?: number[];
}

/** Grouped problems list at most this many rows. */
export const GROUP_ROWS_LIMIT = 20;
