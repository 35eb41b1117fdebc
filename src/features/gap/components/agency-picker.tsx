import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Field } from '@/shared/ui/field';
import { Notice } from '@/shared/ui/notice';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { gapPath } from '@/shared/url/view-links';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { useGapParams } from '../hooks/use-gap-params';
import { searchAgencies, type AgencyChoice } from '../lib/agency-search';
import { gapMessages } from '../messages';
import { SourceNote } from '@/shared/dataset/source-note';

const LIMIT = 30;

function YearLinks({ ds, agency }: { ds: string; agency: AgencyChoice }) {
  const m = useMessages(gapMessages);
  const { fmt, t } = useI18n();
  const name = agency.name ?? agency.id ?? t('common.unnamed');
  return (
    <ul className="gap-years" aria-label={m('picker.yearsOf', { name })}>
      {agency.years.map((y) => (
        <li key={y}>
          <Link to={gapPath({ ds, org: agency.key, year: y })} className="button small">
            {fmt.year(y)}
            <span className="visually-hidden"> {m('picker.analyse', { name })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Choose the agency and year to analyse: search the loaded dataset's agencies, then pick a year. */
export function AgencyPicker({
  entry,
  loaded,
  choices,
  chosen,
}: {
  entry: DatasetEntry;
  loaded: LoadedDataset;
  choices: readonly AgencyChoice[];
  chosen: AgencyChoice | null;
}) {
  const m = useMessages(gapMessages);
  const { t, fmt } = useI18n();
  const labelOf = useDatasetLabel();
  const [params, setParams] = useGapParams();
  const [typed, setTyped] = useState(params.q);
  const q = useDeferredValue(params.q);
  const found = useMemo(() => searchAgencies(choices, q, LIMIT + 1), [choices, q]);
  const single = choices.length === 1 ? choices[0] : null;
  const agency = chosen ?? single;
  return (
    <>
      <div className="page-head">
        <h1>{m('picker.title')}</h1>
        <p className="lead">{m('picker.intro', { dataset: labelOf(entry) })}</p>
      </div>
      <SourceNote entry={entry} loaded={loaded} />
      {params.org && !chosen ? <Notice tone="warning">{m('picker.orgNotFound')}</Notice> : null}
      {chosen && params.year !== null ? (
        <Notice tone="warning">{m('picker.yearNotFound', { year: fmt.year(params.year) })}</Notice>
      ) : null}
      {agency ? (
        <section className="panel" aria-labelledby="gap-chosen">
          <h2 id="gap-chosen">{agency.name ?? agency.id ?? t('common.unnamed')}</h2>
          <p className="muted">{m('picker.chooseYear')}</p>
          <YearLinks ds={entry.id} agency={agency} />
        </section>
      ) : null}
      {single ? null : (
        <section className="panel" aria-labelledby="gap-search-title">
          <h2 id="gap-search-title">{m('picker.searchTitle')}</h2>
          <div className="filters">
            <Field label={m('picker.search')} grow>
              {(id) => (
                <input
                  id={id}
                  type="search"
                  value={typed}
                  placeholder={m('picker.searchPlaceholder')}
                  onChange={(e) => {
                    setTyped(e.currentTarget.value);
                    setParams({ q: e.currentTarget.value }, true);
                  }}
                />
              )}
            </Field>
          </div>
          <p className="muted small" aria-live="polite">
            {found.length > LIMIT
              ? m('picker.countMore', { shown: fmt.int(LIMIT), total: fmt.int(choices.length) })
              : m('picker.count', { shown: fmt.int(found.length), total: fmt.int(choices.length) })}
          </p>
          {found.length ? (
            <ul className="gap-agencies" data-testid="gap-agencies">
              {found.slice(0, LIMIT).map((a) => (
                <li key={a.key}>
                  <div>
                    <strong>{a.name ?? a.id ?? t('common.unnamed')}</strong>
                    {a.id && a.name ? <span className="muted small"> {a.id}</span> : null}
                    {a.place ? <div className="muted small">{a.place}</div> : null}
                  </div>
                  <YearLinks ds={entry.id} agency={a} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{m('picker.noMatch')}</p>
          )}
        </section>
      )}
    </>
  );
}
