export interface IconButtonProps {
  /** What the button does, read by screen readers and shown as its tooltip. */
  label: string;
  /** The glyph it shows (hidden from screen readers: the label says it). */
  glyph: string;
  onClick: () => void;
  id?: string;
  /** Classes beside `icon`. */
  className?: string;
  disabled?: boolean;
}

/** A small button that shows only a glyph (↑ ↓ ✕ …) and is named by its label. */
export function IconButton({ label, glyph, onClick, id, className, disabled }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className={className ? `icon ${className}` : 'icon'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}

export interface MoveButtonsProps {
  /** The labels of the three buttons. */
  up: string;
  down: string;
  remove: string;
  /** `${idBase}-up` and `${idBase}-down` are the ids focus goes back to after a move. */
  idBase: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** Classes of the remove button beside `icon`. */
  removeClass?: string;
}

/** Up, down and remove buttons of one item in an ordered list the user edits. */
export function MoveButtons({
  up,
  down,
  remove,
  idBase,
  first,
  last,
  onMove,
  onRemove,
  removeClass,
}: MoveButtonsProps) {
  return (
    <span className="row-buttons">
      <IconButton id={`${idBase}-up`} label={up} glyph="↑" disabled={first} onClick={() => onMove(-1)} />
      <IconButton id={`${idBase}-down`} label={down} glyph="↓" disabled={last} onClick={() => onMove(1)} />
      <IconButton label={remove} glyph="✕" className={removeClass} onClick={onRemove} />
    </span>
  );
}

/**
 * Which arrow keeps the focus after an item moved to position `to` (from `first` to `last`): the one
 * pressed, or the other one when the pressed one is now disabled.
 */
export function arrowAfterMove(by: number, to: number, first: number, last: number): 'up' | 'down' {
  if (by < 0) return to === first ? 'down' : 'up';
  return to === last ? 'up' : 'down';
}
