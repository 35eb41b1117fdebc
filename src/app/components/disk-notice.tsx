import { useEffect, useState } from 'react';
import { downloadText } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { getDb } from '@/shared/store/db';
import { exportWorkspace } from '@/shared/store/workspace';
import { openedFromDisk } from '@/shared/env/single-file';
import { singleFileMessages } from '@/shared/env/single-file-messages';

type Keeping = 'unknown' | 'kept' | 'lost';

/** Set once the user dismissed the note that the work is kept (it then stays away on later visits). */
const KEPT_NOTE_SEEN = 'ita-lens:disk-note-seen';

function keptNoteSeen(): boolean {
  try {
    return localStorage.getItem(KEPT_NOTE_SEEN) === '1';
  } catch {
    return false;
  }
}

/**
 * Whether this browser keeps the work of a page opened from disk: the browser store (IndexedDB) opens
 * there in Chromium and Firefox; when it does not (a private window, a policy), nothing survives the tab.
 */
function useDiskKeeping(): Keeping {
  const [keeping, setKeeping] = useState<Keeping>('unknown');
  useEffect(() => {
    if (!openedFromDisk()) return;
    let live = true;
    void getDb().then((db) => {
      if (live) setKeeping(db ? 'kept' : 'lost');
    });
    return () => {
      live = false;
    };
  }, []);
  return keeping;
}

/** True when the page runs from disk and the browser store does not work there (DiskNotice says so). */
export function useDiskLosesWork(): boolean {
  return useDiskKeeping() === 'lost';
}

/**
 * Opened from disk (file://): say whether the work stays in this browser, and offer the workspace export
 * (one file that carries it to another visit, browser or computer). Nothing is shown on a web host.
 */
export function DiskNotice() {
  const m = useMessages(singleFileMessages);
  const keeping = useDiskKeeping();
  const [dismissed, setDismissed] = useState(false);
  // The alert that nothing is kept comes back on every visit; the quiet note, once dismissed, does not.
  if (keeping === 'unknown' || dismissed || (keeping === 'kept' && keptNoteSeen())) return null;
  const dismiss = () => {
    setDismissed(true);
    if (keeping !== 'kept') return;
    try {
      localStorage.setItem(KEPT_NOTE_SEEN, '1');
    } catch {
      // not remembered: the note comes back next time
    }
  };
  const save = () =>
    void exportWorkspace().then((text) =>
      downloadText(
        `ita-lens-workspace-${new Date().toISOString().slice(0, 10)}.json`,
        text,
        'application/json',
      ),
    );
  return (
    <div
      className={keeping === 'lost' ? 'banner' : 'banner banner-quiet'}
      role={keeping === 'lost' ? 'alert' : 'note'}
      data-testid="disk-notice"
      data-keeping={keeping}
    >
      <p>{m(keeping === 'lost' ? 'disk.lost' : 'disk.kept')}</p>
      <div className="banner-actions">
        <button type="button" onClick={save}>
          {m('disk.export')}
        </button>
        <button type="button" className="quiet" onClick={dismiss}>
          {m('disk.dismiss')}
        </button>
      </div>
    </div>
  );
}
