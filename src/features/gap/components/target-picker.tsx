import { useState, type ReactNode } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { isScoreTarget, targetLevels } from '../lib/path-controls';
import { gapMessages } from '../messages';
import { CommitInput } from './commit-input';

const SCORE = '__score';

/** The path's target: a passing rating level of the year, or a score typed in (committed on Enter or blur). */
export function TargetPicker({
  fw,
  value,
  onChange,
  children,
}: {
  fw: Framework;
  /** The target in effect: a level code or a score as text. */
  value: string;
  onChange: (target: string) => void;
  /** More fields of the same row (the safety margin). */
  children?: ReactNode;
}) {
  const m = useMessages(gapMessages);
  const { pick } = useI18n();
  const levels = targetLevels(fw);
  const isScore = isScoreTarget(value);
  const [typed, setTyped] = useState(isScore ? value : '');
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The target changed elsewhere (URL, Back): show it.
    setShownFor(value);
    setTyped(isScore ? value : '');
  }
  const commit = () => {
    const v = Number(typed.replace(',', '.'));
    if (Number.isFinite(v) && v > 0 && v <= 100 && String(v) !== value) onChange(String(v));
  };
  return (
    <div className="filters gap-target">
      <Field label={m('path.target')}>
        {(id) => (
          <select
            id={id}
            value={isScore ? SCORE : value}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === SCORE) onChange(String(Math.max(fw.threshold, 90)));
              else onChange(v);
            }}
          >
            {levels.map((l) => (
              <option key={l.code} value={l.code}>
                {pick(l.labelTh, l.labelEn)}
                {l.minEachTool !== undefined
                  ? ` (${m('path.levelTools', { overall: l.minOverall, tools: l.minEachTool })})`
                  : ` (${m('path.levelOverall', { overall: l.minOverall })})`}
              </option>
            ))}
            <option value={SCORE}>{m('path.targetScore')}</option>
          </select>
        )}
      </Field>
      {isScore ? (
        <Field label={m('path.targetScoreLabel')}>
          {(id) => (
            <CommitInput
              id={id}
              type="number"
              inputMode="decimal"
              min={1}
              max={100}
              step={0.01}
              typed={typed}
              onType={setTyped}
              onCommit={commit}
            />
          )}
        </Field>
      ) : null}
      {children}
    </div>
  );
}
