import { useRef, useState, type KeyboardEvent } from 'react';
import type { CellRef } from '@analysis/summary/cell-records';
import { DIM_LABELS, TOTAL_LABEL } from '@analysis/summary/labels';
import type { SummaryCell, SummaryTable } from '@analysis/summary/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { scaleOf, toneOf, type ToneStep } from '../lib/cell-tone';
import { formatCell, memberLabel } from '../lib/format-cell';
import { summaryMessages } from '../messages';

const sameRef = (a: CellRef | null, b: CellRef): boolean =>
  !!a &&
  a.col === b.col &&
  (a.row ?? []).join('\u0000') === (b.row ?? []).join('\u0000') &&
  (a.row === null) === (b.row === null);

/**
 * The summary table: label columns, one column per column member, the totals column and row; each value a
 * button (arrow keys move between them, Enter opens its agencies). Colour follows `steps`, with the glyph
 * and the number always there. The table scrolls in its own box, header and first column stay in view.
 */
export function SummaryGrid({
  table,
  steps,
  title,
  selected,
  onPick,
}: {
  table: SummaryTable;
  steps: readonly ToneStep[];
  title: string;
  selected: CellRef | null;
  onPick: (ref: CellRef) => void;
}) {
  const m = useMessages(summaryMessages);
  const { lang, fmt } = useI18n();
  const scale = scaleOf(table.query.stat);
  const hasTotalCol = table.rows.some((r) => r.total !== null);
  const hasTotalRow = table.colTotals !== null;
  const nCols = table.cols.length + (hasTotalCol ? 1 : 0);
  const nRows = table.rows.length + (hasTotalRow ? 1 : 0);
  const [active, setActive] = useState({ r: 0, c: 0 });
  const at = { r: Math.min(active.r, nRows - 1), c: Math.min(active.c, nCols - 1) };
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const colName = (c: number) =>
    c >= table.cols.length
      ? TOTAL_LABEL[lang]
      : table.colDim
        ? memberLabel(table.colDim, table.cols[c] as (typeof table.cols)[number], lang, fmt)
        : title;
  const rowName = (r: number) =>
    r >= table.rows.length
      ? TOTAL_LABEL[lang]
      : (table.rows[r]?.members ?? [])
          .map((mem, k) => memberLabel(table.rowDims[k] ?? null, mem, lang, fmt))
          .join(' · ');

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-10, 0],
      PageDown: [10, 0],
    };
    let next: { r: number; c: number } | null = null;
    const mv = moves[e.key];
    if (mv) next = { r: at.r + mv[0], c: at.c + mv[1] };
    else if (e.key === 'Home') next = { r: e.ctrlKey ? 0 : at.r, c: 0 };
    else if (e.key === 'End') next = { r: e.ctrlKey ? nRows - 1 : at.r, c: nCols - 1 };
    if (!next) return;
    e.preventDefault();
    next = { r: Math.max(0, Math.min(nRows - 1, next.r)), c: Math.max(0, Math.min(nCols - 1, next.c)) };
    setActive(next);
    refs.current.get(`${next.r}:${next.c}`)?.focus();
  };

  const cellButton = (cell: SummaryCell | null, r: number, c: number, ref: CellRef, total: boolean) => {
    if (!cell) return <td key={c} className="summary-cell summary-none" />;
    const tone = toneOf(cell.value, steps, scale);
    const text = formatCell(cell.value, table, fmt);
    const label = m('table.cellLabel', {
      row: rowName(r),
      col: colName(c),
      value: cell.value === null ? m('table.noValue') : text,
      n: fmt.int(cell.n),
    });
    const isActive = at.r === r && at.c === c;
    return (
      <td
        key={c}
        className={`summary-cell${tone ? ` tone-${tone.tone}` : ''}${total ? ' summary-total' : ''}`}
      >
        <button
          type="button"
          ref={(el) => {
            if (el) refs.current.set(`${r}:${c}`, el);
            else refs.current.delete(`${r}:${c}`);
          }}
          tabIndex={isActive ? 0 : -1}
          aria-label={label}
          aria-current={sameRef(selected, ref) ? 'true' : undefined}
          onFocus={() => setActive({ r, c })}
          onClick={() => onPick(ref)}
        >
          {tone?.glyph ? (
            <span aria-hidden="true" className="summary-glyph">
              {tone.glyph}
            </span>
          ) : null}
          {text}
        </button>
      </td>
    );
  };

  const colKey = (c: number) => (table.colDim ? (table.cols[c]?.key ?? '') : '');
  return (
    <div className="summary-scroll" role="region" aria-label={title} tabIndex={-1}>
      <table className="summary-table" onKeyDown={onKey} data-testid="summary-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {table.rowDims.map((d, k) => (
              <th key={d} scope="col" className={k === 0 ? 'summary-sticky' : undefined}>
                {DIM_LABELS[d][lang]}
              </th>
            ))}
            {table.cols.map((c, k) => (
              <th key={c.key || 'value'} scope="col" className="num">
                {colName(k)}
              </th>
            ))}
            {hasTotalCol ? (
              <th scope="col" className="num summary-total">
                {TOTAL_LABEL[lang]}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => {
            const keys = row.members.map((x) => x.key);
            const prev = table.rows[r - 1]?.members;
            return (
              <tr key={keys.join('\u0000')}>
                {row.members.map((mem, k) => {
                  // An outer label is written once per group (still read out for each row).
                  const repeat = k < row.members.length - 1 && prev?.[k]?.key === mem.key;
                  const text = memberLabel(table.rowDims[k] ?? null, mem, lang, fmt);
                  return (
                    <th key={k} scope="row" className={k === 0 ? 'summary-sticky' : undefined}>
                      {repeat ? <span className="visually-hidden">{text}</span> : text}
                    </th>
                  );
                })}
                {row.cells.map((cell, c) => cellButton(cell, r, c, { row: keys, col: colKey(c) }, false))}
                {hasTotalCol
                  ? cellButton(row.total, r, table.cols.length, { row: keys, col: null }, true)
                  : null}
              </tr>
            );
          })}
        </tbody>
        {hasTotalRow ? (
          <tfoot>
            <tr>
              <th scope="row" className="summary-sticky" colSpan={table.rowDims.length}>
                {TOTAL_LABEL[lang]}
              </th>
              {(table.colTotals ?? []).map((cell, c) =>
                cellButton(cell, table.rows.length, c, { row: null, col: colKey(c) }, true),
              )}
              {hasTotalCol
                ? cellButton(
                    table.grand,
                    table.rows.length,
                    table.cols.length,
                    { row: null, col: null },
                    true,
                  )
                : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
