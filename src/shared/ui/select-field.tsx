import type { ReactNode } from 'react';
import { Field } from './field';

export interface SelectFieldProps {
  label: string;
  value: string | number;
  /** The chosen option's value. */
  onChange: (value: string) => void;
  /** The `<option>`s. */
  children: ReactNode;
  /** Take the free width of a filter row. */
  grow?: boolean;
  disabled?: boolean;
}

/** A labelled drop-down list (Field around a select): the one way the views write one. */
export function SelectField({ label, value, onChange, children, grow, disabled }: SelectFieldProps) {
  return (
    <Field label={label} grow={grow}>
      {(id) => (
        <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}
