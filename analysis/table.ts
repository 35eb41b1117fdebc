/**
 * The analysis-ready table: one row per organisation × fiscal year × code, held as typed columns.
 * Missing values are NaN, never zero. Built by ingest, read by scoring (no per-row objects).
 */
export interface ScoreTable {
  length: number;
  /** Index into `Dataset.orgs`. */
  org: Int32Array;
  /** Fiscal year, Buddhist Era. */
  year: Uint16Array;
  /** Code slot (see codes.ts). */
  slot: Uint8Array;
  /** Score, points 0–100. */
  score: Float64Array;
  /** Share (0–100) of respondents who answered negatively; NaN when not given. */
  negativePct: Float64Array;
  /** Number of respondents; NaN when not given. */
  respondents: Float64Array;
  /** Index into `Dataset.files` of the file the row came from. */
  file: Uint16Array;
  /** Row in that file as Excel counts it (header = 1). */
  row: Int32Array;
}

/** A growable columnar builder for ScoreTable. */
export class ScoreTableBuilder {
  private cap: number;
  length = 0;
  org: Int32Array;
  year: Uint16Array;
  slot: Uint8Array;
  score: Float64Array;
  negativePct: Float64Array;
  respondents: Float64Array;
  file: Uint16Array;
  row: Int32Array;

  constructor(capacity = 1024) {
    this.cap = Math.max(16, capacity);
    this.org = new Int32Array(this.cap);
    this.year = new Uint16Array(this.cap);
    this.slot = new Uint8Array(this.cap);
    this.score = new Float64Array(this.cap);
    this.negativePct = new Float64Array(this.cap);
    this.respondents = new Float64Array(this.cap);
    this.file = new Uint16Array(this.cap);
    this.row = new Int32Array(this.cap);
  }

  /** Rows the columns hold before they must grow. */
  get capacity(): number {
    return this.cap;
  }

  /**
   * Make room for at least `rows` rows in all. A writer that fills the columns directly (fast-long.ts) calls
   * this when `length` reaches `capacity`, then takes the (new) column arrays again.
   */
  reserve(rows: number): void {
    let cap = this.cap;
    while (cap < rows) cap *= 2;
    if (cap > this.cap) this.grow(cap);
  }

  private grow(cap = this.cap * 2): void {
    const g = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.org = g(this.org, (n) => new Int32Array(n));
    this.year = g(this.year, (n) => new Uint16Array(n));
    this.slot = g(this.slot, (n) => new Uint8Array(n));
    this.score = g(this.score, (n) => new Float64Array(n));
    this.negativePct = g(this.negativePct, (n) => new Float64Array(n));
    this.respondents = g(this.respondents, (n) => new Float64Array(n));
    this.file = g(this.file, (n) => new Uint16Array(n));
    this.row = g(this.row, (n) => new Int32Array(n));
    this.cap = cap;
  }

  push(
    org: number,
    year: number,
    slot: number,
    score: number,
    negativePct: number,
    respondents: number,
    file: number,
    row: number,
  ): void {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    this.org[i] = org;
    this.year[i] = year;
    this.slot[i] = slot;
    this.score[i] = score;
    this.negativePct[i] = negativePct;
    this.respondents[i] = respondents;
    this.file[i] = file;
    this.row[i] = row;
  }

  /** The finished table (views on trimmed copies). */
  finish(): ScoreTable {
    const n = this.length;
    return {
      length: n,
      org: this.org.slice(0, n),
      year: this.year.slice(0, n),
      slot: this.slot.slice(0, n),
      score: this.score.slice(0, n),
      negativePct: this.negativePct.slice(0, n),
      respondents: this.respondents.slice(0, n),
      file: this.file.slice(0, n),
      row: this.row.slice(0, n),
    };
  }
}
