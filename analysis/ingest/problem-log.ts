import { GROUP_ROWS_LIMIT, type Problem, type Severity } from '../problems';

export interface ProblemAt {
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
}

export interface Message {
  th: string;
  en: string;
}

/** Kinds that are one habit of the whole file (a decimal comma, CE years): grouped per file, not per column. */
const FILE_WIDE = new Set([
  'decimal-comma',
  'year-from-ce',
  'empty-score',
  'oit-not-binary',
  'framework-fallback',
]);

/**
 * Collects problems and groups those of one kind in one file and column: the first occurrence is kept
 * whole, later ones only add to `count` and (up to 20) to `rows`. A national file with one systematic
 * slip thus yields one readable line, not a million.
 */
export class ProblemLog {
  private readonly groups = new Map<string, Problem>();
  private readonly order: Problem[] = [];
  /** Problems of severity error logged so far, grouped ones counted one by one. */
  errorCount = 0;

  add(severity: Severity, kind: string, at: ProblemAt, message: Message): void {
    this.addAt(this.order.length, severity, kind, at, message);
  }

  /** Number of problems (groups) logged so far: a position for `addAt`. */
  get size(): number {
    return this.order.length;
  }

  /**
   * Like `add`, but a new group is placed at `position` of the order rather than last: a reader that finds
   * a problem late can put it where a reader that found it first would have (see fast-long.ts).
   */
  addAt(position: number, severity: Severity, kind: string, at: ProblemAt, message: Message): void {
    if (severity === 'error') this.errorCount++;
    const key = `${at.file}\u0000${kind}\u0000${FILE_WIDE.has(kind) ? '' : (at.column ?? '')}`;
    const g = this.groups.get(key);
    if (g) {
      g.count = (g.count ?? 1) + 1;
      if (at.row !== null && g.rows && g.rows.length < GROUP_ROWS_LIMIT) g.rows.push(at.row);
      return;
    }
    const p: Problem = {
      severity,
      kind,
      file: at.file,
      row: at.row,
      column: at.column,
      value: at.value,
      message_th: message.th,
      message_en: message.en,
      count: 1,
      rows: at.row === null ? [] : [at.row],
    };
    this.groups.set(key, p);
    if (position >= this.order.length) this.order.push(p);
    else this.order.splice(position, 0, p);
  }

  /** Whether a problem of this kind was logged for the file. */
  has(file: string, kind: string): boolean {
    for (const p of this.order) if (p.file === file && p.kind === kind) return true;
    return false;
  }

  /** Problems in order of first occurrence; `count`/`rows` only on groups of more than one. */
  list(): Problem[] {
    return this.order.map((p) => {
      if ((p.count ?? 1) > 1) return { ...p, rows: [...(p.rows ?? [])] };
      const { count: _c, rows: _r, ...single } = p;
      return single;
    });
  }
}

/** Sort problems errors first, then warnings, then notes, keeping file order within each. */
export function bySeverity(problems: readonly Problem[]): Problem[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank[a.p.severity] - rank[b.p.severity] || a.i - b.i)
    .map((x) => x.p);
}
