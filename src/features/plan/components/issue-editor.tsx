import { useMemo, useState } from 'react';
import { headingById } from '@analysis/frameworks/issue-headings';
import { markLabel } from '@analysis/frameworks/wording';
import type { Measure } from '@analysis/measures/types';
import { questionMarkOf } from '@analysis/plans/plan-table';
import type { PlanIssue } from '@analysis/plans/types';
import { MoveButtons, arrowAfterMove } from '@/shared/ui/icon-button';
import { TextAreaField } from '@/shared/ui/text-area-field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import {
  addCatalogueMeasure,
  addOwnMeasure,
  moveIssue,
  removeIssue,
  removeQuestion,
  setFinding,
  setIssueTitle,
  setLimitations,
} from '../lib/plan-edit';
import { planMessages } from '../messages';
import { CataloguePicker } from './catalogue-picker';
import { domId, useEditor } from './editor-context';
import { MeasureEditor } from './measure-editor';

export interface IssueEditorProps {
  issue: PlanIssue;
  /** 1-based position and how many issues the plan has. */
  no: number;
  count: number;
  /** Catalogue ids already in the plan. */
  inPlan: ReadonlySet<string>;
  /** Folded: only the head (and a one-line summary) shows. */
  collapsed?: boolean;
  onCollapse?: (collapsed: boolean) => void;
}

/** One issue (ประเด็น): its title, questions and findings, measures, constraints. */
export function IssueEditor({ issue, no, count, inPlan, collapsed = false, onCollapse }: IssueEditorProps) {
  const m = useMessages(planMessages);
  const { fmt, pick } = useI18n();
  const { lang, edit, announce, focusLater, removed, current } = useEditor();
  const [picking, setPicking] = useState(false);
  const id = domId('issue', issue.id);
  const n = fmt.int(no);
  const title = pick(issue.titleTh, issue.titleEn);
  const moveBy = (by: number) => {
    edit((p) => moveIssue(p, issue.id, by));
    const to = no + by;
    announce(m('issue.moved', { n: fmt.int(to) }));
    focusLater(`${id}-${arrowAfterMove(by, to, 1, count)}`);
  };
  const addFrom = (x: Measure) => {
    edit((p) => addCatalogueMeasure(p, issue.id, x).plan);
    announce(m('measure.added', { name: pick(x.titleTh, x.titleEn || x.titleTh) }));
  };
  const addOwn = () => {
    let added = '';
    edit((p) => {
      const r = addOwnMeasure(p, issue.id);
      added = r.id;
      return r.plan;
    });
    focusLater(`${domId('measure', added)}-title`);
  };
  const codes = useMemo(() => issue.questions.map((q) => q.code), [issue.questions]);
  const standard = headingById(issue.id);
  return (
    <section
      className={collapsed ? 'panel plan-issue collapsed' : 'panel plan-issue'}
      id={id}
      aria-labelledby={`${id}-h`}
      data-testid="plan-issue"
    >
      <div className="item-head">
        {onCollapse ? (
          <button
            type="button"
            className="icon quiet fold"
            id={`${id}-fold`}
            aria-expanded={!collapsed}
            aria-controls={`${id}-body`}
            aria-label={m(collapsed ? 'issue.expand' : 'issue.collapse', { n })}
            title={m(collapsed ? 'issue.expand' : 'issue.collapse', { n })}
            onClick={() => onCollapse(!collapsed)}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          </button>
        ) : null}
        <h2 id={`${id}-h`} tabIndex={-1}>
          {m('issue.heading', { n })}
        </h2>
        {codes.length ? <span className="muted">{codes.join(', ')}</span> : null}
        {standard ? (
          <span className="muted small">{m('issue.standard', { n: fmt.int(standard.no) })}</span>
        ) : null}
        <MoveButtons
          idBase={id}
          up={m('issue.up', { n })}
          down={m('issue.down', { n })}
          remove={m('issue.remove', { n })}
          removeClass="danger-text"
          first={no === 1}
          last={no === count}
          onMove={moveBy}
          onRemove={() => {
            const before = current();
            edit((p) => removeIssue(p, issue.id));
            removed(m('issue.removed', { name: title }), before);
          }}
        />
      </div>
      {collapsed ? (
        <p className="fold-summary" data-testid="issue-summary">
          {title} · {m('issue.measures', { count: fmt.int(issue.measures.length) })}
        </p>
      ) : null}
      <div id={`${id}-body`} hidden={collapsed}>
        <TextAreaField
          label={m('issue.title')}
          focusKey={`${id}-title`}
          className="issue-title"
          singleLine
          value={lang === 'th' ? issue.titleTh : issue.titleEn}
          onChange={(text) => edit((p) => setIssueTitle(p, issue.id, lang, text))}
        />

        <h3>{m('issue.questions')}</h3>
        {issue.questions.length === 0 ? <p className="muted small">{m('issue.noQuestions')}</p> : null}
        <ul className="plan-questions">
          {issue.questions.map((q) => {
            const mark = questionMarkOf(q);
            return (
              <li key={q.code} className="plan-question">
                <p className="question-text">
                  <span className="code-chip">{q.code}</span> {pick(q.textTh, q.textEn)}{' '}
                  <span className="question-score">{m('issue.score', { score: fmt.num(q.score) })}</span>
                  {mark ? (
                    <span className="question-mark" data-testid="wording-mark">
                      {m('mark.note')}: {fmt.digits(markLabel(mark, lang))}
                    </span>
                  ) : null}
                </p>
                <TextAreaField
                  label={m('issue.finding', { code: q.code })}
                  value={lang === 'th' ? q.findingTh : q.findingEn}
                  onChange={(text) => edit((p) => setFinding(p, issue.id, q.code, lang, text))}
                />
                <button
                  type="button"
                  className="quiet small-button"
                  aria-label={m('issue.removeQuestionLabel', { code: q.code, n })}
                  onClick={() => {
                    const before = current();
                    edit((p) => removeQuestion(p, issue.id, q.code));
                    removed(m('issue.removeQuestion', { code: q.code }), before);
                  }}
                >
                  {m('issue.removeQuestion', { code: q.code })}
                </button>
              </li>
            );
          })}
        </ul>

        <h3>{m('issue.measures', { count: fmt.int(issue.measures.length) })}</h3>
        {issue.measures.length === 0 ? <p className="muted small">{m('issue.noMeasures')}</p> : null}
        <ol className="plan-measures">
          {issue.measures.map((x, k) => (
            <MeasureEditor key={x.id} measure={x} issueNo={no} no={k + 1} count={issue.measures.length} />
          ))}
        </ol>
        <div className="actions">
          <button
            type="button"
            id={`${id}-cat-toggle`}
            aria-expanded={picking}
            aria-controls={picking ? `${id}-cat` : undefined}
            onClick={() => setPicking((v) => !v)}
          >
            + {m('measure.addCatalogue')}
          </button>
          <button type="button" onClick={addOwn}>
            + {m('measure.addOwn')}
          </button>
        </div>
        {picking ? (
          <div id={`${id}-cat`}>
            <CataloguePicker
              issue={issue}
              inPlan={inPlan}
              onAdd={addFrom}
              headingId={`${id}-cat-h`}
              onClose={() => {
                setPicking(false);
                focusLater(`${id}-cat-toggle`);
              }}
            />
          </div>
        ) : null}

        {issue.limitationsTh.trim() ? (
          <TextAreaField
            label={m('measure.limitations')}
            rows={2}
            value={issue.limitationsTh}
            onChange={(text) => edit((p) => setLimitations(p, issue.id, text))}
          />
        ) : null}
      </div>
    </section>
  );
}
