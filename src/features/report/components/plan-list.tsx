import { Link } from 'react-router';
import { reportProgress } from '@analysis/plans/report';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { PlanState } from '@/shared/store/plan-state';
import { planPath, reportPath } from '@/shared/url/routes/plan';
import { reportMessages } from '../messages';

/** The saved plans, each with its progress, to choose the one to report on. */
export function PlanList({ state, ds }: { state: PlanState; ds: string | null }) {
  const m = useMessages(reportMessages);
  const { fmt } = useI18n();
  const plans = [...state.plans.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="panel" aria-labelledby="report-plans-title" data-testid="report-plans">
      <h2 id="report-plans-title">{m('list.title')}</h2>
      {plans.length === 0 ? (
        <div className="notice notice-info">
          <p>{m('list.empty')}</p>
          <Link to={planPath({ ds })}>{m('list.toPlans')}</Link>
        </div>
      ) : (
        <ul className="saved-list">
          {plans.map(({ plan, ds: planDs }) => {
            const p = reportProgress(plan, state.reports.get(plan.id) ?? null);
            return (
              <li key={plan.id}>
                <span className="saved-text">
                  <strong>{m('list.plan', { org: plan.orgName, planYear: fmt.year(plan.planYear) })}</strong>
                  <span className="muted small">
                    {m('list.progress', { measures: fmt.int(p.total), pct: fmt.pct(p.donePct) })}
                  </span>
                </span>
                <Link
                  className="button primary"
                  to={reportPath({ ds: planDs ?? ds, org: plan.orgKey, year: plan.basedOnYear })}
                >
                  {m('list.open')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
