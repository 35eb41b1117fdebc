import { useMemo } from 'react';
import { escapeTooltip } from '../../../lib/chart/escape-tooltip';
import { useFeatureMessages } from '../../../lib/i18n/feature-messages';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ChartFormat, MarkText } from '../lib/chart-common';
import { trendMessages } from '../messages';

/** Number/year formats and mark texts for the trend charts, in the UI's language and digits. */
export function useChartFormat(): { format: ChartFormat; marks: MarkText; escape: (s: string) => string } {
  const { fmt } = useI18n();
  const m = useFeatureMessages(trendMessages);
  return useMemo(
    () => ({
      format: {
        num: (v: number) => fmt.num(v),
        int: (v: number) => fmt.num(v, 0),
        year: (y: number) => fmt.year(y),
      },
      marks: { rating: m('mark.rating'), oit: m('mark.oit') },
      escape: escapeTooltip,
    }),
    [fmt, m],
  );
}
