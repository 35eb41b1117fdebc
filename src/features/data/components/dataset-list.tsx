import { useQueryClient } from '@tanstack/react-query';
import { removeDataset, useRegistry } from '@/shared/dataset/dataset-registry';
import type { DatasetEntry } from '@/shared/dataset/types';
import { useI18n, type MessageKey } from '@/shared/i18n/use-i18n';
import { useDataParams } from '../hooks/use-data-params';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';

const KIND: Record<DatasetEntry['source']['kind'], MessageKey> = {
  demo: 'sets.kind.demo',
  example: 'sets.kind.example',
  files: 'sets.kind.files',
};

function fileCount(e: DatasetEntry): number {
  return e.source.kind === 'files' ? e.source.files.length : 1;
}

/** The datasets kept in this browser: view one, or remove it (from memory and from the store). */
export function DatasetList() {
  const { t, fmt } = useI18n();
  const { restored, entries } = useRegistry();
  const [params, setParams] = useDataParams();
  const client = useQueryClient();
  const labelOf = useDatasetLabel();
  const remove = (e: DatasetEntry) => {
    void client.cancelQueries({ queryKey: ['dataset', e.id] });
    client.removeQueries({ queryKey: ['dataset', e.id] });
    removeDataset(e.id);
    if (params.ds === e.id) setParams({ ds: null, q: '', year: null, sev: null, file: null, pq: '' });
  };
  return (
    <section aria-labelledby="sets-title" className="panel">
      <h2 id="sets-title">{t('sets.title')}</h2>
      {!restored && entries.length === 0 ? <p className="muted">{t('sets.restoring')}</p> : null}
      {restored && entries.length === 0 ? <p className="muted">{t('sets.empty')}</p> : null}
      {entries.length > 0 ? (
        <ul className="set-list">
          {[...entries].reverse().map((e) => {
            const active = e.id === params.ds;
            return (
              <li key={e.id} className={active ? 'active' : undefined} data-testid="dataset-item">
                <span className={`badge badge-${e.source.kind}`}>{t(KIND[e.source.kind])}</span>
                <span className="set-label">{labelOf(e)}</span>
                <span className="muted small">{t('sets.files', { count: fmt.int(fileCount(e)) })}</span>
                <span className="set-actions">
                  <button
                    type="button"
                    aria-current={active ? 'true' : undefined}
                    onClick={() =>
                      setParams({
                        ds: e.id,
                        tab: 'summary',
                        q: '',
                        year: null,
                        sev: null,
                        file: null,
                        pq: '',
                      })
                    }
                  >
                    {active ? t('sets.viewing') : t('sets.view')}
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('sets.remove', { name: labelOf(e) })}
                    onClick={() => remove(e)}
                  >
                    {t('common.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
