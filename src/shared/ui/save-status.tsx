import type { SaveStatus } from '@/shared/store/write-queue';

/** Whether the edits are in the browser store: saving, saved, or in memory only (`label` says which). */
export function SaveStatusLine({ status, label }: { status: SaveStatus; label: string }) {
  return (
    <p className={`save-status save-${status}`} role="status" data-testid="save-status" data-status={status}>
      <span aria-hidden="true" className="save-dot" />
      {label}
    </p>
  );
}
