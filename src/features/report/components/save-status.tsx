import { useMessages } from '@/shared/i18n/messages';
import type { SaveStatus } from '@/shared/store/write-queue';
import { SaveStatusLine as Line } from '@/shared/ui/save-status';
import { reportMessages } from '../messages';

/** Whether the entries are in the browser store: saving, saved, or in memory only. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const m = useMessages(reportMessages);
  return <Line status={status} label={m(`save.${status}`)} />;
}
