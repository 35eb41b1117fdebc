import { useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import { AgencyPicker } from '@/shared/agency/agency-picker';
import { agencyName } from '@/shared/agency/agency-text';
import { onlyAgencyYear } from '@/shared/agency/only-agency';
import { useAgencyYearChoices } from '@/shared/agency/use-agency-choices';
import { Field } from '@/shared/ui/field';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useRegistry } from '@/shared/dataset/dataset-registry';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { Notice } from '@/shared/ui/notice';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { PlanState } from '@/shared/store/plan-state';
import { dataPath } from '@/shared/url/routes/data';
import { planPath } from '@/shared/url/routes/plan';
import { planIdOf, usePlanParams } from '../hooks/use-plan-params';
import { planMessages } from '../messages';

function Agencies({ ds, loaded, plans }: { ds: string; loaded: LoadedDataset; plans: PlanState['plans'] }) {
  const m = useMessages(planMessages);
  const { t, fmt } = useI18n();
  const [params, setParams] = usePlanParams();
  const all = useAgencyYearChoices(loaded, true);
  // The agency the user carried here (no year chosen yet): only its years.
  const choices = useMemo(
    () => (params.org ? all.filter((c) => c.info.key === params.org) : all),
    [all, params.org],
  );
  // The carried agency in one year: nothing to pick. (Without one, the list stays: it is also the way
  // back to every saved plan.)
  const only = params.org ? onlyAgencyYear(choices) : null;
  if (only) return <Navigate replace to={planPath({ ds, ...only })} />;
  return (
    <AgencyPicker
      choices={choices}
      orgs={loaded.dataset.orgs}
      query={params.q}
      onQuery={(q) => setParams({ q })}
      limit={25}
      listAll
      placeholder={m('new.searchPlaceholder')}
      testId="agency-choices"
      detail={(c) => (Number.isNaN(c.overall) ? null : `· ${m('new.score', { score: fmt.num(c.overall) })}`)}
      actions={(c) => {
        const exists = plans.has(planIdOf(c.info.key, c.year));
        const label = m(exists ? 'new.openExisting' : 'new.draft', { planYear: fmt.year(c.year + 1) });
        return (
          <Link
            to={planPath({ ds, org: c.info.key, year: c.year })}
            className={exists ? 'button' : 'button primary'}
            aria-label={`${label}: ${agencyName(c.info, t('common.unnamed'))}`}
          >
            {label}
          </Link>
        );
      }}
    />
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
