import { lazy, type ComponentType } from 'react';
import { DataPage } from '@/features/data/routes/data-page';
import type { MessageKey } from '@/shared/i18n/use-i18n';
import type { JourneyView } from '@/shared/url/current-agency';

/**
 * The route registry: every view of the app, in navigation order. A view without `page` is planned:
 * its links already work and show an honest "coming in the next release" page, and it stays out of
 * the navigation. To add a view, build it under src/features/<view>/ and set its `page` here (use
 * React.lazy for anything heavy); nothing else changes.
 */
export interface ViewDef {
  id: JourneyView;
  /** Route path (hash routing: `#/gap?ds=…`). Links are built by src/shared/url/current-agency.ts (viewLink). */
  path: string;
  /** Navigation label. */
  label: MessageKey;
  page?: ComponentType;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'data', path: '/', label: 'nav.data', page: DataPage },
  { id: 'gap', path: '/gap', label: 'nav.gap', page: lazy(() => import('@/features/gap/routes/gap-page')) },
  {
    id: 'plan',
    path: '/plan',
    label: 'nav.plan',
    page: lazy(() => import('@/features/plan/routes/plan-page').then((m) => ({ default: m.PlanPage }))),
  },
  {
    id: 'report',
    path: '/report',
    label: 'nav.report',
    page: lazy(() => import('@/features/report/routes/report-page').then((m) => ({ default: m.ReportPage }))),
  },
  {
    id: 'trends',
    path: '/trends',
    label: 'nav.trends',
    page: lazy(() => import('@/features/trends/routes/trends-page').then((m) => ({ default: m.TrendsPage }))),
  },
  {
    id: 'compare',
    path: '/compare',
    label: 'nav.compare',
    page: lazy(() =>
      import('@/features/compare/routes/compare-page').then((m) => ({ default: m.ComparePage })),
    ),
  },
  {
    id: 'summary',
    path: '/summary',
    label: 'nav.summary',
    page: lazy(() =>
      import('@/features/summary/routes/summary-page').then((m) => ({ default: m.SummaryPage })),
    ),
  },
];
