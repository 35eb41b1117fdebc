import { useState } from 'react';
import { clearRegistry } from '../lib/datasets/dataset-registry';
import { useI18n, type MessageKey } from '../lib/i18n/use-i18n';
import { resetDb } from '../lib/storage/db';
import { exportWorkspace } from '../lib/storage/workspace';
import { downloadText } from '../lib/download';
import { clearStorageProblem, useStorageProblem, type StorageReason } from '../lib/storage/storage-status';
import { useDiskLosesWork } from './disk-notice';

const TEXT: Record<StorageReason, MessageKey> = {
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  blocked: 'storage.blocked',
  corrupt: 'storage.corrupt',
  failed: 'storage.failed',
};

/** Says clearly when the browser store fails; the app goes on in memory whatever happened. */
export function StorageBanner() {
  const problem = useStorageProblem();
  const { t, fmt } = useI18n();
  const [busy, setBusy] = useState(false);
  // Opened from disk without a store: DiskNotice says what that means there.
  const diskLosesWork = useDiskLosesWork();
  if (!problem || (diskLosesWork && problem.reason === 'unavailable')) return null;
  const canReset = problem.reason === 'corrupt' || problem.reason === 'failed';
  const reset = () => {
    if (!window.confirm(t('storage.resetConfirm'))) return;
    setBusy(true);
    void resetDb()
      .then(() => {
        clearRegistry();
        clearStorageProblem();
      })
      .finally(() => setBusy(false));
  };
  return (
    <div className="banner" role="alert" data-testid="storage-banner">
      <p>{t(TEXT[problem.reason], { count: fmt.int(problem.count) })}</p>
      <p className="banner-detail">{t('storage.detail', { detail: problem.detail })}</p>
      <div className="banner-actions">
        {canReset ? (
          <button
            type="button"
            onClick={() =>
              void exportWorkspace().then((text) =>
                downloadText('ita-lens-rescued-workspace.json', text, 'application/json'),
              )
            }
          >
            {t('storage.exportReadable')}
          </button>
        ) : null}
        {canReset ? (
          <button type="button" onClick={reset} disabled={busy}>
            {t('storage.reset')}
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={clearStorageProblem}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
