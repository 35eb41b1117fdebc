import type { FieldRole } from './columns';
import type { IngestContext } from './context';
import type { Layout } from './detect';
import { msg } from './messages';

/** Fields whose empty cell, in a table laid out as a report, is a merged cell: the value above it. */
const FILLED: readonly FieldRole[] = ['org_id', 'org_name', 'org_type', 'province', 'district', 'year'];

/**
 * Excel keeps the value of merged cells in the first row only, so a table that merges an agency's name
 * over its rows reads as one name and empty cells below it. FillDown gives those cells the value above,
 * and reports each column it filled once.
 */
export class FillDown {
  private readonly cols: number[] = [];
  private readonly last: (string | null)[] = [];
  private readonly filled: number[] = [];
  private readonly firstRow: number[] = [];

  constructor(private readonly layout: Layout) {
    for (const f of FILLED) {
      const i = layout.fields[f];
      if (i !== undefined && !this.cols.includes(i)) {
        this.cols.push(i);
        this.last.push(null);
        this.filled.push(0);
        this.firstRow.push(0);
      }
    }
  }

  /** The record with empty agency/year cells filled from the rows above (a copy only when one is filled). */
  apply(rec: readonly string[], r = -1): readonly string[] {
    let out: string[] | null = null;
    for (let k = 0; k < this.cols.length; k++) {
      const i = this.cols[k] as number;
      const v = (rec[i] ?? '').trim();
      if (v !== '') {
        this.last[k] = rec[i] as string;
        continue;
      }
      const above = this.last[k];
      if (above === null || above === undefined) continue;
      out ??= rec.slice();
      while (out.length <= i) out.push('');
      out[i] = above;
      if (this.filled[k] === 0) this.firstRow[k] = r + 1;
      this.filled[k] = (this.filled[k] as number) + 1;
    }
    return out ?? rec;
  }

  /** One note per column whose empty cells were filled. */
  report(ctx: IngestContext, file: string): void {
    this.cols.forEach((i, k) => {
      const n = this.filled[k] as number;
      if (n === 0) return;
      const column = (this.layout.headers[i] ?? '').trim();
      ctx.log.add(
        'info',
        'filled-down',
        { file, row: (this.firstRow[k] as number) || null, column, value: null },
        msg.filledDown(column, n),
      );
    });
  }
}
