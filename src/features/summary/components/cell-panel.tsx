import { DataTable } from '@/shared/ui/data-table';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AgencyYears } from '@analysis/summary/agency-years';
import type { CellRef } from '@analysis/summary/cell-records';
import type { SummaryQuery, SummaryTable } from '@analysis/summary/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { comparePath } from '@/shared/url/routes/compare';
import { gapPath } from '@/shared/url/routes/gap';
import { useCellRecords } from '../hooks/use-summary-table';
import { memberLabel } from '../lib/format-cell';
import { summaryMessages } from '../messages';

/** Records listed before "show all" (a total can hold thousands). */
const FIRST = 200;

/** Which cell, in words: `ชลบุรี · 2567`, `ชลบุรี · รวมทุกคอลัมน์`. */
function useCellName(table: SummaryTable, ref: CellRef): string {
  const m = useMessages(summaryMessages);
  const { lang, fmt } = useI18n();
  const row = ref.row
    ? table.rowDims
        .map((d, k) => {
          const mem = table.rows.find((r) => r.members[k]?.key === ref.row?.[k])?.members[k];
          return mem ? memberLabel(d, mem, lang, fmt) : (ref.row?.[k] ?? '');
        })
        .join(' · ')
    : m('cell.colTotal');
  if (!table.colDim) return row;
  const col = ref.col === null ? m('cell.rowTotal') : table.cols.find((c) => c.key === ref.col);
  const colText =
    typeof col === 'string' ? col : col ? memberLabel(table.colDim, col, lang, fmt) : (ref.col ?? '');
  return ref.row === null && ref.col === null ? m('cell.grand') : `${row} · ${colText}`;
}

/** The agencies behind a chosen cell, weakest first, each linking to its gap analysis and to compare. */
export function CellPanel({
  ay,
  ds,
  query,
  table,
  cell,
  onClose,
}: {
  ay: AgencyYears;
  ds: string;
  query: SummaryQuery;
  table: SummaryTable;
  cell: CellRef;
  onClose: () => void;
}) {
  const m = useMessages(summaryMessages);
  const { lang, fmt } = useI18n();
  const [all, setAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const found = useCellRecords(ay, query, cell);
  const list = found ?? [];
  const name = useCellName(table, cell);
  useEffect(() => {
    heading.current?.focus();
  }, [cell]);
  const counted = list.filter((r) => !Number.isNaN(r.value)).length;
  const shown = all ? list : list.slice(0, FIRST);
  const split = list.some((r) => r.member !== null);
  const change = (a: number, b: number) => {
    const d = a - b;
    if (Number.isNaN(d)) return '—';
    const text = fmt.num(d, 2);
    return d > 0 && text !== fmt.num(0, 2) ? `+${text}` : text;
  };
  return (
    <section
      className="panel summary-cell-panel"
      aria-labelledby="summary-cell-title"
      data-testid="summary-cell-panel"
    >
      <div className="summary-cell-head">
        <h2 id="summary-cell-title" ref={heading} tabIndex={-1}>
          {m('cell.title', { what: name })}
        </h2>
        <button type="button" className="quiet no-print" onClick={onClose}>
          {m('cell.close')}
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {found ? m('cell.count', { n: fmt.int(list.length), counted: fmt.int(counted) }) : m('cell.finding')}
      </p>
      <div className="table-scroll summary-cell-scroll">
        <DataTable
          columns={[
            { label: m('cell.name') },
            { label: m('cell.where') },
            { label: m('cell.year'), num: true },
            ...(split ? [{ label: m('cell.part') }] : []),
            { label: m('cell.score'), num: true },
            { label: m('cell.previous'), num: true },
            { label: m('cell.change'), num: true },
            { label: m('cell.links'), className: 'no-print' },
          ]}
          className="summary-agencies"
          scroll={false}
        >
          {shown.map((r) => {
            const org = r.org;
            const label = org?.name ?? org?.id ?? m('cell.unnamed');
            return (
              <tr key={`${r.orgIndex}:${r.year}:${r.member?.key ?? ''}`}>
                <th scope="row">{label}</th>
                <td>{[org?.province, org?.district].filter(Boolean).join(' / ') || '—'}</td>
                <td className="num">{fmt.year(r.year)}</td>
                {split ? <td>{r.member?.[lang] ?? ''}</td> : null}
                <td className="num">
                  {Number.isNaN(r.value) ? (
                    <span className="muted">{m('cell.noScore')}</span>
                  ) : (
                    <>
                      {r.below ? (
                        <span className="summary-glyph" title={m('cell.below')}>
                          ▼<span className="visually-hidden">{m('cell.below')}</span>
                        </span>
                      ) : null}
                      {fmt.num(r.value, 2)}
                    </>
                  )}
                </td>
                <td className="num">{fmt.num(r.previous, 2)}</td>
                <td className="num">{change(r.value, r.previous)}</td>
                <td className="no-print summary-links">
                  {org ? (
                    <>
                      <Link to={gapPath({ ds, org: org.key, year: r.year })}>{m('cell.gap')}</Link>
                      <Link to={comparePath({ ds, year: r.year, orgs: [org.key] })}>{m('cell.compare')}</Link>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </div>
      {list.length > shown.length ? (
        <p>
          {m('cell.more', { shown: fmt.int(shown.length), n: fmt.int(list.length) })}{' '}
          <button type="button" onClick={() => setAll(true)}>
            {m('cell.showAll')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
