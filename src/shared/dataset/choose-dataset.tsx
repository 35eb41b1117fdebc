import { Link, useNavigate } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/routes/data';
import { builtinEntry, DEMO_ID } from './builtin-entries';
import { addDataset, useRegistry } from './dataset-registry';
import { useDatasetLabel } from './use-dataset-label';

/**
 * A view opened without a dataset: the datasets open in this browser, each a link to the view on it, the
 * synthetic national data in one click, and the way to the data page.
 */
export function ChooseDataset({ pathOf }: { pathOf: (ds: string) => string }) {
  const { t } = useI18n();
  const { entries, restored } = useRegistry();
  const labelOf = useDatasetLabel();
  const navigate = useNavigate();
  return (
    <section className="panel" aria-labelledby="choose-dataset-title" data-testid="choose-dataset">
      <h2 id="choose-dataset-title">{t('gate.choose')}</h2>
      <p>{restored ? t('gate.noDataset') : t('sets.restoring')}</p>
      <div className="actions">
        {entries.map((e) => (
          <Link key={e.id} className="button" to={pathOf(e.id)}>
            {labelOf(e)}
          </Link>
        ))}
        {entries.some((e) => e.id === DEMO_ID) ? null : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              const demo = builtinEntry(DEMO_ID);
              if (demo) addDataset(demo);
              void navigate(pathOf(DEMO_ID));
            }}
          >
            {t('gate.openDemo')}
          </button>
        )}
        <Link className="button" to={dataPath()}>
          {t('gate.toData')}
        </Link>
      </div>
    </section>
  );
}
