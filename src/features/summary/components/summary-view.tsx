import { useEffect, useMemo } from 'react';
import { agencyYears } from '@analysis/summary/agency-years';
import { tableTitle, TOTALS_NOTE } from '@analysis/summary/labels';
import { memberDimOf, parseQuery } from '@analysis/summary/parse-query';
import { Notice } from '@/shared/ui/notice';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useSummaryParams } from '../hooks/use-summary-params';
import { useSummaryTable } from '../hooks/use-summary-table';
import { disposeGroupClient } from '../lib/group-client';
import type { SummaryParams } from '@/shared/url/routes/summary';
import { scaleOf, toneSteps } from '../lib/cell-tone';
import { filterText } from '../lib/filter-text';
import { valueGroups } from '../lib/value-options';
import { summaryMessages } from '../messages';
import { CellPanel } from './cell-panel';
import { ExportBar } from './export-bar';
import { FilterControls } from './filter-controls';
import { Legend } from './legend';
import { Presets } from './presets';
import { SummaryGrid } from './summary-grid';
import { TableControls } from './table-controls';

/** A loaded dataset summarised: ready-made tables, the table's controls and filters, the table, its agencies. */
export function SummaryView({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const m = useMessages(summaryMessages);
  const { lang, fmt, pick } = useI18n();
  const [params, setParams] = useSummaryParams();
  const ay = useMemo(() => agencyYears(loaded.dataset, loaded.scoreboard), [loaded]);
  const groups = useMemo(() => valueGroups(loaded.slotCounts, lang), [loaded, lang]);
  useEffect(() => () => disposeGroupClient(ay), [ay]);
  // Keyed on the table's text inside, so choosing a cell does not recompute the table.
  const { problems, built, busy } = useSummaryTable(ay, params.table);
  const setTable = (table: SummaryParams['table']) => setParams({ table });
  if (ay.n === 0) return <Notice tone="warning">{m('noScores')}</Notice>;
  const synthetic = entry.source.kind === 'demo' || loaded.meta.synthetic === true;
  const t = built?.table ?? null;
  const split = memberDimOf(parseQuery(params.table).query ?? { rows: [], cols: null, filters: {} });
  const title = t ? tableTitle(t.query.value, t.query.stat, lang) : '';
  const filters = t ? filterText(t, ay, lang, fmt) : '';
  return (
    <>
      {synthetic ? <Notice tone="synthetic">{m('synthetic')}</Notice> : null}
      <Presets ay={ay} table={params.table} onChange={setTable} />
      <section className="panel summary-build no-print" aria-labelledby="summary-build-title">
        <h2 id="summary-build-title" className="summary-small-head">
          {m('build.title')}
        </h2>
        <TableControls table={params.table} groups={groups} onChange={setTable} />
        <FilterControls ay={ay} table={params.table} split={split} onChange={setTable} />
      </section>
      {problems.length > 0 || built?.error ? (
        <Notice tone="error" title={m('table.problem')}>
          <ul>
            {built?.error ? <li>{built.error}</li> : null}
            {problems.map((p, i) => (
              <li key={i}>{pick(p.message_th, p.message_en)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {t ? (
        <section
          className="panel summary-result"
          aria-labelledby="summary-result-title"
          aria-busy={busy}
          data-busy={busy ? 'true' : undefined}
          data-build-ms={built ? Math.round(built.ms) : undefined}
        >
          <h2 id="summary-result-title">{title}</h2>
          {filters ? <p className="summary-filters-text">{filters}</p> : null}
          <p className="muted small" data-testid="summary-caption">
            {m('table.caption', { rows: fmt.int(t.rows.length), records: fmt.int(t.records) })}
            {t.totalsNote ? ` ${TOTALS_NOTE[lang]}` : ''}
          </p>
          {t.rows.length === 0 ? (
            <Notice tone="info">{m('table.empty')}</Notice>
          ) : (
            <>
              <p className="muted small no-print">
                {m('table.hint')} · {m('table.scrollHint')}
              </p>
              <SummaryGrid
                table={t}
                steps={toneSteps(t)}
                title={title}
                selected={params.cell}
                onPick={(cell) => setParams({ cell })}
              />
              <Legend steps={toneSteps(t)} scale={scaleOf(t.query.stat)} />
              <ExportBar table={t} title={title} />
            </>
          )}
        </section>
      ) : null}
      {t && built && params.cell ? (
        <CellPanel
          ay={ay}
          ds={entry.id}
          query={built.query}
          table={t}
          cell={params.cell}
          onClose={() => setParams({ cell: null })}
        />
      ) : null}
    </>
  );
}
