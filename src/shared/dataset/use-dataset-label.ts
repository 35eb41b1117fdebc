import { useCallback } from 'react';
import { useI18n } from '@/shared/i18n/use-i18n';
import { exampleById } from './examples';
import type { DatasetEntry } from './types';

/** A dataset's name in the UI language: the demo's and examples' titles are translated, files keep theirs. */
export function useDatasetLabel(): (e: DatasetEntry) => string {
  const { t, pick, fmt } = useI18n();
  return useCallback(
    (e: DatasetEntry) => {
      if (e.source.kind === 'demo') return t('open.demo.title');
      if (e.source.kind === 'example') {
        const ex = exampleById(e.source.example);
        if (ex) return fmt.digits(pick(ex.titleTh, ex.titleEn));
      }
      return e.label;
    },
    [t, pick, fmt],
  );
}
