import { useState } from 'react';
import { CommitInput } from './commit-input';

/**
 * A step's highest value (empty = 100), committed on Enter or blur — never on each keystroke, which
 * would recompute the path (and may move this very row) while the user is still typing.
 */
export function CapInput({
  value,
  label,
  onCommit,
}: {
  value: number | undefined;
  label: string;
  onCommit: (cap: number | null) => void;
}) {
  const text = value === undefined ? '' : String(value);
  const [typed, setTyped] = useState(text);
  const [shownFor, setShownFor] = useState(text);
  if (shownFor !== text) {
    setShownFor(text);
    setTyped(text);
  }
  const commit = () => {
    if (typed.trim() === '') {
      if (value !== undefined) onCommit(null);
      return;
    }
    const v = Number(typed.replace(',', '.'));
    if (Number.isFinite(v) && v >= 0 && v <= 100 && v !== value) onCommit(v);
    else setTyped(text);
  };
  return (
    <CommitInput
      className="gap-cap"
      type="number"
      inputMode="decimal"
      min={0}
      max={100}
      step={0.01}
      placeholder="100"
      aria-label={label}
      typed={typed}
      onType={setTyped}
      onCommit={commit}
    />
  );
}
