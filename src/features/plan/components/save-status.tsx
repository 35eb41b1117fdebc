import { useMessages } from '@/shared/i18n/messages';
import type { SaveStatus } from '@/shared/store/write-queue';
import { planMessages } from '../messages';

/** Whether the edits are in the browser store: saving, saved, or in memory only. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const m = useMessages(planMessages);
  return (
    <p className={`save-status save-${status}`} role="status" data-testid="save-status" data-status={status}>
      <span aria-hidden="true" className="save-dot" />
      {m(`save.${status}`)}
    </p>
  );
}
