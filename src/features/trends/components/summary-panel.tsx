import type { TrendSentence } from '@analysis/trends/summary';
import type { AgencyTrend } from '@analysis/trends/types';
import { latestScored } from '@analysis/trends/streak';
import { Stat } from '@/shared/ui/stat';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { trendMessages } from '../messages';
import { signed } from './yoy-table';

/** The ten-second summary: the latest year's headline figures and the generated sentences. */
export function SummaryPanel({ trend, sentences }: { trend: AgencyTrend; sentences: TrendSentence[] }) {
  const m = useMessages(trendMessages);
  const { fmt, pick } = useI18n();
  const i = latestScored(trend.years);
  const row = trend.years[i];
  return (
    <section
      className="panel trend-summary"
      aria-labelledby="trend-summary-title"
      data-testid="trend-summary"
    >
      <h2 id="trend-summary-title">{fmt.digits(m('summary.title'))}</h2>
      {row && row.overall !== null ? (
        <dl className="stats trend-stats">
          <Stat label={m('stat.latest', { year: fmt.year(row.year) })} value={fmt.num(row.overall)} />
          <Stat
            label={m('stat.rating')}
            value={row.rating ? pick(row.rating.labelTh, row.rating.labelEn) : fmt.num(null)}
            detail={row.scheme ? fmt.digits(m(`stat.ratingScheme.${row.scheme}`)) : undefined}
          />
          <Stat
            label={m('stat.pass', { mark: fmt.num(row.threshold, 0) })}
            value={
              row.pass === null ? (
                fmt.num(null)
              ) : (
                <span className={row.pass ? 'rating-pass' : 'rating-fail'}>
                  {row.pass ? `✓ ${m('stat.passYes')}` : `✗ ${m('stat.passNo')}`}
                </span>
              )
            }
          />
          <Stat
            label={
              row.changeFrom === null
                ? m('stat.changeNone')
                : m('stat.change', { year: fmt.year(row.changeFrom) })
            }
            value={
              row.change === null ? (
                fmt.num(null)
              ) : (
                <span
                  className={`trend-change trend-${row.change > 0 ? 'up' : row.change < 0 ? 'down' : 'same'}`}
                >
                  {signed(row.change, (v) => fmt.num(v))}
                </span>
              )
            }
          />
        </dl>
      ) : null}
      <ul className="trend-sentences">
        {sentences.map((s) => (
          <li key={s.kind} data-kind={s.kind}>
            {s.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
