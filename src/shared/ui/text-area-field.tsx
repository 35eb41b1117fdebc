import { Field } from './field';

export interface TextAreaFieldProps {
  label: string;
  value: string;
  /** The new text, as typed. */
  onChange: (text: string) => void;
  rows?: number;
  /** Classes beside `autosize` (the class that lets the box grow with its text). */
  className?: string;
  placeholder?: string;
  /** A name other code can find the box by, to move focus to it (`data-focus`). */
  focusKey?: string;
  testId?: string;
  /** One line only: line breaks typed or pasted become spaces (titles). */
  singleLine?: boolean;
}

/** A labelled text box that grows with its text: findings, titles, results, remarks. */
export function TextAreaField({
  label,
  value,
  onChange,
  rows = 1,
  className,
  placeholder,
  focusKey,
  testId,
  singleLine = false,
}: TextAreaFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <textarea
          id={id}
          data-focus={focusKey}
          className={className ? `autosize ${className}` : 'autosize'}
          rows={rows}
          placeholder={placeholder}
          data-testid={testId}
          value={value}
          onChange={(e) => {
            const text = e.currentTarget.value;
            onChange(singleLine ? text.replace(/\r?\n/g, ' ') : text);
          }}
        />
      )}
    </Field>
  );
}
