export interface ProgressBarProps {
  /** 0–1; null for an unknown amount (an indeterminate bar). */
  value: number | null;
  label: string;
  /** Text shown with the bar, e.g. the phase and percent. */
  text: string;
}

/** A labelled progress bar (native <progress>, so assistive technology reads its value). */
export function ProgressBar({ value, label, text }: ProgressBarProps) {
  return (
    <div className="progress">
      <progress aria-label={label} max={1} value={value ?? undefined} />
      <span className="progress-text" aria-live="polite">
        {text}
      </span>
    </div>
  );
}
