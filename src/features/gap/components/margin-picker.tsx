import { useId, useState } from 'react';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { MARGIN_CHOICES, MAX_MARGIN, parseMargin } from '../lib/path-controls';
import { gapMessages } from '../messages';
import { CommitInput } from './commit-input';

const OTHER = '__other';

/**
 * The path's safety margin: none, 0.5 (the default) or 1 point above each line of the target, or any
 * other number typed in (committed on Enter or blur; a value out of range says why and is not used).
 */
export function MarginPicker({ value, onChange }: { value: number; onChange: (margin: number) => void }) {
  const m = useMessages(gapMessages);
  const { fmt } = useI18n();
  const errorId = useId();
  const listed = MARGIN_CHOICES.includes(value);
  const [other, setOther] = useState(!listed);
  const [typed, setTyped] = useState(listed ? '' : String(value));
  const [bad, setBad] = useState(false);
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The margin changed (URL, Back, a typed value taken): show it as a choice, or typed when it is not one.
    setShownFor(value);
    setOther(!listed);
    setTyped(listed ? '' : String(value));
    setBad(false);
  }
  const commit = () => {
    const v = parseMargin(typed);
    if (v === null) {
      setBad(typed.trim() !== '');
      return;
    }
    setBad(false);
    if (v !== value) onChange(v);
  };
  return (
    <>
      <Field label={m('path.margin')}>
        {(id) => (
          <select
            id={id}
            data-testid="path-margin"
            value={other ? OTHER : String(value)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === OTHER) {
                setOther(true);
                setTyped(String(value));
              } else {
                setOther(false);
                setBad(false);
                onChange(Number(v));
              }
            }}
          >
            {MARGIN_CHOICES.map((c) => (
              <option key={c} value={String(c)}>
                {c === 0 ? m('path.marginNone') : m('path.marginPoints', { n: fmt.num(c) })}
              </option>
            ))}
            <option value={OTHER}>{m('path.marginOther')}</option>
          </select>
        )}
      </Field>
      {other ? (
        <Field
          label={m('path.marginCustom', { max: fmt.int(MAX_MARGIN) })}
          error={bad ? { id: errorId, text: m('path.marginBad', { max: fmt.int(MAX_MARGIN) }) } : null}
        >
          {(id) => (
            <CommitInput
              id={id}
              data-testid="path-margin-custom"
              type="text"
              inputMode="decimal"
              className="gap-cap"
              aria-invalid={bad || undefined}
              aria-describedby={bad ? errorId : undefined}
              typed={typed}
              onType={setTyped}
              onCommit={commit}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
