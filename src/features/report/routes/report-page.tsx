import '@/styles/documents.css';
import '../report.css';
import { Link } from 'react-router';
import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { usePlanState } from '@/shared/store/plan-state';
import { planPath } from '@/shared/url/routes/plan';
import { PlanList } from '../components/plan-list';
import { ReportEditor } from '../components/report-editor';
import { planIdOf, useReportParams } from '../hooks/use-report-params';
import { reportMessages } from '../messages';

/**
 * The results report view (`#/report?ds=…&org=…&year=…`): the report of the stored plan of that agency
 * and plan year, or (without org/year) the saved plans to choose from.
 */
export function ReportPage() {
  const m = useMessages(reportMessages);
  const { fmt } = useI18n();
  const [params] = useReportParams();
  const state = usePlanState();
  const head = (
    <div className="page-head">
      <h1 id="report-title">{m('title')}</h1>
      <p className="lead">{m('intro')}</p>
    </div>
  );
  if (!state.restored)
    return (
      <section className="page" aria-labelledby="report-title">
        {head}
        <p className="muted">{m('restoring')}</p>
      </section>
    );
  const stored =
    params.org !== null && params.year !== null
      ? state.plans.get(planIdOf(params.org, params.year))
      : undefined;
  if (stored) return <ReportEditor key={stored.plan.id} stored={stored} state={state} />;
  return (
    <section className="page" aria-labelledby="report-title">
      {head}
      {params.org !== null && params.year !== null ? (
        <Notice tone="warning">
          <p>{m('noPlan', { planYear: fmt.year(params.year + 1) })}</p>
          <Link
            to={planPath({ ds: params.ds, org: params.org, year: params.year })}
            className="button primary"
          >
            {m('makePlan')}
          </Link>
        </Notice>
      ) : null}
      <PlanList state={state} ds={params.ds} />
    </section>
  );
}
