import { AgencyViewLinks } from '@/shared/agency/agency-view-links';
import { useCallback, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { latestScored } from '@analysis/trends/streak';
import { trendSummary } from '@analysis/trends/summary';
import { trendCsv } from '@analysis/trends/trend-table';
import type { AgencyTrend } from '@analysis/trends/types';
import { downloadText, safeFileName } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { localeFor } from '@/shared/i18n/format';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useSettings } from '@/shared/i18n/settings-store';
import { gapPath } from '@/shared/url/routes/gap';
import { trendsPath } from '@/shared/url/routes/trends';
import { usePrintLayout } from '../hooks/use-print-layout';
import { trendMessages } from '../messages';
import { IndicatorHeatmap } from './indicator-heatmap';
import { OverallChart } from './overall-chart';
import { SummaryPanel } from './summary-panel';
import { ToolsChart } from './tools-chart';
import { YoyTable } from './yoy-table';

export interface TrendReportProps {
  ds: string;
  trend: AgencyTrend;
  /** The data are synthetic (the demo): said on screen and on paper. */
  synthetic: boolean;
}

/** One agency's trend on one page: summary, charts, heatmap and table; prints on one A4 landscape page. */
export function TrendReport({ ds, trend, synthetic }: TrendReportProps) {
  const m = useMessages(trendMessages);
  const { lang, fmt, t } = useI18n();
  const { digits } = useSettings();
  const root = useRef<HTMLDivElement>(null);
  const printedAt = usePrintLayout(root);
  const sentences = useMemo(() => trendSummary(trend, lang, digits), [trend, lang, digits]);
  const { org } = trend;
  const name = org.name ?? org.id ?? t('common.unnamed');
  const first = trend.years[0]?.year ?? 0;
  const last = trend.years[trend.years.length - 1]?.year ?? 0;
  // One year reads as one year ("ปีงบประมาณ 2567"), not as a range from it to itself.
  const years =
    first === last
      ? m('yearOne', { year: fmt.year(first) })
      : m('years', { from: fmt.year(first), to: fmt.year(last) });
  const yearsShort = first === last ? fmt.year(first) : `${fmt.year(first)}–${fmt.year(last)}`;
  const fileBase = `ita-trends-${safeFileName(name)}`;
  const latest = trend.years[latestScored(trend.years)];
  const printed = new Intl.DateTimeFormat(localeFor(lang, digits), {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(printedAt);
  const onCsv = useCallback(
    () => downloadText(`${fileBase}.csv`, trendCsv(trend, lang)),
    [fileBase, trend, lang],
  );
  const place = [org.type, org.province, org.district].filter(Boolean).join(' · ');
  return (
    <div className="page trends-page" ref={root} data-testid="trends-report">
      <header className="trend-head">
        <div className="trend-title">
          <p className="trend-kicker">
            <span className="print-only">ITA Lens · </span>
            {m('title')}
          </p>
          <h1>{name}</h1>
          <p className="trend-meta">
            {[org.id && org.name ? org.id : null, place, years].filter(Boolean).join(' · ')}
            <span className="print-only" data-testid="printed-date">
              {' · '}
              {m('printed', { date: printed })}
            </span>
          </p>
          {synthetic ? <p className="trend-synthetic">{m('synthetic')}</p> : null}
          <AgencyViewLinks here="trends" />
        </div>
        <div className="actions no-print">
          <button type="button" className="button primary" onClick={() => window.print()}>
            {m('print')}
          </button>
          {latest ? (
            <Link className="button" to={gapPath({ ds, org: org.key, year: latest.year })}>
              {m('toGap', { year: fmt.year(latest.year) })}
            </Link>
          ) : null}
          <Link className="button" to={trendsPath({ ds })}>
            {m('change')}
          </Link>
        </div>
      </header>
      <div className="trend-grid">
        <SummaryPanel trend={trend} sentences={sentences} />
        <OverallChart trend={trend} name={name} years={yearsShort} fileBase={fileBase} />
        <ToolsChart trend={trend} name={name} years={yearsShort} fileBase={fileBase} />
        <IndicatorHeatmap trend={trend} name={name} years={yearsShort} fileBase={fileBase} />
        <YoyTable trend={trend} onCsv={onCsv} />
      </div>
    </div>
  );
}
