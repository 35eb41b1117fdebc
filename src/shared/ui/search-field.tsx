import { useState } from 'react';
import { Field } from './field';

export interface SearchFieldProps {
  label: string;
  /** The search as kept (in the URL or the view's state); the box starts from it. */
  value: string;
  /** Every keystroke: the view stores the text (filtering may lag behind with useDeferredValue). */
  onChange: (text: string) => void;
  placeholder?: string;
  /** Id of a hint the box is described by. */
  describedBy?: string;
  grow?: boolean;
}

/**
 * A labelled search box. What is typed shows at once; the view's copy (often in the URL, which updates a
 * moment later) follows, so typing never jumps.
 */
export function SearchField({
  label,
  value,
  onChange,
  placeholder,
  describedBy,
  grow = true,
}: SearchFieldProps) {
  const [typed, setTyped] = useState(value);
  return (
    <Field label={label} grow={grow}>
      {(id) => (
        <input
          id={id}
          type="search"
          value={typed}
          placeholder={placeholder}
          aria-describedby={describedBy}
          autoComplete="off"
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            onChange(e.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
}
