import type { Plan } from '@analysis/plans/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { planMessages } from '../messages';

/**
 * The plan's issues as a list to jump to (the issue opens if folded and takes the focus), with how many
 * measures each holds, and "fold all" / "open all" for a long plan.
 */
export function PlanOutline({
  plan,
  collapsed,
  onJump,
  onFoldAll,
}: {
  plan: Plan;
  collapsed: ReadonlySet<string>;
  onJump: (issueId: string) => void;
  onFoldAll: (fold: boolean) => void;
}) {
  const m = useMessages(planMessages);
  const { fmt, pick } = useI18n();
  if (plan.issues.length === 0) return null;
  const all = plan.issues.every((i) => collapsed.has(i.id));
  const none = plan.issues.every((i) => !collapsed.has(i.id));
  return (
    <nav className="panel plan-outline no-print" aria-labelledby="plan-outline-h" data-testid="plan-outline">
      <h2 id="plan-outline-h">{m('outline.title', { count: fmt.int(plan.issues.length) })}</h2>
      <ol>
        {plan.issues.map((issue, i) => (
          <li key={issue.id}>
            <button type="button" className="link-button" onClick={() => onJump(issue.id)}>
              <span className="outline-no">{fmt.int(i + 1)}.</span>{' '}
              {pick(issue.titleTh, issue.titleEn) || m('issue.heading', { n: fmt.int(i + 1) })}
            </button>{' '}
            <span className="muted small">
              {m('outline.measures', { count: fmt.int(issue.measures.length) })}
            </span>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="small-button" disabled={all} onClick={() => onFoldAll(true)}>
          {m('outline.foldAll')}
        </button>
        <button type="button" className="small-button" disabled={none} onClick={() => onFoldAll(false)}>
          {m('outline.openAll')}
        </button>
      </div>
    </nav>
  );
}
