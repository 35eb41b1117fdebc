import { useCallback, useDeferredValue, useMemo } from 'react';
import { scopeRows } from '@analysis/compare/scope';
import { naturalDesc, sortRows, sortValues, type SortKey } from '@analysis/compare/sort';
import { matchMask } from '@analysis/agencies/search';
import { ratingLabels } from '@analysis/scoring/rating';
import { SearchField } from '@/shared/ui/search-field';
import { downloadText, safeFileName } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useCompareParams } from '../hooks/use-compare-params';
import { MAX_CHOSEN, type CompareParams } from '@/shared/url/routes/compare';
import type { CompareModel } from '../lib/compare-model';
import { RANK_COLUMNS } from '../lib/ranking-columns';
import { rankingCsv } from '../lib/ranking-csv';
import { compareMessages } from '../messages';
import { GroupStatsView } from './group-stats';
import { RankingTable, type RankingTableProps, type RowContext } from './ranking-table';

/** Every agency of the scope ranked: stats, a name filter, the sortable virtualised table and its CSV. */
export function RankingPanel({
  model,
  params,
  scopeLabel,
}: {
  model: CompareModel;
  params: CompareParams;
  scopeLabel: string;
}) {
  const m = useMessages(compareMessages);
  const { t, fmt, pick } = useI18n();
  const [, setParams] = useCompareParams();
  const { ds, yt, filter, scope, scopeRanks, chosen } = model;
  const orgs = ds.orgs;
  const q = useDeferredValue(params.q.trim());
  const match = useMemo(() => matchMask(orgs, q), [orgs, q]);
  const shown = useMemo(() => (match ? scopeRows(yt, filter, match) : scope), [match, yt, filter, scope]);
  const values = useMemo(() => sortValues(yt, orgs, params.sort.key), [yt, orgs, params.sort.key]);
  const rows = useMemo(() => sortRows(shown, values, params.sort.desc), [shown, values, params.sort.desc]);

  const chosenOrgs = useMemo(() => new Set(chosen.map((c) => c.org).filter((o) => o >= 0)), [chosen]);
  const keys = useMemo(() => chosen.map((c) => c.key), [chosen]);
  const onToggle = useCallback(
    (o: number) => {
      const key = orgs[o]?.key;
      if (key === undefined) return;
      const next = keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key].slice(0, MAX_CHOSEN);
      setParams({ orgs: next }, true);
    },
    [orgs, keys, setParams],
  );
  const ratings = useMemo(() => ratingLabels(yt.framework, pick), [yt.framework, pick]);
  const ctx: RowContext = useMemo(
    () => ({
      yt,
      orgs,
      ranks: scopeRanks,
      fmt,
      ratings,
      chosen: chosenOrgs,
      full: chosenOrgs.size >= MAX_CHOSEN,
      onToggle,
      pickLabel: (name: string) => m('rank.selectName', { name }),
      upLabel: m('rank.up'),
      downLabel: m('rank.down'),
    }),
    [yt, orgs, scopeRanks, fmt, ratings, chosenOrgs, onToggle, m],
  );
  const headers = useMemo(() => {
    const h = {} as RankingTableProps['headers'];
    const plain = (key: SortKey, text: string) => (h[key] = { text, label: text });
    plain('rank', m('rank.col.rank'));
    plain('name', m('rank.col.name'));
    plain('province', m('rank.col.province'));
    plain('overall', m('rank.col.overall'));
    plain('rating', m('rank.col.rating'));
    plain('change', m('rank.col.change'));
    plain('iit', 'IIT');
    plain('eit', 'EIT');
    plain('oit', 'OIT');
    for (let i = 1; i <= 10; i++) {
      const ind = yt.framework?.indicators.find((d) => d.id === i);
      const num = fmt.digits(String(i));
      h[`i${i}` as SortKey] = {
        text: num,
        sub: m('rank.col.indicatorShort'),
        label: `${m('rank.col.indicator')} ${num}${ind ? ` ${pick(ind.nameTh, ind.nameEn)}` : ''}`,
      };
    }
    return h;
  }, [m, fmt, pick, yt.framework]);
  const onSort = useCallback(
    (key: SortKey) =>
      setParams(
        {
          sort: key === params.sort.key ? { key, desc: !params.sort.desc } : { key, desc: naturalDesc(key) },
        },
        true,
      ),
    [params.sort, setParams],
  );
  const download = () => {
    const text = rankingCsv(
      yt,
      orgs,
      scopeRanks,
      rows,
      RANK_COLUMNS.map((c) => headers[c.key].label),
      (i) => ratings.get(i) ?? '',
    );
    downloadText(`${safeFileName(`ita-ranking-${model.year}-${scopeLabel}`)}.csv`, text);
  };
  return (
    <section className="panel" aria-labelledby="rank-title">
      <h2 id="rank-title">{m('rank.title', { scope: scopeLabel })}</h2>
      <GroupStatsView stats={model.stats} />
      <p className="muted small">{m('rank.caption')}</p>
      <div className="filters">
        <SearchField
          label={m('rank.filter')}
          value={params.q}
          placeholder={t('agency.placeholder')}
          onChange={(q) => setParams({ q }, true)}
        />
        <button type="button" onClick={download} disabled={rows.length === 0}>
          {m('rank.csv', { count: fmt.int(rows.length) })}
        </button>
      </div>
      <p className="muted small" aria-live="polite" data-testid="rank-count">
        {m('rank.count', { shown: fmt.int(rows.length), total: fmt.int(scope.length) })}
      </p>
      {rows.length ? (
        <RankingTable
          rows={rows}
          ctx={ctx}
          sort={params.sort}
          onSort={onSort}
          headers={headers}
          pickHeader={m('rank.select')}
          label={m('rank.title', { scope: scopeLabel })}
        />
      ) : (
        <p className="muted">{m('rank.empty')}</p>
      )}
    </section>
  );
}
