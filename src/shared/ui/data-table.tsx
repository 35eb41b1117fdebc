import type { ReactNode } from 'react';

/** A column heading of a data table. */
export interface Column {
  label: ReactNode;
  /** Figures: right-aligned (class `num`). */
  num?: boolean;
  /** Further classes (e.g. `no-print`). */
  className?: string;
}

/** The heading row of a data table: every cell a column header (`scope="col"`). */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th
            key={i}
            scope="col"
            className={[c.num ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined}
          >
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export interface DataTableProps {
  /** The column headings, or `head`: a heading row of the view's own (sortable or composed headers). */
  columns?: readonly Column[];
  head?: ReactNode;
  /** The table's name for screen readers (a hidden caption); none when a heading beside it names it. */
  caption?: ReactNode;
  /** Classes after `table` (e.g. `stack compact`). */
  className?: string;
  id?: string;
  testId?: string;
  /** Wrapped in a horizontally scrolling box (default), or not (inside one already). */
  scroll?: boolean;
  /** The rows (`<tr>`s of the body). */
  children: ReactNode;
}

/** The app's data table: a hidden caption, one heading row and the body rows, in a scrolling box. */
export function DataTable({
  columns = [],
  head,
  caption,
  className,
  id,
  testId,
  scroll = true,
  children,
}: DataTableProps) {
  const table = (
    <table className={className ? `table ${className}` : 'table'} id={id} data-testid={testId}>
      {caption === undefined ? null : <caption className="visually-hidden">{caption}</caption>}
      {head === undefined ? <TableHead columns={columns} /> : <thead>{head}</thead>}
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
