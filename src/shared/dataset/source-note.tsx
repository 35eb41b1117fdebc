import { Notice } from '@/shared/ui/notice';
import { exampleById } from '@/shared/dataset/examples';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';

/** Where the figures come from: synthetic data said plainly, a real example with its document. */
export function SourceNote({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const { t, pick, fmt } = useI18n();
  if (entry.source.kind === 'demo' || loaded.meta.synthetic === true)
    return <Notice tone="synthetic">{t('summary.synthetic')}</Notice>;
  if (entry.source.kind === 'example') {
    const ex = exampleById(entry.source.example);
    if (ex)
      return (
        <p className="source">
          {fmt.digits(t('summary.source', { source: pick(ex.sourceTh, ex.sourceEn) }))}
        </p>
      );
  }
  return null;
}
