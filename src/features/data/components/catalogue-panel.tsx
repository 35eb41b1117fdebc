import { SelectField } from '@/shared/ui/select-field';
import { useId, useState } from 'react';
import { decodeBytes } from '@analysis/ingest/decode';
import { catalogueToCsv } from '@analysis/measures/write-catalogue';
import type { MergeMode } from '@analysis/measures/types';
import { FileField } from '@/shared/ui/file-field';
import { useCatalogue } from '@/shared/catalogue/use-catalogue';
import { setUserCatalogue, useUserCatalogue } from '@/shared/catalogue/user-catalogue';
import { downloadText } from '@/shared/ui/download';
import { useI18n } from '@/shared/i18n/use-i18n';

/**
 * The measures catalogue the plans draw on: how many measures it holds, a download to edit in Excel,
 * and the user's own catalogue (CSV) added to or replacing the built-in measures, checked like any file.
 */
export function CataloguePanel() {
  const { t, fmt, pick } = useI18n();
  const id = useId();
  const user = useUserCatalogue();
  const catalogue = useCatalogue();
  const [mode, setMode] = useState<MergeMode>(user?.mode ?? 'add');
  const [notSaved, setNotSaved] = useState(false);
  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    setNotSaved(!setUserCatalogue({ name: file.name, text, mode, loadedAt: Date.now() }));
  };
  const problems = catalogue.data?.userProblems ?? [];
  const errors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.row)).size;
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="catalogue-panel">
      <h2 id={`${id}-title`}>{t('catalogue.title')}</h2>
      <p>{t('catalogue.intro', { n: fmt.int(catalogue.data?.measures.length ?? 0) })}</p>
      <div className="filters">
        <button
          type="button"
          className="download"
          disabled={!catalogue.data}
          onClick={() =>
            catalogue.data && downloadText('ita-lens-measures.csv', catalogueToCsv(catalogue.data.measures))
          }
        >
          {t('catalogue.download')}
        </button>
        <SelectField label={t('catalogue.mode')} value={mode} onChange={(v) => setMode(v as MergeMode)}>
          <option value="add">{t('catalogue.mode.add')}</option>
          <option value="replace">{t('catalogue.mode.replace')}</option>
        </SelectField>
        <FileField label={t('catalogue.load')} accept=".csv,text/csv" onFile={(f) => void load(f)} />
      </div>
      {user ? (
        <div className="notice" role="status">
          <p>
            {t('catalogue.loaded', { name: user.name, mode: t(`catalogue.mode.${user.mode}`) })}{' '}
            {errors > 0 ? t('catalogue.problems', { n: fmt.int(errors) }) : t('catalogue.clean')}
            {notSaved ? ` ${t('catalogue.notSaved')}` : ''}
          </p>
          {problems.length > 0 ? (
            <ul>
              {problems.slice(0, 20).map((p, i) => (
                <li key={i}>
                  {p.row !== null
                    ? `${t('catalogue.row', { row: fmt.int(p.row) })}${p.column ? ` · ${p.column}` : ''}: `
                    : ''}
                  {pick(p.message_th, p.message_en)}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => setUserCatalogue(null)}>
            {t('catalogue.remove')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
