import { useEffect } from 'react';
import { Link } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { getPlanState, putPlan } from '@/shared/store/plan-state';
import { planPath } from '@/shared/url/routes/plan';
import { useDraft } from '../hooks/use-draft';
import { planMessages } from '../messages';
import { DraftStatus } from './draft-status';

/**
 * No plan is stored for this agency and plan year: draft one from the dataset and store it (the page then
 * shows the editor). Until then, say what it is waiting for.
 */
export function DraftMaker({ ds, org, year }: { ds: string | null; org: string; year: number }) {
  const m = useMessages(planMessages);
  const draft = useDraft(ds, org, year);
  useEffect(() => {
    if (draft.kind !== 'ready' || getPlanState().plans.has(draft.plan.id)) return;
    const now = Date.now();
    putPlan({ plan: draft.plan, ds, createdAt: now, updatedAt: now });
  }, [draft, ds]);
  return (
    <section className="page" aria-labelledby="draft-title">
      <h1 id="draft-title">{m('title')}</h1>
      <DraftStatus state={draft} year={year} />
      <p>
        <Link to={planPath({ ds })}>{m('nav.all')}</Link>
      </p>
    </section>
  );
}
