import type { PlanMeasure } from '@analysis/plans/types';
import { Field } from '@/shared/ui/field';
import { MoveButtons, arrowAfterMove } from '@/shared/ui/icon-button';
import { TextAreaField } from '@/shared/ui/text-area-field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { moveMeasure, removeMeasure, setMeasureText, setTimeframe } from '../lib/plan-edit';
import { timeframeOptions, timeframeValue } from '../lib/timeframes';
import { planMessages } from '../messages';
import { domId, useEditor } from './editor-context';
import { StepsEditor } from './steps-editor';

export interface MeasureEditorProps {
  measure: PlanMeasure;
  /** Issue number and measure number (1-based) as the plan numbers them: 1.2 */
  issueNo: number;
  no: number;
  count: number;
}

/** One measure of an issue: every field editable, moved up or down, removed (with undo). */
export function MeasureEditor({ measure, issueNo, no, count }: MeasureEditorProps) {
  const m = useMessages(planMessages);
  const { fmt, pick } = useI18n();
  const { lang, planYear, edit, announce, focusLater, removed, current } = useEditor();
  const label = fmt.digits(`${issueNo}.${no}`);
  const id = domId('measure', measure.id);
  const title = pick(measure.titleTh, measure.titleEn);
  const moveBy = (by: number) => {
    edit((p) => moveMeasure(p, measure.id, by));
    const to = no + by;
    announce(m('measure.moved', { n: fmt.int(to) }));
    focusLater(`${id}-${arrowAfterMove(by, to, 1, count)}`);
  };
  return (
    <li className="plan-measure" id={id} aria-labelledby={`${id}-h`} data-testid="plan-measure">
      <div className="item-head">
        <h4 id={`${id}-h`}>
          {m('measure.heading', { n: label })}
          {measure.codes.length ? <span className="codes"> · {measure.codes.join(', ')}</span> : null}
        </h4>
        <span className={`badge ${measure.measureId ? 'badge-catalogue' : 'badge-own'}`}>
          {measure.measureId ? m('measure.fromCatalogue') : m('measure.own')}
        </span>
        <MoveButtons
          idBase={id}
          up={m('measure.up', { n: label })}
          down={m('measure.down', { n: label })}
          remove={m('measure.remove', { n: label })}
          removeClass="danger-text"
          first={no === 1}
          last={no === count}
          onMove={moveBy}
          onRemove={() => {
            const before = current();
            edit((p) => removeMeasure(p, measure.id));
            removed(m('measure.removed', { name: title || m('measure.untitled') }), before);
          }}
        />
      </div>
      <TextAreaField
        label={m('measure.title')}
        focusKey={`${id}-title`}
        className="measure-title"
        singleLine
        value={lang === 'th' ? measure.titleTh : measure.titleEn}
        onChange={(text) => edit((p) => setMeasureText(p, measure.id, 'title', lang, text))}
      />
      <StepsEditor measure={measure} />
      <div className="measure-grid">
        <Field label={m('measure.timeframe')}>
          {(fid) => (
            <select
              id={fid}
              value={timeframeValue(measure.timeframe)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                edit((p) => setTimeframe(p, measure.id, v));
              }}
            >
              {timeframeOptions(measure.timeframe, planYear, lang).map((o) => (
                <option key={o.value} value={o.value}>
                  {fmt.digits(o.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m('measure.unit')}>
          {(fid) => (
            <input
              id={fid}
              value={lang === 'th' ? measure.unitTh : measure.unitEn}
              aria-describedby={`${id}-unit-hint`}
              onChange={(e) => {
                const text = e.currentTarget.value;
                edit((p) => setMeasureText(p, measure.id, 'unit', lang, text));
              }}
            />
          )}
        </Field>
      </div>
      <p id={`${id}-unit-hint`} className="muted small field-hint">
        {m('measure.unitHint')}
      </p>
      <TextAreaField
        label={m('measure.evidence')}
        value={lang === 'th' ? measure.evidenceTh : measure.evidenceEn}
        onChange={(text) => edit((p) => setMeasureText(p, measure.id, 'evidence', lang, text))}
      />
      <TextAreaField
        label={m('measure.limitations')}
        placeholder={m('measure.limitationsHint')}
        testId="measure-limitations"
        value={(lang === 'th' ? measure.limitationsTh : measure.limitationsEn) ?? ''}
        onChange={(text) => edit((p) => setMeasureText(p, measure.id, 'limitations', lang, text))}
      />
    </li>
  );
}
