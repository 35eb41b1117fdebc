import '@/styles/documents.css';
import '../plan.css';
import { useMessages } from '@/shared/i18n/messages';
import { usePlanState } from '@/shared/store/plan-state';
import { DraftMaker } from '../components/draft-maker';
import { NewPlan } from '../components/new-plan';
import { PlanEditor } from '../components/plan-editor';
import { SavedPlans } from '../components/saved-plans';
import { planIdOf, usePlanParams } from '../hooks/use-plan-params';
import { planMessages } from '../messages';

/**
 * The measures plan view (`#/plan?ds=…&org=…&year=…`): the stored plan of that agency and plan year, a
 * fresh draft when there is none, or (without org/year) the saved plans and a picker for a new one.
 */
export function PlanPage() {
  const m = useMessages(planMessages);
  const [params] = usePlanParams();
  const state = usePlanState();
  if (!state.restored)
    return (
      <section className="page" aria-labelledby="plan-title">
        <h1 id="plan-title">{m('title')}</h1>
        <p className="muted">{m('restoring')}</p>
      </section>
    );
  if (params.org === null || params.year === null)
    return (
      <section className="page" aria-labelledby="plan-title">
        <div className="page-head">
          <h1 id="plan-title">{m('title')}</h1>
          <p className="lead">{m('intro')}</p>
        </div>
        <SavedPlans plans={[...state.plans.values()]} />
        <NewPlan ds={params.ds} plans={state.plans} />
      </section>
    );
  const id = planIdOf(params.org, params.year);
  const stored = state.plans.get(id);
  if (stored) return <PlanEditor key={id} stored={stored} save={state.save} />;
  return <DraftMaker ds={params.ds} org={params.org} year={params.year} />;
}
