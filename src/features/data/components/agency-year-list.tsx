import { SelectField } from '@/shared/ui/select-field';
import { useDeferredValue, useMemo } from 'react';
import type { OrgInfo } from '@analysis/dataset';
import { Link } from 'react-router';
import { VirtualTable, type VColumn } from '@/shared/ui/virtual-table';
import { useI18n } from '@/shared/i18n/use-i18n';
import { gapPath } from '@/shared/url/routes/gap';
import { useDataParams } from '../hooks/use-data-params';
import { filterRows, yearsOf, type AgencyRow, type SortKey } from '../lib/agency-rows';
import { Field } from '@/shared/ui/field';
import { SearchField } from '@/shared/ui/search-field';
import { useMessages } from '@/shared/i18n/messages';
import { dataMessages } from '../messages';

const SORTS: readonly SortKey[] = ['data', 'name', 'high', 'low'];

/** Searchable, virtualised list of agency-years with overall score and rating, each linking to its analysis. */
export function AgencyYearList({
  ds,
  rows,
  orgs,
}: {
  ds: string;
  rows: readonly AgencyRow[];
  orgs: readonly OrgInfo[];
}) {
  const { t, fmt, pick } = useI18n();
  const dm = useMessages(dataMessages);
  const [params, setParams] = useDataParams();
  const q = useDeferredValue(params.q);
  const years = useMemo(() => yearsOf(rows), [rows]);
  const shown = useMemo(
    () => filterRows(rows, orgs, { q, year: params.year, sort: params.sort }),
    [rows, orgs, q, params.year, params.sort],
  );
  const columns: VColumn<AgencyRow>[] = [
    {
      id: 'agency',
      header: t('list.agency'),
      width: 'minmax(12rem, 3fr)',
      render: (r) => (
        <span className="agency-cell">
          <Link to={gapPath({ ds, org: r.orgKey, year: r.year })} className="agency-link">
            {r.name ?? r.id ?? t('common.unnamed')}
          </Link>
          {r.id && r.name ? <span className="muted small"> {r.id}</span> : null}
        </span>
      ),
    },
    {
      id: 'place',
      header: t('list.place'),
      width: 'minmax(8rem, 2fr)',
      render: (r) => [r.province, r.district].filter(Boolean).join(' / ') || t('common.none'),
    },
    { id: 'year', header: t('list.year'), width: '4.5rem', align: 'num', render: (r) => fmt.year(r.year) },
    {
      id: 'overall',
      header: t('list.overall'),
      width: '6rem',
      align: 'num',
      render: (r) =>
        Number.isNaN(r.overall) ? (
          <span className="muted">{t('list.incomplete')}</span>
        ) : (
          <span>
            <strong data-testid="overall">{fmt.num(r.overall)}</strong>
            {r.published ? <span className="muted small"> {t('list.published')}</span> : null}
            {r.published && !Number.isNaN(r.computed) && fmt.num(r.computed) !== fmt.num(r.overall) ? (
              <span className="muted small" data-testid="computed">
                {' '}
                ({dm('computedBeside', { value: fmt.num(r.computed) })})
              </span>
            ) : null}
          </span>
        ),
    },
    {
      id: 'rating',
      header: t('list.rating'),
      width: 'minmax(7rem, 1.3fr)',
      render: (r) =>
        r.ratingTh ? (
          <span className={`rating ${r.pass === 1 ? 'rating-pass' : 'rating-fail'}`}>
            {pick(r.ratingTh, r.ratingEn ?? r.ratingTh)}
            <span className="visually-hidden"> ({r.pass === 1 ? t('list.pass') : t('list.fail')})</span>
          </span>
        ) : (
          t('common.none')
        ),
    },
  ];
  return (
    <section className="panel" aria-labelledby="list-title">
      <h3 id="list-title">{t('list.title')}</h3>
      <div className="filters">
        <SearchField
          label={t('list.search')}
          value={params.q}
          placeholder={t('agency.placeholder')}
          onChange={(q) => setParams({ q }, true)}
        />
        <Field label={t('list.year')}>
          {(id) => (
            <select
              id={id}
              value={params.year ?? ''}
              onChange={(e) =>
                setParams({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null }, true)
              }
            >
              <option value="">{t('common.all')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {fmt.year(y)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SelectField
          label={t('list.sort')}
          value={params.sort}
          onChange={(v) => setParams({ sort: v as SortKey }, true)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`list.sort.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="muted small" aria-live="polite">
        {t('list.count', { shown: fmt.int(shown.length), total: fmt.int(rows.length) })}
      </p>
      <VirtualTable
        rows={shown}
        columns={columns}
        rowKey={(r) => r.group}
        label={t('list.title')}
        empty={<p className="muted">{t('list.noMatch')}</p>}
      />
    </section>
  );
}
