import { slotCode } from '../codes';
import type { IngestContext } from './context';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { FillDown } from './fill-down';
import { msg } from './messages';
import { rowOrg, rowYear } from './row-context';

/**
 * Read a wide file: one row per organisation-year, one column per indicator, question or item (and
 * optionally the published overall and tool totals). Empty cells are missing, never zero; an empty
 * agency or year cell is a merged cell (the value above).
 */
export function readWide(
  ctx: IngestContext,
  records: readonly string[][],
  layout: Layout,
  fileIndex: number,
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const file = ctx.files[fileIndex]?.name ?? '';
  const slotCols: { col: number; slot: number }[] = [];
  const totalCols: { col: number; tool: 0 | 1 | 2 }[] = [];
  layout.roles.forEach((role, col) => {
    if (role.kind === 'slot') slotCols.push({ col, slot: role.slot });
    else if (role.kind === 'total') totalCols.push({ col, tool: role.tool });
  });
  const fill = new FillDown(layout);
  let dataRows = 0;
  let kept = 0;
  let rowsWithErrors = 0;
  for (let r = layout.headerIndex + 1; r < records.length; r++) {
    const raw = records[r] as string[];
    if (isBlank(raw)) continue;
    const rec = fill.apply(raw, r);
    dataRows++;
    const errorsBefore = ctx.log.errorCount;
    const row = r + 1;
    const at = { file, row, column: null, value: null };
    const org = rowOrg(ctx, rec, layout, at);
    const year = rowYear(ctx, rec, layout, at);
    const fw = year === null ? null : ctx.framework(year, at);
    if (year !== null && fw) {
      if (layout.nameOrder?.order === 'refuse')
        ctx.refuse(org, year, 'name-number-conflict', msg.refusedNameOrder(file));
      for (const { col, slot } of slotCols) {
        const v = (rec[col] ?? '').trim();
        const column = layout.headers[col] ?? slotCode(slot);
        if (v === '') continue; // an empty cell in a wide table is simply not given
        if (!ctx.inFramework(fw, slot)) {
          ctx.log.add(
            'error',
            'code-not-in-framework',
            { ...at, column, value: v },
            msg.codeNotInFramework(slotCode(slot), fw.year),
          );
          continue;
        }
        if (ctx.acceptScore(org, year, slot, v, null, null, fileIndex, { ...at, column, value: v })) kept++;
      }
      for (const { col, tool } of totalCols) {
        const v = (rec[col] ?? '').trim();
        if (v === '') continue;
        ctx.acceptTotal(org, year, tool, v, { ...at, column: (layout.headers[col] ?? '').trim(), value: v });
      }
    }
    if (ctx.log.errorCount > errorsBefore) rowsWithErrors++;
  }
  fill.report(ctx, file);
  return { dataRows, kept, rowsWithErrors };
}
