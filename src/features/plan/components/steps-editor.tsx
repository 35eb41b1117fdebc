import type { PlanMeasure } from '@analysis/plans/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { MoveButtons, arrowAfterMove } from '@/shared/ui/icon-button';
import { addStep, moveStep, removeStep, setStep } from '../lib/plan-edit';
import { planMessages } from '../messages';
import { domId, useEditor } from './editor-context';

/** The steps of a measure, one line each: edit, add (button or Enter), remove, move up and down. */
export function StepsEditor({ measure }: { measure: PlanMeasure }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const { lang, edit, focusLater, announce } = useEditor();
  const steps = lang === 'th' ? measure.stepsTh : measure.stepsEn;
  const stepId = (i: number) => domId(`step${i}`, measure.id);
  const legendId = domId('steps', measure.id);
  const add = (after: number) => {
    edit((p) => addStep(p, measure.id, lang, after));
    focusLater(stepId(after + 1));
  };
  const moveBy = (i: number, by: number) => {
    edit((p) => moveStep(p, measure.id, lang, i, by));
    const to = i + by;
    announce(m('measure.step', { n: fmt.int(to + 1) }));
    // Keep the focus on the arrow pressed, or on the other one when it is now disabled (first or last).
    focusLater(`${stepId(to)}-${arrowAfterMove(by, to, 0, steps.length - 1)}`);
  };
  return (
    <fieldset className="steps">
      <legend id={legendId}>{m('measure.steps')}</legend>
      <p id={`${legendId}-hint`} className="muted small steps-hint">
        {m('measure.stepHint')}
      </p>
      {steps.length === 0 ? <p className="muted small">{m('measure.noSteps')}</p> : null}
      <ol className="step-list">
        {steps.map((s, i) => {
          const n = fmt.int(i + 1);
          return (
            <li key={i} className="step">
              <span className="step-no" aria-hidden="true">
                {n}.
              </span>
              <textarea
                id={stepId(i)}
                aria-label={m('measure.step', { n })}
                aria-describedby={i === 0 ? `${legendId}-hint` : undefined}
                className="autosize"
                rows={1}
                value={s}
                onChange={(e) => {
                  const text = e.currentTarget.value.replace(/\r?\n/g, ' ');
                  edit((p) => setStep(p, measure.id, lang, i, text));
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    add(i);
                  }
                }}
              />
              <MoveButtons
                idBase={stepId(i)}
                up={m('measure.stepUp', { n })}
                down={m('measure.stepDown', { n })}
                remove={m('measure.stepRemove', { n })}
                first={i === 0}
                last={i === steps.length - 1}
                onMove={(by) => moveBy(i, by)}
                onRemove={() => {
                  edit((p) => removeStep(p, measure.id, lang, i));
                  focusLater(i > 0 ? stepId(i - 1) : steps.length > 1 ? stepId(0) : `${legendId}-add`);
                }}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${legendId}-add`}
        className="small-button"
        onClick={() => add(steps.length - 1)}
      >
        + {m('measure.addStep')}
      </button>
    </fieldset>
  );
}
