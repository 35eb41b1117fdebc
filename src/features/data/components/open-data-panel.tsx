import { useQuery } from '@tanstack/react-query';
import { DemoFileCard } from './demo-file-card';
import { demoManifestQuery } from '@/shared/dataset/demo-manifest';
import { EXAMPLES } from '@/shared/dataset/examples';
import { useI18n } from '@/shared/i18n/use-i18n';
import { DEMO_ID, exampleDatasetId } from '@/shared/dataset/builtin-entries';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { useOpenDataset } from '../hooks/use-open-dataset';

/** One-click cards: the synthetic national demo (clearly labelled) and the real examples (with sources). */
export function OpenDataPanel({ activeId }: { activeId: string | null }) {
  const { t, fmt, pick } = useI18n();
  const manifest = useQuery(demoManifestQuery);
  const { openBuiltin, openFiles } = useOpenDataset();
  const m = manifest.data;
  const lo = m && m.years.length > 0 ? Math.min(...m.years) : null;
  const hi = m && m.years.length > 0 ? Math.max(...m.years) : null;
  const years =
    lo === null || hi === null ? '' : lo === hi ? fmt.year(lo) : `${fmt.year(lo)}–${fmt.year(hi)}`;
  const demoMissing = manifest.isSuccess && !m;
  const demoTitle = t('open.demo.title');
  return (
    <section aria-labelledby="open-title" className="panel">
      <h2 id="open-title">{t('open.title')}</h2>
      <ul className="cards">
        {SINGLE_FILE ? (
          <DemoFileCard onOpen={openFiles} />
        ) : (
          <li className="card card-synthetic">
            <span className="badge badge-synthetic">{t('open.demo.badge')}</span>
            <h3>{demoTitle}</h3>
            <p>
              {m
                ? t('open.demo.body', { agencies: fmt.int(m.agencies), years })
                : fmt.digits(t('open.demo.bodyUnknown'))}
            </p>
            {demoMissing ? <p className="muted">{t('open.demo.missing')}</p> : null}
            <button
              type="button"
              className="primary"
              disabled={demoMissing || manifest.isPending}
              aria-pressed={activeId === DEMO_ID}
              onClick={() => openBuiltin(DEMO_ID)}
            >
              {activeId === DEMO_ID ? t('open.opened') : t('open.button')}
              <span className="visually-hidden"> {demoTitle}</span>
            </button>
          </li>
        )}
        {EXAMPLES.map((ex) => {
          const id = exampleDatasetId(ex.id);
          const title = pick(ex.titleTh, ex.titleEn);
          return (
            <li className="card" key={ex.id}>
              <span className="badge badge-real">{t('open.example.badge')}</span>
              <h3>{fmt.digits(title)}</h3>
              <p>{pick(ex.levelTh, ex.levelEn)}</p>
              <p className="source">
                {fmt.digits(t('open.example.source', { source: pick(ex.sourceTh, ex.sourceEn) }))}
              </p>
              <button
                type="button"
                className="primary"
                aria-pressed={activeId === id}
                onClick={() => openBuiltin(id)}
              >
                {activeId === id ? t('open.opened') : t('open.button')}
                <span className="visually-hidden"> {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
