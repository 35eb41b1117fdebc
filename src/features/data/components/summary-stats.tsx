import { Stat } from '@/shared/ui/stat';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { DataSummary } from '../lib/summary';

/** The headline figures of what is loaded. */
export function SummaryStats({ s }: { s: DataSummary }) {
  const { t, fmt } = useI18n();
  const years =
    s.years.length === 0
      ? t('common.none')
      : s.years.length <= 3
        ? s.years.map((y) => fmt.year(y)).join(', ')
        : `${fmt.year(s.years[0] as number)}–${fmt.year(s.years[s.years.length - 1] as number)}`;
  const levels = [
    s.levels.indicator > 0 ? t('summary.level.indicator') : null,
    s.levels.question > 0 ? t('summary.level.question') : null,
    s.levels.oit > 0 ? t('summary.level.oit') : null,
  ].filter((x): x is string => x !== null);
  const share = s.agencyYears > 0 ? (s.computable / s.agencyYears) * 100 : 0;
  return (
    <dl className="stats" data-testid="summary-stats">
      <Stat label={t('summary.agencies')} value={fmt.int(s.agencies)} />
      <Stat
        label={t('summary.years')}
        value={years}
        detail={s.years.length > 3 ? t('summary.yearsCount', { n: fmt.int(s.years.length) }) : undefined}
      />
      <Stat
        label={t('summary.levels')}
        value={levels.length ? levels.join(' · ') : t('summary.noLevels')}
        detail={t('summary.rows', { rows: fmt.int(s.values) })}
      />
      <Stat
        label={t('summary.completeness')}
        value={fmt.pct(share, share > 0 && share < 100 ? 1 : 0)}
        detail={t('summary.completenessDetail', {
          done: fmt.int(s.computable),
          total: fmt.int(s.agencyYears),
        })}
      />
    </dl>
  );
}
