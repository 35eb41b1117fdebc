import { useMessages } from '@/shared/i18n/messages';
import type { SaveStatus } from '@/shared/store/write-queue';
import { SaveStatusLine as Line } from '@/shared/ui/save-status';
import { planMessages } from '../messages';

/** Whether the edits are in the browser store: saving, saved, or in memory only. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const m = useMessages(planMessages);
  return <Line status={status} label={m(`save.${status}`)} />;
}
