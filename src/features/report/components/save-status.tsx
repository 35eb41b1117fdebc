import { useFeatureMessages } from '@/shared/i18n/feature-messages';
import type { SaveStatus } from '@/shared/store/write-queue';
import { reportMessages } from '../messages';

/** Whether the entries are in the browser store: saving, saved, or in memory only. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const m = useFeatureMessages(reportMessages);
  return (
    <p className={`save-status save-${status}`} role="status" data-testid="save-status" data-status={status}>
      <span aria-hidden="true" className="save-dot" />
      {m(`save.${status}`)}
    </p>
  );
}
