import type { InputHTMLAttributes } from 'react';

export type CommitInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onBlur' | 'onKeyDown'
> & {
  /** What the box shows: the user's text until it is committed. */
  typed: string;
  onType: (text: string) => void;
  /** Take the typed text: on Enter or when the box loses focus, never on each keystroke. */
  onCommit: () => void;
};

/**
 * A number box of the path's controls. It commits on Enter or blur only: committing on each keystroke
 * would recompute the path (and may move the very row typed in) while the user is still typing.
 */
export function CommitInput({ typed, onType, onCommit, ...rest }: CommitInputProps) {
  return (
    <input
      {...rest}
      value={typed}
      onChange={(e) => onType(e.currentTarget.value)}
      onBlur={onCommit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onCommit();
      }}
    />
  );
}
