import { useId, useState } from 'react';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { readScoreText } from '../lib/score-text';
import { gapMessages } from '../messages';

/**
 * A what-if value (points 0–100), shown with two decimals like every score. Every valid keystroke is
 * applied at once, so the overall moves as the user types; a value that is not a score between 0 and 100
 * stays in the box, marked invalid with the reason beside it, and the last good value is still used. The
 * box follows changes made elsewhere (reset, apply the path) and tidies to two decimals on leaving it.
 */
export function ScoreInput({
  value,
  label,
  onChange,
  edited,
}: {
  value: number;
  label: string;
  onChange: (v: number) => void;
  edited: boolean;
}) {
  const m = useMessages(gapMessages);
  const { fmt } = useI18n();
  const errorId = useId();
  const text = fmt.num(value);
  const [typed, setTyped] = useState(text);
  const [shownFor, setShownFor] = useState(text);
  const read = readScoreText(typed);
  if (shownFor !== text) {
    setShownFor(text);
    if (!read.ok || Math.abs(read.value - value) > 0.0049) setTyped(text);
  }
  const why = read.ok ? null : read.why;
  return (
    <span className="gap-score-field">
      <input
        className={edited ? 'gap-score-input gap-edited' : 'gap-score-input'}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={why ? true : undefined}
        aria-describedby={why ? errorId : undefined}
        value={typed}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setTyped(raw);
          const r = readScoreText(raw);
          if (r.ok) onChange(r.value);
        }}
        onBlur={() => {
          if (read.ok) setTyped(text);
        }}
      />
      {why ? (
        <span id={errorId} className="field-error" role="status">
          {m(`whatif.bad.${why}`, { last: text })}
        </span>
      ) : null}
    </span>
  );
}
