import { slotCode } from '../codes';
import type { IngestContext } from './context';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { msg } from './messages';
import { rowOrg, rowYear } from './row-context';

/**
 * Read a wide file: one row per organisation-year, one column per indicator, question or item
 * (and optionally the published overall). Empty cells are missing, never zero.
 */
export function readWide(
  ctx: IngestContext,
  records: readonly string[][],
  layout: Layout,
  fileIndex: number,
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const file = ctx.files[fileIndex]?.name ?? '';
  const slotCols: { col: number; slot: number }[] = [];
  layout.roles.forEach((role, col) => {
    if (role.kind === 'slot') slotCols.push({ col, slot: role.slot });
  });
  let dataRows = 0;
  let kept = 0;
  let rowsWithErrors = 0;
  for (let r = layout.headerIndex + 1; r < records.length; r++) {
    const rec = records[r] as string[];
    if (isBlank(rec)) continue;
    dataRows++;
    const errorsBefore = ctx.log.errorCount;
    const row = r + 1;
    const at = { file, row, column: null, value: null };
    const org = rowOrg(ctx, rec, layout, at);
    const year = rowYear(ctx, rec, layout, at);
    const fw = year === null ? null : ctx.framework(year, at);
    if (year !== null && fw) {
      for (const { col, slot } of slotCols) {
        const raw = (rec[col] ?? '').trim();
        const column = layout.headers[col] ?? slotCode(slot);
        if (raw === '') continue; // an empty cell in a wide table is simply not given
        if (!ctx.inFramework(fw, slot)) {
          ctx.log.add(
            'error',
            'code-not-in-framework',
            { ...at, column, value: raw },
            msg.codeNotInFramework(slotCode(slot), fw.year),
          );
          continue;
        }
        if (ctx.acceptScore(org, year, slot, raw, null, null, fileIndex, { ...at, column, value: raw }))
          kept++;
      }
    }
    if (ctx.log.errorCount > errorsBefore) rowsWithErrors++;
  }
  return { dataRows, kept, rowsWithErrors };
}
