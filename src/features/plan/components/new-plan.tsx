import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Field } from '@/shared/ui/field';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useRegistry } from '@/shared/dataset/dataset-registry';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { Notice } from '@/shared/ui/notice';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { PlanState } from '@/shared/store/plan-state';
import { dataPath, planPath } from '@/shared/url/view-links';
import { planIdOf, usePlanParams } from '../hooks/use-plan-params';
import { agencyChoices, filterChoices } from '../lib/agency-choices';
import { planMessages } from '../messages';

function Agencies({ ds, loaded, plans }: { ds: string; loaded: LoadedDataset; plans: PlanState['plans'] }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const [params, setParams] = usePlanParams();
  const [typed, setTyped] = useState(params.q);
  const q = useDeferredValue(typed);
  const choices = useMemo(() => agencyChoices(loaded.dataset, loaded.scoreboard), [loaded]);
  const shown = useMemo(() => filterChoices(choices, q), [choices, q]);
  return (
    <>
      <Field label={m('new.search')} grow>
        {(id) => (
          <input
            id={id}
            type="search"
            value={typed}
            placeholder={m('new.searchPlaceholder')}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setParams({ q: e.currentTarget.value });
            }}
          />
        )}
      </Field>
      <p className="muted small" aria-live="polite">
        {shown.total
          ? m('new.count', {
              total: fmt.int(shown.total),
              more:
                shown.total > shown.items.length ? m('new.more', { shown: fmt.int(shown.items.length) }) : '',
            })
          : m('new.none')}
      </p>
      <ul className="choice-list" data-testid="agency-choices">
        {shown.items.map((c) => {
          const exists = plans.has(planIdOf(c.orgKey, c.year));
          const label = exists
            ? m('new.openExisting', { planYear: fmt.year(c.year + 1) })
            : m('new.draft', { planYear: fmt.year(c.year + 1) });
          return (
            <li key={`${c.orgKey}|${c.year}`}>
              <span className="choice-text">
                <strong>{m('new.row', { name: c.name, year: fmt.year(c.year) })}</strong>
                <span className="muted small">
                  {[c.place, Number.isNaN(c.overall) ? '' : m('new.score', { score: fmt.num(c.overall) })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <Link
                to={planPath({ ds, org: c.orgKey, year: c.year })}
                className={exists ? 'button' : 'button primary'}
                aria-label={`${label}: ${c.name}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Draft a new plan: choose a dataset (one open in this browser), then an agency-year of it. */
export function NewPlan({ ds, plans }: { ds: string | null; plans: PlanState['plans'] }) {
  const m = useMessages(planMessages);
  const [, setParams] = usePlanParams();
  const { entries, restored } = useRegistry();
  const nameOf = useDatasetLabel();
  return (
    <section className="panel" aria-labelledby="new-plan-title" data-testid="new-plan">
      <h2 id="new-plan-title">{m('new.title')}</h2>
      {restored && entries.length === 0 && !ds ? (
        <div className="notice notice-info">
          <p>{m('new.noData')}</p>
          <Link to={dataPath()}>{m('new.toData')}</Link>
        </div>
      ) : (
        <div className="filters">
          <Field label={m('new.dataset')}>
            {(id) => (
              <select
                id={id}
                value={ds ?? ''}
                onChange={(e) => setParams({ ds: e.currentTarget.value || null, q: '' })}
              >
                <option value="">{m('new.pickDataset')}</option>
                {entries.map((e) => (
                  <option key={e.id} value={e.id}>
                    {nameOf(e)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {ds ? (
        <DatasetGate
          key={ds}
          id={ds}
          notFound={
            <Notice tone="warning">
              <p>{m('draft.datasetMissing')}</p>
              <Link to={dataPath()}>{m('new.toData')}</Link>
            </Notice>
          }
        >
          {(_, loaded) => <Agencies ds={ds} loaded={loaded} plans={plans} />}
        </DatasetGate>
      ) : null}
    </section>
  );
}
