import { AgencyViewLinks } from '@/shared/agency/agency-view-links';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ITA_THRESHOLD } from '@analysis/frameworks/ratings';
import type { Plan } from '@analysis/plans/types';
import { RecordNotices } from '@/shared/store/record-notices';
import { upgradePlan } from '@analysis/plans/upgrade-plan';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { getPlanState, putPlan, removePlan, updatePlan } from '@/shared/store/plan-state';
import type { StoredPlan } from '@/shared/store/plan-records';
import type { SaveStatus } from '@/shared/store/write-queue';
import { gapPath } from '@/shared/url/routes/gap';
import { planPath, reportPath } from '@/shared/url/routes/plan';
import { usePlanParams } from '../hooks/use-plan-params';
import { addHeading, addIssue, keepBelow, missingHeadings } from '../lib/plan-edit';
import { planMessages } from '../messages';
import { ConfirmButton } from './confirm-button';
import { EditorContext, domId, type EditorApi } from './editor-context';
import { ExportPanel } from './export-panel';
import { IssueEditor } from './issue-editor';
import { PlanOutline } from './plan-outline';
import { PlanPreview } from './plan-preview';
import { PlanPrint } from './plan-print';
import { Redraft } from './redraft';
import { SaveStatusLine } from './save-status';

function focusNow(id: string): void {
  const el =
    document.getElementById(id) ?? document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(id)}"]`);
  el?.focus();
}

/** The plan editor: heading, exports, every issue and measure editable, redraft and delete. */
export function PlanEditor({ stored, save }: { stored: StoredPlan; save: SaveStatus }) {
  const m = useMessages(planMessages);
  const { lang, fmt, pick } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = usePlanParams();
  // A plan saved by an earlier version is shown, exported and edited in the current shape.
  const plan = useMemo(() => upgradePlan(stored.plan), [stored.plan]);
  const planId = plan.id;
  const [adding, setAdding] = useState('');
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<{ text: string; before: Plan } | null>(null);
  // Folded issues (by id) and the document preview: screen state only, the plan is not changed.
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const [preview, setPreview] = useState(false);
  const fold = (issueId: string, on: boolean) =>
    setFolded((f) => {
      const next = new Set(f);
      if (on) next.add(issueId);
      else next.delete(issueId);
      return next;
    });
  const pendingFocus = useRef<string | null>(null);
  const ds = params.ds ?? stored.ds;

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    focusNow(id);
  });

  const api = useMemo<EditorApi>(
    () => ({
      lang,
      planYear: plan.planYear,
      basedOnYear: plan.basedOnYear,
      edit: (fn) => updatePlan(planId, (p) => fn(upgradePlan(p))),
      announce: (text) => setMessage(text),
      focusLater: (id) => {
        pendingFocus.current = id;
        // When nothing re-renders (the change was a no-op), focus at the next frame anyway.
        requestAnimationFrame(() => {
          if (pendingFocus.current === id) {
            pendingFocus.current = null;
            focusNow(id);
          }
        });
      },
      removed: (text, before) => {
        if (before) setUndo({ text, before });
        setMessage(text);
      },
      current: () => {
        const p = getPlanState().plans.get(planId)?.plan;
        return p ? upgradePlan(p) : null;
      },
    }),
    [lang, planId, plan.planYear, plan.basedOnYear],
  );

  const inPlan = useMemo(
    () =>
      new Set(plan.issues.flatMap((i) => i.measures.map((x) => x.measureId).filter((x): x is string => !!x))),
    [plan.issues],
  );
  // Document options show at once (state) and are kept in the URL for a reload or a shared link.
  const [docOptions, setDocOptions] = useState({
    thaiDigits: params.thaiDigits,
    timeframes: params.timeframes,
  });
  const exportOptions = useMemo(() => ({ lang, ...docOptions }), [lang, docOptions]);
  const onOptions = useCallback(
    (patch: { thaiDigits?: boolean; timeframes?: 'quarters' | 'months' }) => {
      setDocOptions((o) => ({ ...o, ...patch }));
      setParams(patch);
    },
    [setParams],
  );
  const score = plan.overall === null ? null : fmt.num(plan.overall);
  const rating = pick(plan.ratingTh ?? '', plan.ratingEn ?? plan.ratingTh ?? '');
  const basedOn = [
    score === null
      ? m('basedOn', { year: fmt.year(plan.basedOnYear) })
      : m('basedOnScore', { year: fmt.year(plan.basedOnYear), score }),
    rating ? m('rating', { rating }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const orgYear = { ds, org: plan.orgKey, year: plan.basedOnYear };

  return (
    <EditorContext.Provider value={api}>
      <div className="page doc-page plan-page">
        <div className="doc-screen">
          <div className="page-head plan-head">
            <h1>{m('title')}</h1>
            <p className="doc-org" data-testid="plan-org">
              {m('forOrg', { org: plan.orgName, planYear: fmt.year(plan.planYear) })}
            </p>
            <p className="muted">{basedOn}</p>
            <div className="doc-links">
              <Link to={planPath({ ds })}>{m('nav.all')}</Link>
              {ds ? (
                <Link to={gapPath({ ds, org: plan.orgKey, year: plan.basedOnYear })}>
                  {m('nav.gap', { year: fmt.year(plan.basedOnYear) })}
                </Link>
              ) : null}
              <Link to={reportPath(orgYear)} className="button">
                {m('nav.report')}
              </Link>
            </div>
            <AgencyViewLinks here="plan" agency={orgYear} />
            <SaveStatusLine status={save} />
          </div>
          <RecordNotices store="plans" id={planId} />

          <ExportPanel
            plan={plan}
            options={exportOptions}
            onOptions={onOptions}
            extra={
              <button
                type="button"
                aria-expanded={preview}
                aria-controls="plan-preview"
                onClick={() => setPreview((v) => !v)}
              >
                {m(preview ? 'preview.hide' : 'preview.show')}
              </button>
            }
          />
          {preview ? <PlanPreview plan={plan} options={exportOptions} /> : null}
          <PlanOutline
            plan={plan}
            collapsed={folded}
            onJump={(issueId) => {
              fold(issueId, false);
              api.focusLater(`${domId('issue', issueId)}-h`);
            }}
            onFoldAll={(on) => setFolded(on ? new Set(plan.issues.map((i) => i.id)) : new Set())}
          />

          <section className="panel keep-panel" aria-labelledby="plan-keep">
            <h2 id="plan-keep">{m('keep.title')}</h2>
            <p className="muted small">{m('keep.hint', { threshold: fmt.int(ITA_THRESHOLD) })}</p>
            <div className="actions">
              <button
                type="button"
                onClick={() => {
                  const before = api.current();
                  if (!before) return;
                  const next = keepBelow(before, ITA_THRESHOLD);
                  if (next === before) {
                    setMessage(m('keep.none', { threshold: fmt.int(ITA_THRESHOLD) }));
                    return;
                  }
                  api.edit(() => next);
                  api.removed(m('keep.done', { threshold: fmt.int(ITA_THRESHOLD) }), before);
                }}
              >
                {m('keep.button', { threshold: fmt.int(ITA_THRESHOLD) })}
              </button>
            </div>
          </section>

          <p className="muted small">{m('editingLang')}</p>
          {plan.issues.length === 0 ? <p className="notice notice-info">{m('draft.empty')}</p> : null}
          {plan.issues.map((issue, i) => (
            <IssueEditor
              key={issue.id}
              issue={issue}
              no={i + 1}
              count={plan.issues.length}
              inPlan={inPlan}
              collapsed={folded.has(issue.id)}
              onCollapse={(on) => fold(issue.id, on)}
            />
          ))}
          <div className="filters add-issue">
            <Field label={m('issue.addWhich')}>
              {(fid) => (
                <select id={fid} value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
                  {missingHeadings(plan).map((h) => (
                    <option key={h.id} value={h.id}>
                      {pick(h.titleTh, h.titleEn)}
                    </option>
                  ))}
                  <option value="">{m('issue.addOwn')}</option>
                </select>
              )}
            </Field>
            <button
              type="button"
              onClick={() => {
                let id = '';
                const heading = missingHeadings(plan).find((h) => h.id === adding);
                api.edit((p) => {
                  const r = heading
                    ? addHeading(p, heading.id)
                    : addIssue(p, {
                        th: planMessages.th['issue.newTitle'],
                        en: planMessages.en['issue.newTitle'],
                      });
                  id = r.id;
                  return r.plan;
                });
                setAdding('');
                api.announce(
                  m('issue.added', {
                    name: heading ? pick(heading.titleTh, heading.titleEn) : m('issue.newTitle'),
                  }),
                );
                api.focusLater(`${domId('issue', id)}-title`);
              }}
            >
              + {m('issue.add')}
            </button>
          </div>

          <section className="panel danger-zone" aria-labelledby="plan-danger">
            <h2 id="plan-danger">{m('danger.title')}</h2>
            <Redraft stored={stored} ds={ds} onDone={() => setMessage(m('danger.resetDone'))} />
            <ConfirmButton
              label={m('danger.delete')}
              question={m('danger.deleteConfirm')}
              yes={m('danger.deleteYes')}
              no={m('cancel')}
              className="danger-text"
              onConfirm={() => {
                removePlan(planId);
                void navigate(planPath({ ds }));
              }}
            />
          </section>

          <p className="visually-hidden" aria-live="polite">
            {message}
          </p>
          {undo ? (
            <div className="undo-bar" role="status">
              <span>{undo.text}</span>
              <button
                type="button"
                onClick={() => {
                  const cur = getPlanState().plans.get(planId);
                  if (cur) putPlan({ ...cur, plan: undo.before, updatedAt: Date.now() });
                  setUndo(null);
                }}
              >
                {m('undo.undo')}
              </button>
              <button
                type="button"
                className="quiet icon"
                aria-label={m('cancel')}
                onClick={() => setUndo(null)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          ) : null}
        </div>
        <PlanPrint plan={plan} options={exportOptions} />
      </div>
    </EditorContext.Provider>
  );
}
