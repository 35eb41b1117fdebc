import { slotCode, slotKind } from '../codes';
import type { IndicatorName } from './columns';
import type { IngestContext } from './context';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { FillDown } from './fill-down';
import { nameTable } from './labels';
import { msg } from './messages';
import { cell, rowOrg, rowYear } from './row-context';
import { decideNameOrder, rowIdentity, type NameOrder, type NameTable } from './row-identity';

const TOOLS = ['IIT', 'EIT', 'OIT'] as const;

function toolOfIndicator(id: number): string {
  return id <= 5 ? 'IIT' : id <= 8 ? 'EIT' : 'OIT';
}

/** Whether a long layout is the canonical one the byte-level reader takes (fast-long-plan.ts). */
export function isCanonicalLong(layout: Layout): boolean {
  const f = layout.fields;
  return (
    layout.format === 'long' &&
    f.org_id !== undefined &&
    f.year !== undefined &&
    f.code !== undefined &&
    f.score !== undefined &&
    f.org_name === undefined &&
    f.tool === undefined &&
    f.description === undefined &&
    f.org_type === undefined &&
    f.province === undefined &&
    f.district === undefined
  );
}

/**
 * Reads the data rows of a file in the canonical long format (one row per organisation × year × code) or
 * the report-table format of agencies' reports (แบบ / ลำดับ / รายละเอียดตัวชี้วัด / คะแนน, organisation and
 * year from the caller), one record at a time. Both the general path (readLong) and the byte-level reader
 * (fast-long.ts, for the rows it does not handle itself) call `row`, so messages are the same by construction.
 *
 * Rows are identified by code, by number, or by indicator name (names over numbers: `order`, decided for the
 * whole file by readLong); rows of tool totals (`รวม IIT`) are published figures, kept for cross-checking.
 * In files laid out as reports (not the canonical long file), an empty agency or year cell is the merged
 * cell above it.
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
  private readonly names: NameTable;
  private readonly fill: FillDown | null;
  /** Names read as indicators, reported once at the end (`finish`). */
  private readonly nameMatches = new Map<string, number>();
  private followedNames = 0;

  constructor(
    private readonly ctx: IngestContext,
    private readonly layout: Layout,
    private readonly fileIndex: number,
    indicatorNames: readonly IndicatorName[],
    private readonly order: NameOrder = 'refuse',
  ) {
    this.file = ctx.files[fileIndex]?.name ?? '';
    this.codeCol = layout.headers[layout.fields.code as number] ?? 'code';
    this.scoreCol = layout.headers[layout.fields.score as number] ?? 'score';
    this.names = nameTable(indicatorNames);
    this.fill = isCanonicalLong(layout) ? null : new FillDown(layout);
  }

  /** Read one record (`r`: its 0-based index in the file, so its Excel row is r + 1). */
  row(record: readonly string[], r: number): void {
    const { ctx, layout, codeCol } = this;
    if (isBlank(record)) return;
    const rec = this.fill ? this.fill.apply(record, r) : record;
    this.dataRows++;
    const errorsBefore = ctx.log.errorCount;
    const row = r + 1;
    const at = { file: this.file, row, column: null, value: null };
    const rawCode = cell(rec, layout, 'code') ?? '';
    const tool = cell(rec, layout, 'tool');
    if (tool) this.lastTool = tool.toUpperCase();
    const id = rowIdentity(rec, layout, this.names);
    let slot = -1;
    if (id.kind === 'slot') slot = id.slot;
    else if (id.kind === 'tool-total') {
      this.toolTotal(rec, id.tool, at);
      if (ctx.log.errorCount > errorsBefore) this.rowsWithErrors++;
      return;
    } else if (id.kind === 'indicator') {
      const { number, nameId } = id;
      if (nameId === null) slot = number !== null && number >= 1 && number <= 10 ? number : -1;
      else {
        if (!id.exact || number === null) this.nameMatches.set(id.nameText ?? '', nameId);
        if (number === null || number === nameId) slot = nameId;
        else if (this.order === 'names') {
          slot = nameId;
          this.followedNames++;
        } else {
          ctx.log.add(
            'error',
            'name-number-conflict',
            { ...at, column: codeCol, value: `${rawCode} ${id.nameText ?? ''}`.trim() },
            msg.nameNumberConflict(number, nameId),
          );
          const org = rowOrg(ctx, rec, layout, at);
          const year = rowYear(ctx, rec, layout, at);
          if (year !== null) ctx.refuse(org, year, 'name-number-conflict', msg.refusedNameOrder(this.file));
          this.rowsWithErrors++;
          return;
        }
      }
    }
    if (slot < 0) {
      const value = id.kind === 'none' ? id.raw : rawCode;
      ctx.log.add('error', 'unknown-code', { ...at, column: codeCol, value }, msg.unknownCode());
      this.rowsWithErrors++;
      return;
    }
    const kind = slotKind(slot);
    const declared = layout.fields.tool !== undefined ? this.lastTool : null;
    if (declared && (TOOLS as readonly string[]).includes(declared)) {
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

  /** A tool's published total (`รวม IIT 92.53`): kept for cross-checking, never a bad row. */
  private toolTotal(rec: readonly string[], tool: 0 | 1 | 2, at: { file: string; row: number }): void {
    const { ctx, layout } = this;
    const raw = cell(rec, layout, 'score');
    if (raw === null) return; // a heading row (`IIT` above its indicators)
    const where = { ...at, column: this.scoreCol, value: raw };
    const org = rowOrg(ctx, rec, layout, where);
    const year = rowYear(ctx, rec, layout, where);
    if (year === null) return;
    ctx.acceptTotal(org, year, tool, raw, where);
  }

  /** Report what the whole file showed: names read as indicators, names followed over numbers. */
  finish(): void {
    const { ctx } = this;
    if (this.nameMatches.size > 0) {
      const list = [...this.nameMatches].map(([text, id]) => `"${text}" → ${id}`).join(', ');
      ctx.log.add(
        'info',
        'names-read',
        { file: this.file, row: null, column: this.codeCol, value: null },
        msg.namesRead(list),
      );
    }
    if (this.followedNames > 0)
      ctx.log.add(
        'warning',
        'names-followed',
        { file: this.file, row: null, column: this.codeCol, value: null },
        msg.namesFollowed(this.codeCol, this.followedNames),
      );
    this.fill?.report(ctx, this.file);
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
  let order: NameOrder = 'refuse';
  if (!isCanonicalLong(layout)) {
    // Names over numbers are decided on the whole file before any row is read.
    const names = nameTable(indicatorNames);
    const fill = new FillDown(layout);
    const rows: { group: string; id: ReturnType<typeof rowIdentity> }[] = [];
    for (let r = layout.headerIndex + 1; r < records.length; r++) {
      const rec = records[r] as string[];
      if (isBlank(rec)) continue;
      const filled = fill.apply(rec);
      const group = [
        cell(filled, layout, 'org_id'),
        cell(filled, layout, 'org_name'),
        cell(filled, layout, 'year'),
      ].join('\u0000');
      rows.push({ group, id: rowIdentity(filled, layout, names) });
    }
    order = decideNameOrder(rows);
  }
  const reader = new LongReader(ctx, layout, fileIndex, indicatorNames, order);
  for (let r = layout.headerIndex + 1; r < records.length; r++) reader.row(records[r] as string[], r);
  reader.finish();
  return { dataRows: reader.dataRows, kept: reader.kept, rowsWithErrors: reader.rowsWithErrors };
}
