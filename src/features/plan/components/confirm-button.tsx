import { useEffect, useId, useRef, useState } from 'react';

export interface ConfirmButtonProps {
  label: string;
  /** Accessible name when the visible label is short (e.g. names the plan). */
  ariaLabel?: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}

/**
 * A button for something that cannot be undone: it asks in place (no browser dialog), with the focus on
 * the question's "cancel" first, and Escape cancels.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  yes,
  no,
  onConfirm,
  disabled,
  className,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button
        ref={openerRef}
        type="button"
        className={className}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <p id={id} className="confirm-question">
        {question}
      </p>
      <div className="confirm-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {yes}
        </button>
        <button ref={cancelRef} type="button" onClick={() => setAsking(false)}>
          {no}
        </button>
      </div>
    </div>
  );
}
