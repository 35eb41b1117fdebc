import { DataTable } from '@/shared/ui/data-table';
import { lazy, Suspense, useMemo } from 'react';
import { binOf, histogram } from '@analysis/compare/distribution';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { safeFileName } from '@/shared/ui/download';
import type { Chosen, CompareModel } from '../lib/compare-model';
import { useChartContext } from '@/shared/chart/chart-context';
import { scoreHistogramOption } from '@/shared/chart/score-histogram';
import { compareMessages } from '../messages';
import { GroupStatsView } from './group-stats';

const EChart = lazy(() => import('@/shared/chart/echart').then((mod) => ({ default: mod.EChart })));

/** Histogram of the scope's overall scores with the chosen agencies pinned, its stats, and the same as a table. */
export function GroupDistribution({
  model,
  agencies,
  scopeLabel,
}: {
  model: CompareModel;
  agencies: Chosen[];
  scopeLabel: string;
}) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const { yt, scope, stats } = model;
  const bins = useMemo(() => histogram(yt.overall, scope), [yt, scope]);
  const inScope = useMemo(() => new Set(scope), [scope]);
  const { marks, markNames, outside } = useMemo(() => {
    const nums: string[][] = bins.map(() => []);
    const names: string[][] = bins.map(() => []);
    const out: string[] = [];
    for (const a of agencies) {
      const b = binOf(bins, yt.overall[a.row] as number);
      if (b < 0) continue;
      nums[b]?.push(fmt.int(a.index + 1));
      names[b]?.push(`${a.index + 1}. ${a.name}`);
      if (!inScope.has(a.row)) out.push(`${a.index + 1}. ${a.name}`);
    }
    return { marks: nums.map((n) => n.join(', ')), markNames: names.map((n) => n.join(' · ')), outside: out };
  }, [agencies, bins, yt, fmt, inScope]);
  const binLabels = useMemo(() => bins.map((b) => `${fmt.num(b.from, 0)}–${fmt.num(b.to, 0)}`), [bins, fmt]);
  const chart = useChartContext();
  const option = useMemo(
    () =>
      scoreHistogramOption({ bins, labels: binLabels, countName: m('dist.count'), marks, markNames }, chart),
    [bins, binLabels, m, marks, markNames, chart],
  );
  return (
    <section className="panel" aria-labelledby="dist-title" data-testid="group-distribution">
      <h2 id="dist-title">{m('dist.title', { scope: scopeLabel })}</h2>
      <GroupStatsView stats={stats} />
      <p className="muted small">{m('dist.caption')}</p>
      <div className="dist-chart">
        <Suspense fallback={<div className="echart-placeholder" />}>
          <EChart
            option={option}
            ariaLabel={m('dist.aria', { scope: scopeLabel, year: fmt.year(model.year) })}
            tableId="cmp-dist-table"
            height={280}
            exportName={safeFileName(`ita-distribution-${model.year}-${scopeLabel}`)}
            exportLabel={m('charts.png')}
          />
        </Suspense>
      </div>
      {outside.length ? (
        <p className="muted small">{m('dist.outside', { names: outside.join(', ') })}</p>
      ) : null}
      <details className="chart-table">
        <summary>{m('dist.table')}</summary>
        <DataTable
          columns={[
            { label: m('dist.range') },
            { label: m('dist.count'), num: true },
            { label: m('dist.marks') },
          ]}
          className="compact"
          id="cmp-dist-table"
          scroll={false}
        >
          {bins.map((b, i) => (
            <tr key={b.from}>
              <th scope="row">{binLabels[i]}</th>
              <td className="num">{fmt.int(b.count)}</td>
              <td>{markNames[i]}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}
