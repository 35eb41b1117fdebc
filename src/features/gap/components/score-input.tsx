import { useState } from 'react';
import { round } from '@analysis/scoring/round';

/**
 * A what-if value (points 0–100). Every valid keystroke is applied at once, so the overall moves as the
 * user types; the box keeps what was typed and follows changes made elsewhere (reset, apply the path).
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
  const text = String(round(value, 2));
  const [typed, setTyped] = useState(text);
  const [shownFor, setShownFor] = useState(text);
  if (shownFor !== text) {
    setShownFor(text);
    if (Number(typed) !== Number(text)) setTyped(text);
  }
  return (
    <input
      className={edited ? 'gap-score-input gap-edited' : 'gap-score-input'}
      type="number"
      inputMode="decimal"
      min={0}
      max={100}
      step={0.01}
      aria-label={label}
      value={typed}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        setTyped(raw);
        const v = Number(raw);
        if (raw.trim() !== '' && Number.isFinite(v) && v >= 0 && v <= 100) onChange(v);
      }}
      onBlur={() => setTyped(text)}
    />
  );
}
