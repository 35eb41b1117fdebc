/**
 * Collects the problems found while reading a framework file (shape: analysis/problems.ts).
 * Problems carry `row: null` (a JSON file has no rows) and a JSON path in `column`.
 */
import type { Problem, Severity } from '../problems';
import { showValue } from './json-values';

/** Most problems kept for one file; the rest are counted in one closing `info`. */
export const FRAMEWORK_PROBLEM_LIMIT = 500;

/** One finding, before the file name is attached. */
export interface FrameworkFinding {
  kind: string;
  column: string | null;
  value?: unknown;
  th: string;
  en: string;
  severity?: Severity;
}

/** A list of problems of one file, with a count of errors so a caller can tell if a step failed. */
export class ProblemSink {
  readonly problems: Problem[] = [];
  errors = 0;
  private dropped = 0;

  constructor(
    readonly file: string,
    private readonly limit = FRAMEWORK_PROBLEM_LIMIT,
  ) {}

  /** Records one finding (severity `error` unless given). */
  add(f: FrameworkFinding): void {
    const severity = f.severity ?? 'error';
    if (severity === 'error') this.errors += 1;
    if (this.problems.length >= this.limit) {
      this.dropped += 1;
      return;
    }
    this.problems.push({
      severity,
      kind: f.kind,
      file: this.file,
      row: null,
      column: f.column,
      value: showValue(f.value),
      message_th: f.th,
      message_en: f.en,
    });
  }

  /** The problems, with a closing note when some were left out. */
  finish(): Problem[] {
    if (this.dropped === 0) return this.problems;
    return [
      ...this.problems,
      {
        severity: 'info',
        kind: 'framework-problems-truncated',
        file: this.file,
        row: null,
        column: null,
        value: String(this.dropped),
        message_th: `ไม่แสดงปัญหาอีก ${this.dropped} รายการ แก้ปัญหาที่แสดงแล้วโหลดไฟล์ใหม่เพื่อดูส่วนที่เหลือ`,
        message_en: `${this.dropped} more problems are not shown; fix the ones listed and load the file again to see the rest.`,
      },
    ];
  }
}
