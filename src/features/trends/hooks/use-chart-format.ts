import { useMemo } from 'react';
import { escapeTooltip } from '@/shared/chart/escape-tooltip';
import { useColorScheme } from '@/shared/ui/media-query';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { INK, type ChartFormat, type MarkText } from '../lib/chart-common';
import { trendMessages } from '../messages';

/** Number/year formats, mark texts and colours for the trend charts, in the UI's language, digits and theme. */
export function useChartFormat(): { format: ChartFormat; marks: MarkText; escape: (s: string) => string } {
  const { fmt } = useI18n();
  const m = useMessages(trendMessages);
  const scheme = useColorScheme();
  return useMemo(
    () => ({
      format: {
        num: (v: number) => fmt.num(v),
        int: (v: number) => fmt.num(v, 0),
        year: (y: number) => fmt.year(y),
        ink: INK[scheme],
      },
      marks: { rating: m('mark.rating'), oit: m('mark.oit') },
      escape: escapeTooltip,
    }),
    [fmt, m, scheme],
  );
}
