import { DataTable } from '@/shared/ui/data-table';
import type { AgencyTrend, TrendYear } from '@analysis/trends/types';
import { TOOL_IDS } from '@analysis/frameworks/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { trendMessages } from '../messages';

/** A change in points with its sign: +3.20, −0.98, ±0.00. */
export function signed(change: number, num: (v: number) => string): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${num(Math.abs(change))}`;
}

function ChangeCell({ row }: { row: TrendYear }) {
  const m = useMessages(trendMessages);
  const { fmt } = useI18n();
  if (row.change === null || row.changeFrom === null) return <>{fmt.num(null)}</>;
  const dir = row.change > 0 ? 'up' : row.change < 0 ? 'down' : 'same';
  return (
    <span className={`trend-change trend-${dir}`}>
      {signed(row.change, (v) => fmt.num(v))}
      {row.changeFrom !== row.year - 1 ? (
        <span className="muted small"> {m('yoy.changeFrom', { year: fmt.year(row.changeFrom) })}</span>
      ) : null}
    </span>
  );
}

/** Id of the year-over-year table, which both line charts point to (aria-details). */
export const YOY_TABLE_ID = 'trend-yoy-table';

/** The year-over-year table: the table alternative of both line charts. */
export function YoyTable({ trend, onCsv }: { trend: AgencyTrend; onCsv: () => void }) {
  const m = useMessages(trendMessages);
  const { fmt, pick } = useI18n();
  const peers = trend.peers;
  const hasRanks = trend.years.some((y) => y.peer !== null);
  return (
    <section className="panel trend-yoy" aria-labelledby="trend-yoy-title" data-testid="trend-yoy">
      <div className="trend-panel-head">
        <h2 id="trend-yoy-title">{m('yoy.title')}</h2>
        <button type="button" className="button small no-print" onClick={onCsv}>
          {m('csv')}
        </button>
      </div>
      <DataTable
        columns={[
          { label: m('yoy.year') },
          { label: m('yoy.overall'), num: true },
          { label: m('yoy.change'), num: true },
          { label: m('yoy.rating') },
          { label: fmt.digits(m('yoy.pass')) },
          ...TOOL_IDS.map((id) => ({ label: id, num: true })),
          ...(hasRanks ? [{ label: m('yoy.rank'), num: true }] : []),
        ]}
        caption={m('yoy.title')}
        className="stack trend-table"
        id={YOY_TABLE_ID}
      >
        {trend.years.map((y) => (
          <tr key={y.year} data-year={y.year} className={y.overall === null ? 'trend-gap' : undefined}>
            <th scope="row">{fmt.year(y.year)}</th>
            <td className="num" data-label={m('yoy.overall')} data-testid="yoy-overall">
              {y.overall === null ? (
                <span className="muted">{m('yoy.gap')}</span>
              ) : (
                <>
                  <strong>{fmt.num(y.overall)}</strong>
                  {y.source === 'published' ? (
                    <span className="muted small"> {m('yoy.published')}</span>
                  ) : null}
                </>
              )}
            </td>
            <td className="num" data-label={m('yoy.change')} data-testid="yoy-change">
              <ChangeCell row={y} />
            </td>
            <td data-label={m('yoy.rating')}>
              {y.rating ? (
                <span className={`rating ${y.pass ? 'rating-pass' : 'rating-fail'}`}>
                  {pick(y.rating.labelTh, y.rating.labelEn)}
                </span>
              ) : (
                fmt.num(null)
              )}
            </td>
            <td data-label={fmt.digits(m('yoy.pass'))}>
              {y.pass === null ? fmt.num(null) : y.pass ? `✓ ${m('stat.passYes')}` : `✗ ${m('stat.passNo')}`}
            </td>
            {TOOL_IDS.map((id, k) => (
              <td key={id} className="num" data-label={id}>
                {fmt.num(y.tools[k])}
              </td>
            ))}
            {hasRanks ? (
              <td className="num" data-label={m('yoy.rank')} data-testid="yoy-rank">
                {y.peer
                  ? m('yoy.rankOf', { rank: fmt.int(y.peer.rank), size: fmt.int(y.peer.size) })
                  : fmt.num(null)}
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      <p className="muted small trend-peers">
        {peers && hasRanks
          ? m('yoy.peers', { type: peers.type, province: peers.province })
          : m('yoy.noPeers')}
      </p>
    </section>
  );
}
