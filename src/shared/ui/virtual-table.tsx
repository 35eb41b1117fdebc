import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';

export interface VColumn<T> {
  id: string;
  /** Header text (also shown before each cell when the table stacks on a narrow screen). */
  header: string;
  /** CSS grid track, e.g. `minmax(12rem, 2fr)` or `6rem`. */
  width: string;
  render: (row: T) => ReactNode;
  /** `num` right-aligns figures. */
  align?: 'num';
}

export interface VirtualTableProps<T> {
  rows: readonly T[];
  columns: readonly VColumn<T>[];
  rowKey: (row: T, index: number) => string | number;
  /** Accessible name of the table. */
  label: string;
  /** Height of the scrolling body (CSS). */
  height?: string;
  estimateRowHeight?: number;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
}

/**
 * A table that renders only the rows in view (@tanstack/react-virtual), so tens of thousands of rows
 * scroll smoothly. ARIA table roles with row indices; the body scrolls and takes keyboard focus; rows may
 * wrap (heights are measured). On narrow screens each row stacks into a labelled card.
 */
export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  label,
  height = '28rem',
  estimateRowHeight = 44,
  empty,
}: VirtualTableProps<T>) {
  const body = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => body.current,
    estimateSize: () => estimateRowHeight,
    overscan: 10,
  });
  const cols = { '--cols': columns.map((c) => c.width).join(' ') } as CSSProperties;
  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="vtable">
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row" style={cols}>
          {columns.map((c) => (
            <div role="columnheader" key={c.id} className={c.align === 'num' ? 'num' : undefined}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="vtable-empty">{empty}</div>
      ) : (
        <div ref={body} role="rowgroup" className="vtable-body" style={{ maxHeight: height }} tabIndex={0}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as T;
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={rowKey(row, item.index)}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="vtable-row"
                  style={{ ...cols, transform: `translateY(${item.start}px)` }}
                >
                  {columns.map((c) => (
                    <div
                      role="cell"
                      key={c.id}
                      data-label={c.header}
                      className={c.align === 'num' ? 'num' : undefined}
                    >
                      {c.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
