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
 * Reads the data rows of a file in the canonical long format (one row per organisation × year × code) or
 * the report-table format of agencies' reports (แบบ / ลำดับ / รายละเอียดตัวชี้วัด / คะแนน, organisation and
 * year from the caller), one record at a time. Both the general path (readLong) and the byte-level reader
 * (fast-long.ts, for the rows it does not handle itself) call `row`, so messages are the same by construction.
 */
export class LongReader {
  dataRows = 0;
  kept = 0;
  rowsWithErrors = 0;
  private lastTool: string | null = null;
  private readonly file: string;
  private readonly codeCol: string;
  /** The score column's header (problems about a score name it). */
  readonly scoreCol: string;

  constructor(
    private readonly ctx: IngestContext,
    private readonly layout: Layout,
    private readonly fileIndex: number,
    private readonly indicatorNames: readonly IndicatorName[],
  ) {
    this.file = ctx.files[fileIndex]?.name ?? '';
    this.codeCol = layout.headers[layout.fields.code as number] ?? 'code';
    this.scoreCol = layout.headers[layout.fields.score as number] ?? 'score';
  }

  /** Read one record (`r`: its 0-based index in the file, so its Excel row is r + 1). */
  row(rec: readonly string[], r: number): void {
    const { ctx, layout, codeCol } = this;
    if (isBlank(rec)) return;
    this.dataRows++;
    const errorsBefore = ctx.log.errorCount;
    const row = r + 1;
    const at = { file: this.file, row, column: null, value: null };
    const rawCode = cell(rec, layout, 'code') ?? '';
    const slot = parseCodeCell(rawCode);
    const tool = cell(rec, layout, 'tool');
    if (tool) this.lastTool = tool.toUpperCase();
    if (slot === TOOL_CODE) {
      ctx.log.add('info', 'tool-row', { ...at, column: codeCol, value: rawCode }, msg.toolRow());
      return;
    }
    if (slot < 0) {
      ctx.log.add('error', 'unknown-code', { ...at, column: codeCol, value: rawCode }, msg.unknownCode());
      this.rowsWithErrors++;
      return;
    }
    const kind = slotKind(slot);
    const declared = layout.fields.tool !== undefined ? this.lastTool : null;
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
        this.indicatorNames.map((n) => ({ key: n.key, value: n.id })),
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
          this.fileIndex,
          { ...at, column: this.scoreCol, value: raw },
        );
        if (ok) this.kept++;
      }
    }
    if (ctx.log.errorCount > errorsBefore) this.rowsWithErrors++;
  }
}

/** Read every data row of a long or report-table file (see LongReader). */
export function readLong(
  ctx: IngestContext,
  records: readonly string[][],
  layout: Layout,
  fileIndex: number,
  indicatorNames: readonly IndicatorName[],
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const reader = new LongReader(ctx, layout, fileIndex, indicatorNames);
  for (let r = layout.headerIndex + 1; r < records.length; r++) reader.row(records[r] as string[], r);
  return { dataRows: reader.dataRows, kept: reader.kept, rowsWithErrors: reader.rowsWithErrors };
}
