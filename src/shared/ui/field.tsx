import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** The control, given the id its label points at. */
  children: (id: string) => ReactNode;
  /** Take the free width of a filter row. */
  grow?: boolean;
  /** Shown under the control (e.g. a validation message), with this id for aria-describedby. */
  error?: { id: string; text: string } | null;
}

/**
 * A labelled form control. The label points at the control by id (not by wrapping it), so the
 * control's accessible name is exactly the label, whatever the control shows.
 */
export function Field({ label, children, grow, error }: FieldProps) {
  const id = useId();
  return (
    <div className={grow ? 'field grow' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {error ? (
        <span id={error.id} className="field-error">
          {error.text}
        </span>
      ) : null}
    </div>
  );
}
