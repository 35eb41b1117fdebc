import { Link } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { removePlan } from '@/shared/store/plan-state';
import type { StoredPlan } from '@/shared/store/plan-records';
import { planPath, reportPath } from '@/shared/url/routes/plan';
import { planMessages } from '../messages';
import { ConfirmButton } from './confirm-button';

/** Every plan saved in this browser, newest edit first: open, go to its report, delete. */
export function SavedPlans({ plans }: { plans: readonly StoredPlan[] }) {
  const m = useMessages(planMessages);
  const { fmt, lang } = useI18n();
  const when = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const sorted = [...plans].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="panel" aria-labelledby="saved-plans-title" data-testid="saved-plans">
      <h2 id="saved-plans-title">{m('saved.title')}</h2>
      {sorted.length === 0 ? <p className="muted">{m('saved.empty')}</p> : null}
      <ul className="saved-list">
        {sorted.map(({ plan, ds, updatedAt }) => {
          const name = m('saved.plan', { org: plan.orgName, planYear: fmt.year(plan.planYear) });
          const target = { ds, org: plan.orgKey, year: plan.basedOnYear };
          return (
            <li key={plan.id} data-testid="saved-plan">
              <div className="saved-text">
                <Link to={planPath(target)} className="saved-name">
                  {name}
                </Link>
                <span className="muted small">
                  {m('saved.detail', {
                    year: fmt.year(plan.basedOnYear),
                    issues: fmt.int(plan.issues.length),
                    measures: fmt.int(plan.issues.reduce((n, i) => n + i.measures.length, 0)),
                    when: fmt.digits(when.format(updatedAt)),
                  })}
                </span>
              </div>
              <div className="saved-actions">
                <Link to={reportPath(target)} className="button">
                  {m('saved.report')}
                </Link>
                <ConfirmButton
                  label={m('saved.delete')}
                  ariaLabel={m('saved.deleteLabel', { name })}
                  question={m('saved.deleteConfirm')}
                  yes={m('saved.deleteYes')}
                  no={m('cancel')}
                  className="danger-text"
                  onConfirm={() => removePlan(plan.id)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
