import { useEffect, useId, useRef, useState } from 'react';
import { clearRegistry } from '@/shared/dataset/dataset-registry';
import { downloadText } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { discardDamaged } from '@/shared/store/aside';
import { useDamaged, type DamagedRecord } from '@/shared/store/damaged';
import { resetDb } from '@/shared/store/db';
import { planNameOf } from '@/shared/store/describe';
import { clearStorageProblem, useStorageProblem } from '@/shared/store/storage-status';
import { exportWorkspace } from '@/shared/store/workspace';
import { useDiskLosesWork } from './disk-notice';
import { storageMessages, type StorageMessageKey } from '@/shared/store/storage-messages';

type M = (key: StorageMessageKey, params?: Record<string, string | number>) => string;

function partsOf(d: DamagedRecord, m: M): string {
  return d.dropped
    .map((p) => {
      const list = (['measures', 'issues', 'questions', 'results'] as const).find((l) => l === p.list);
      const kind = m(list ? `list.${list}` : 'list.other');
      return p.label ? `${kind} «${p.label}»` : kind;
    })
    .join(', ');
}

function DamagedItem({ d, m, year }: { d: DamagedRecord; m: M; year: (y: string) => string }) {
  const plan = d.store === 'plans' || d.store === 'reports' ? planNameOf(d.id) : null;
  const name = plan ? m('planName', { org: plan.org, year: year(plan.year) }) : '';
  const what = m(`store.${d.store}`);
  return (
    <li>
      {d.why === 'partial' && d.dropped.length > 0
        ? m('partialItem', { what, name, parts: partsOf(d, m) })
        : m('unreadableItem', { what, name })}
    </li>
  );
}

/** Asks in place before the damaged records are deleted for good (focus on "not now" first). */
function DiscardButton({ count, m }: { count: number; m: M }) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const noRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) noRef.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <>
        <button type="button" className="danger-text" onClick={() => setAsking(true)}>
          {m('discard')}
        </button>
        {failed ? <span role="alert">{m('discardFailed')}</span> : null}
      </>
    );
  return (
    <span className="banner-confirm" role="group" aria-labelledby={id}>
      <span id={id}>{m('discardQuestion', { count })}</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          void discardDamaged().then((ok) => setFailed(!ok));
        }}
      >
        {m('discardYes')}
      </button>
      <button
        ref={noRef}
        type="button"
        onClick={() => setAsking(false)}
        onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
      >
        {m('discardNo')}
      </button>
    </span>
  );
}

/**
 * Says clearly when the browser store fails, and what to do; the app goes on in memory whatever
 * happened. A full or silent store offers the workspace export with what is on screen but unsaved;
 * damaged records are listed, and the user decides: download them, discard them, or decide later.
 */
export function StorageBanner() {
  const problem = useStorageProblem();
  const damaged = useDamaged();
  const m = useMessages(storageMessages);
  const { fmt } = useI18n();
  const [busy, setBusy] = useState(false);
  // Opened from disk without a store: DiskNotice says what that means there.
  const diskLosesWork = useDiskLosesWork();
  if (!problem || (diskLosesWork && problem.reason === 'unavailable')) return null;
  const exportAll = (name: string) => {
    setBusy(true);
    void exportWorkspace()
      .then((text) => downloadText(name, text, 'application/json'))
      .finally(() => setBusy(false));
  };
  const reset = () => {
    if (!window.confirm(m('resetConfirm'))) return;
    setBusy(true);
    void resetDb()
      .then(() => {
        clearRegistry();
        clearStorageProblem();
      })
      .finally(() => setBusy(false));
  };
  const unsaved = problem.reason === 'full' || problem.reason === 'timeout' || problem.reason === 'failed';
  const count = problem.reason === 'corrupt' ? Math.max(problem.count, damaged.length) : problem.count;
  return (
    <div className="banner" role="alert" data-testid="storage-banner">
      <p>{m(problem.reason, { count: fmt.int(count) })}</p>
      {damaged.length > 0 ? (
        <details className="banner-list">
          <summary>{m('damagedList')}</summary>
          <ul>
            {damaged.map((d) => (
              <DamagedItem key={d.key} d={d} m={m} year={(y) => fmt.year(Number(y))} />
            ))}
          </ul>
        </details>
      ) : null}
      <p className="banner-detail">{m('detail', { detail: problem.detail })}</p>
      <div className="banner-actions">
        {unsaved ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => exportAll(`ita-lens-workspace-${new Date().toISOString().slice(0, 10)}.json`)}
          >
            {m('exportAll')}
          </button>
        ) : null}
        {damaged.length > 0 || problem.reason === 'corrupt' ? (
          <button type="button" disabled={busy} onClick={() => exportAll('ita-lens-rescued-workspace.json')}>
            {m('exportRescue')}
          </button>
        ) : null}
        {damaged.length > 0 ? <DiscardButton count={damaged.length} m={m} /> : null}
        {problem.reason === 'failed' ? (
          <button type="button" onClick={reset} disabled={busy}>
            {m('reset')}
          </button>
        ) : null}
        <button type="button" className="quiet" onClick={clearStorageProblem}>
          {m('dismiss')}
        </button>
      </div>
    </div>
  );
}
