import { useMemo } from 'react';
import { useChartContext, type ChartContext } from '@/shared/chart/chart-context';
import { useMessages } from '@/shared/i18n/messages';
import type { MarkText } from '../lib/chart-common';
import { trendMessages } from '../messages';

/** The page's chart context and the texts of the trend charts' rule-change marks, in the UI's language. */
export function useChartFormat(): { context: ChartContext; marks: MarkText } {
  const context = useChartContext();
  const m = useMessages(trendMessages);
  const marks = useMemo(() => ({ rating: m('mark.rating'), oit: m('mark.oit') }), [m]);
  return { context, marks };
}
