import type { ReactNode } from 'react';
import { PageHead } from '@/shared/ui/page-head';
import { ChooseDataset } from './choose-dataset';
import { DatasetGate } from './dataset-gate';
import type { DatasetEntry, LoadedDataset } from './types';

export interface DatasetPageProps {
  /** The page's own class (beside `page`). */
  className: string;
  title: string;
  intro: string;
  /** The dataset the URL names (`ds=`), or null: then the page asks which one. */
  ds: string | null;
  /** The view's link for a dataset, for that question. */
  pathOf: (ds: string) => string;
  children: (entry: DatasetEntry, loaded: LoadedDataset) => ReactNode;
}

/** A view of one dataset: its heading, then the dataset's status (DatasetGate) and the view, or the choice. */
export function DatasetPage({ className, title, intro, ds, pathOf, children }: DatasetPageProps) {
  return (
    <div className={`page ${className}`}>
      <PageHead title={title} intro={intro} />
      {ds ? (
        <DatasetGate key={ds} id={ds}>
          {children}
        </DatasetGate>
      ) : (
        <ChooseDataset pathOf={pathOf} />
      )}
    </div>
  );
}
