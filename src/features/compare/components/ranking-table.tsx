import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import type { OrgInfo } from '@analysis/dataset';
import { abbreviateName } from '@analysis/agencies/names';
import type { SortKey, SortSpec } from '@analysis/compare/sort';
import type { YearTable } from '@analysis/compare/year-table';
import type { Ranks } from '@analysis/scoring/rank-typed';
import type { Formatter } from '@/shared/i18n/format';
import { gridTemplate, RANK_COLUMNS, rowWidth, type RankColumn } from '../lib/ranking-columns';
import { belowPassMark } from '@analysis/scoring/rating';

/** Height of one row, px (fixed: rows are never measured, so scrolling does no layout reads). */
export const ROW_HEIGHT = 40;

/** What every row reads; one object per render of the table, so rows re-render only when it changes. */
export interface RowContext {
  yt: YearTable;
  orgs: readonly OrgInfo[];
  ranks: Ranks;
  fmt: Formatter;
  /** Rating label by rating index. */
  /** Labels by scoreboard rating index (analysis/scoring/rating.ts ratingLevel). */
  ratings: Map<number, string>;
  /** Chosen organisations (by index into orgs). */
  chosen: ReadonlySet<number>;
  full: boolean;
  onToggle: (org: number) => void;
  pickLabel: (name: string) => string;
  upLabel: string;
  downLabel: string;
}

export interface RankingTableProps {
  rows: Int32Array;
  ctx: RowContext;
  sort: SortSpec;
  onSort: (key: SortKey) => void;
  /** Header text of each column (by key) and its accessible name when it differs (indicators). */
  headers: Record<SortKey, { text: string; sub?: string; label: string }>;
  pickHeader: string;
  label: string;
}

/** The content of one cell: plain text where possible (fewer nodes to create, style and lay out). */
function cell(r: number, c: RankColumn, ctx: RowContext): ReactNode {
  const { yt, fmt } = ctx;
  switch (c.key) {
    case 'rank': {
      const k = ctx.ranks.rank[r] as number;
      return k ? fmt.int(k) : '—';
    }
    case 'name': {
      // The type prefix abbreviated (อบต., ทต. …) leaves room for the part that tells agencies apart;
      // the full name is the cell's title (and what the CSV holds).
      const o = ctx.orgs[yt.org[r] as number];
      return abbreviateName(o?.name ?? o?.id ?? '');
    }
    case 'province':
      return ctx.orgs[yt.org[r] as number]?.province ?? '—';
    case 'rating': {
      const i = yt.rating[r] as number;
      return ctx.ratings.get(i) ?? '—';
    }
    case 'change': {
      const v = Math.round((yt.change[r] as number) * 100) / 100;
      if (v !== v) return '—';
      if (v === 0) return fmt.num(0);
      return (
        <>
          <span className="visually-hidden">{v > 0 ? ctx.upLabel : ctx.downLabel} </span>
          {v > 0 ? '▲ +' : '▼ −'}
          {fmt.num(Math.abs(v))}
        </>
      );
    }
    default:
      return fmt.num(scoreOf(r, c, yt));
  }
}

function scoreOf(r: number, c: RankColumn, yt: YearTable): number {
  switch (c.key) {
    case 'overall':
      return yt.overall[r] as number;
    case 'iit':
      return yt.tools[r * 3] as number;
    case 'eit':
      return yt.tools[r * 3 + 1] as number;
    case 'oit':
      return yt.tools[r * 3 + 2] as number;
    default:
      return yt.indicators[r * 10 + Number(c.key.slice(1)) - 1] as number;
  }
}

/** Extra class of a cell: pass/fail of the rating, direction of the change, scores below 85. */
function tone(r: number, c: RankColumn, ctx: RowContext): string {
  const { yt } = ctx;
  if (c.key === 'rating')
    return (yt.rating[r] as number) < 0 ? '' : yt.pass[r] === 1 ? ' rating-pass' : ' rating-fail';
  if (c.key === 'change') {
    const v = yt.change[r] as number;
    return v > 0.004 ? ' change-up' : v < -0.004 ? ' change-down' : '';
  }
  if (!c.num || c.key === 'rank') return '';
  const v = scoreOf(r, c, yt);
  return belowPassMark(v) ? ' below' : '';
}

const Row = memo(function Row({ r, index, ctx }: { r: number; index: number; ctx: RowContext }) {
  const o = ctx.yt.org[r] as number;
  const on = ctx.chosen.has(o);
  const org = ctx.orgs[o];
  const name = org?.name ?? org?.id ?? '';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={on ? 'rank-row chosen' : 'rank-row'}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
      data-row={r}
    >
      <div role="cell" className="rank-pick">
        <input
          type="checkbox"
          checked={on}
          disabled={!on && ctx.full}
          aria-label={ctx.pickLabel(name)}
          onChange={() => ctx.onToggle(o)}
        />
      </div>
      {RANK_COLUMNS.map((c) => (
        <div
          role="cell"
          key={c.key}
          className={`rank-${c.key}${c.num ? ' num' : ''}${tone(r, c, ctx)}`}
          title={c.key === 'name' ? name : undefined}
        >
          {cell(r, c, ctx)}
        </div>
      ))}
    </div>
  );
});

/**
 * Every agency in scope, virtualised (@tanstack/react-virtual): fixed-height rows, only those in view
 * rendered, one scroll box for both directions with the header and the name column sticky. Sorting is by
 * the header buttons (aria-sort); the rows arrive sorted (index arrays, never objects).
 */
export function RankingTable({ rows, ctx, sort, onSort, headers, pickHeader, label }: RankingTableProps) {
  const box = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    // Render the rows a scroll brings in React's own task, not flushed inside the scroll event: a
    // frame's work is then split in two (render; layout and paint). Measured in Chromium's trace over a
    // full scripted scroll: longest task 27–54 ms of CPU with the flush, 28–42 ms without. The 4 rows
    // of overscan cover the frame the render comes later.
    useFlushSync: false,
  });
  // A new order or a new filter starts from the top of the table.
  // (The virtualizer's cached offset is read, not the box's scrollTop: reading that forces a layout.)
  useLayoutEffect(() => {
    if (box.current && (virtualizer.scrollOffset ?? 0) > 0) box.current.scrollTop = 0;
  }, [rows, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const style = {
    '--rank-cols': gridTemplate(),
    '--rank-width': `${rowWidth()}rem`,
  } as CSSProperties;
  return (
    <div
      ref={box}
      className="rank-scroll"
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={RANK_COLUMNS.length + 1}
      tabIndex={0}
      style={style}
      data-testid="ranking-table"
    >
      <div className="rank-inner">
        <div role="rowgroup" className="rank-head">
          <div role="row" aria-rowindex={1} className="rank-row">
            <div role="columnheader" className="rank-pick">
              <span className="visually-hidden">{pickHeader}</span>
            </div>
            {RANK_COLUMNS.map((c) => {
              const h = headers[c.key];
              const active = sort.key === c.key;
              return (
                <div
                  role="columnheader"
                  key={c.key}
                  className={`rank-${c.key}${c.num ? ' num' : ''}`}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className={active ? 'sort active' : 'sort'}
                    onClick={() => onSort(c.key)}
                    title={h.label}
                    data-sort={c.key}
                  >
                    {/* Named by the full label (the state is the header's aria-sort); the short
                        two-line text is for the eye. */}
                    <span className="visually-hidden">{h.label}</span>
                    <span className="sort-text" aria-hidden="true">
                      {h.sub ? <span className="sort-sub">{h.sub}</span> : null}
                      {h.text}
                    </span>
                    <span className="sort-arrow" aria-hidden="true">
                      {active ? (sort.desc ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="rank-body" style={{ height: rows.length * ROW_HEIGHT }}>
          {items.map((item) => (
            // Keys recycle row elements (index modulo the rows in view): scrolling updates text, it does
            // not create and style new elements.
            <Row
              key={item.index % items.length}
              r={rows[item.index] as number}
              index={item.index}
              ctx={ctx}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
