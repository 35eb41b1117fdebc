import { useId, useState } from 'react';
import { downloadText } from '@/shared/ui/download';
import { useI18n } from '@/shared/i18n/use-i18n';
import { exportWorkspace, importWorkspace } from '@/shared/store/workspace';
import { FileField } from '@/shared/ui/file-field';

/** Move everything kept in this browser to another one: one file out, one file in. */
export function WorkspacePanel() {
  const { t, fmt } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const text = await exportWorkspace();
      downloadText(
        `ita-lens-workspace-${new Date().toISOString().slice(0, 10)}.json`,
        text,
        'application/json',
      );
    } finally {
      setBusy(false);
    }
  };
  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setBusy(true);
    const read = await importWorkspace(await file.text()).catch(() => null);
    setBusy(false);
    if (!read) {
      setStatus(t('workspace.notWorkspace', { name: file.name }));
      return;
    }
    const c = read.content;
    setStatus(
      t('workspace.imported', {
        datasets: fmt.int(c.datasets.length),
        plans: fmt.int(c.plans.length),
        skipped: fmt.int(read.skipped),
      }),
    );
    // Every view reads the store when the app starts: start again on the imported workspace.
    setTimeout(() => window.location.reload(), 600);
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="workspace-panel">
      <h2 id={`${id}-title`}>{t('workspace.title')}</h2>
      <p>{t('workspace.intro')}</p>
      <div className="filters">
        <button type="button" className="download" onClick={() => void save()} disabled={busy}>
          {t('workspace.export')}
        </button>
        <FileField
          label={t('workspace.import')}
          accept=".json,application/json"
          disabled={busy}
          onFile={(f) => void load(f)}
        />
      </div>
      {status ? (
        <p className="notice" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
