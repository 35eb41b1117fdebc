import { slotCode, slotKind } from '../codes';
import { closestMatch } from '../text/similarity';
import { normaliseHeader, type IndicatorName } from './columns';
import type { IngestContext } from './context';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { msg } from './messages';
import { parseCodeCell, TOOL_CODE } from './parse-code';
import { cell, rowOrg, rowYear } from './row-context';

const TOOL_OF_KIND: Record<string, string> = { IIT: 'IIT', EIT: 'EIT', OIT: 'OIT' };

function toolOfIndicator(id: number): string {
  return id <= 5 ? 'IIT' : id <= 8 ? 'EIT' : 'OIT';
}

/**
 * Read a file in the canonical long format (one row per organisation × year × code) or the report-table
 * format of agencies' reports (แบบ / ลำดับ / รายละเอียดตัวชี้วัด / คะแนน, organisation and year from the caller).
 * Returns the number of rows with at least one error.
 */
export function readLong(
  ctx: IngestContext,
  records: readonly string[][],
  layout: Layout,
  fileIndex: number,
  indicatorNames: readonly IndicatorName[],
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const file = ctx.files[fileIndex]?.name ?? '';
  const codeCol = layout.headers[layout.fields.code as number] ?? 'code';
  const scoreCol = layout.headers[layout.fields.score as number] ?? 'score';
  let dataRows = 0;
  let kept = 0;
  let rowsWithErrors = 0;
  let lastTool: string | null = null;
  for (let r = layout.headerIndex + 1; r < records.length; r++) {
    const rec = records[r] as string[];
    if (isBlank(rec)) continue;
    dataRows++;
    const errorsBefore = ctx.log.errorCount;
    const row = r + 1;
    const at = { file, row, column: null, value: null };
    const rawCode = cell(rec, layout, 'code') ?? '';
    const slot = parseCodeCell(rawCode);
    const tool = cell(rec, layout, 'tool');
    if (tool) lastTool = tool.toUpperCase();
    if (slot === TOOL_CODE) {
      ctx.log.add('info', 'tool-row', { ...at, column: codeCol, value: rawCode }, msg.toolRow());
      continue;
    }
    if (slot < 0) {
      ctx.log.add('error', 'unknown-code', { ...at, column: codeCol, value: rawCode }, msg.unknownCode());
      rowsWithErrors++;
      continue;
    }
    const kind = slotKind(slot);
    const declared = layout.fields.tool !== undefined ? lastTool : null;
    if (declared && TOOL_OF_KIND[declared]) {
      const actual = kind === 'indicator' ? toolOfIndicator(slot) : kind;
      if (kind !== 'overall' && actual !== declared) {
        ctx.log.add(
          'warning',
          'tool-mismatch',
          { ...at, column: codeCol, value: rawCode },
          msg.toolMismatch(slotCode(slot), declared),
        );
      }
    }
    const desc = cell(rec, layout, 'description');
    if (desc && kind === 'indicator') {
      const near = closestMatch(
        normaliseHeader(desc),
        indicatorNames.map((n) => ({ key: n.key, value: n.id })),
      );
      if (near && near.value !== slot) {
        ctx.log.add(
          'warning',
          'description-mismatch',
          { ...at, column: codeCol, value: rawCode },
          msg.descriptionMismatch(slot, near.value),
        );
      }
    }
    const org = rowOrg(ctx, rec, layout, at);
    const year = rowYear(ctx, rec, layout, at);
    if (year !== null) {
      const fw = ctx.framework(year, at);
      if (fw && !ctx.inFramework(fw, slot)) {
        ctx.log.add(
          'error',
          'code-not-in-framework',
          { ...at, column: codeCol, value: rawCode },
          msg.codeNotInFramework(slotCode(slot), fw.year),
        );
      } else if (fw) {
        const raw = cell(rec, layout, 'score') ?? '';
        const ok = ctx.acceptScore(
          org,
          year,
          slot,
          raw,
          cell(rec, layout, 'negative_pct'),
          cell(rec, layout, 'respondents'),
          fileIndex,
          { ...at, column: scoreCol, value: raw },
        );
        if (ok) kept++;
      }
    }
    if (ctx.log.errorCount > errorsBefore) rowsWithErrors++;
  }
  return { dataRows, kept, rowsWithErrors };
}
