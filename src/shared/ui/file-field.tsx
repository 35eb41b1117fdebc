import { Field } from './field';

export interface FileFieldProps {
  label: string;
  /** The file types the picker offers (`.csv,text/csv`). */
  accept: string;
  /** The file chosen, or undefined when the picker was closed without one. */
  onFile: (file: File | undefined) => void;
  disabled?: boolean;
}

/** A labelled file picker for one file. */
export function FileField({ label, accept, onFile, disabled }: FileFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="file"
          accept={accept}
          disabled={disabled}
          onChange={(e) => onFile(e.currentTarget.files?.[0])}
        />
      )}
    </Field>
  );
}
