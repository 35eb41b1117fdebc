import { AgencyViewLinks } from '@/shared/agency/agency-view-links';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { reportProgress } from '@analysis/plans/report';
import type { MeasureResult, ResultsReport } from '@analysis/plans/types';
import { upgradePlan } from '@analysis/plans/upgrade-plan';
import { RecordNotices } from '@/shared/store/record-notices';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { getPlanState, putReport, type PlanState } from '@/shared/store/plan-state';
import type { StoredPlan } from '@/shared/store/plan-records';
import { planPath, reportPath } from '@/shared/url/routes/plan';
import { useReportParams } from '../hooks/use-report-params';
import { useReportScores } from '../hooks/use-report-scores';
import { reportMessages } from '../messages';
import { ReportExportPanel } from './export-panel';
import { ProgressPanel } from './progress-panel';
import { ReportOptions } from './report-options';
import { ReportPrint } from './report-print';
import { ResultEditor } from './result-editor';
import { SaveStatusLine } from './save-status';

/** The results report of one plan: progress, a result per measure, exports. */
export function ReportEditor({ stored, state }: { stored: StoredPlan; state: PlanState }) {
  const m = useMessages(reportMessages);
  const { fmt, pick, lang } = useI18n();
  const [params, setParams] = useReportParams();
  const plan = useMemo(() => upgradePlan(stored.plan), [stored.plan]);
  const report = state.reports.get(plan.id) ?? null;
  const progress = useMemo(() => reportProgress(plan, report), [plan, report]);
  // Document options show at once (state) and are kept in the URL for a reload or a shared link.
  const [docOptions, setDocOptions] = useState({
    thaiDigits: params.thaiDigits,
    timeframes: params.timeframes,
  });
  const options = useMemo(() => ({ lang, ...docOptions }), [lang, docOptions]);
  const onOptions = useCallback(
    (patch: { thaiDigits?: boolean; timeframes?: 'quarters' | 'months' }) => {
      setDocOptions((o) => ({ ...o, ...patch }));
      setParams(patch);
    },
    [setParams],
  );
  const onChange = useCallback(
    (r: MeasureResult) => {
      const cur = getPlanState().reports.get(plan.id);
      putReport({ ...cur, planId: plan.id, results: { ...cur?.results, [r.measureId]: r } });
    },
    [plan.id],
  );
  const onParts = useCallback(
    (patch: Pick<ResultsReport, 'cover' | 'memo'>) => {
      const cur = getPlanState().reports.get(plan.id);
      putReport({ planId: plan.id, results: cur?.results ?? {}, ...patch });
    },
    [plan.id],
  );
  const ds = params.ds ?? stored.ds;
  const scores = useReportScores(ds, plan);
  const target = { ds, org: plan.orgKey, year: plan.basedOnYear };
  return (
    <div className="page doc-page report-page">
      <div className="doc-screen">
        <div className="page-head">
          <h1>{m('title')}</h1>
          <p className="doc-org" data-testid="report-org">
            {m('forOrg', { org: plan.orgName, planYear: fmt.year(plan.planYear) })}
          </p>
          <p className="muted">{m('basedOn', { year: fmt.year(plan.basedOnYear) })}</p>
          <div className="doc-links">
            <Link to={planPath(target)}>{m('nav.plan')}</Link>
            <Link to={reportPath({ ds })}>{m('nav.all')}</Link>
          </div>
          <AgencyViewLinks here="report" agency={target} />
          <SaveStatusLine status={state.save} />
        </div>
        <RecordNotices store="reports" id={plan.id} />
        <ProgressPanel progress={progress} />
        <ReportOptions report={report} scoresYear={scores?.year ?? null} onChange={onParts} />
        <ReportExportPanel
          plan={plan}
          report={report}
          options={options}
          onOptions={onOptions}
          scores={scores}
        />
        {plan.issues.map((issue, i) => (
          <section key={issue.id} className="panel report-issue" aria-labelledby={`ri-${i}`}>
            <h2 id={`ri-${i}`}>
              {m('issue.heading', { n: fmt.int(i + 1) })}:{' '}
              {pick(issue.titleTh, issue.titleEn) || pick(issue.titleEn, issue.titleTh)}
            </h2>
            <ol className="result-list">
              {issue.measures.map((x, k) => (
                <ResultEditor
                  key={x.id}
                  measure={x}
                  no={`${i + 1}.${k + 1}`}
                  planYear={plan.planYear}
                  report={report}
                  onChange={onChange}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
      <ReportPrint plan={plan} report={report} options={options} scores={scores} />
    </div>
  );
}
