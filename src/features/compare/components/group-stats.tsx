import type { GroupStats } from '@analysis/compare/distribution';
import { Stat } from '@/shared/ui/stat';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { compareMessages } from '../messages';

/** Pass rate, mean, median and quartiles of a group's overall scores. */
export function GroupStatsView({ stats }: { stats: GroupStats }) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  return (
    <dl className="stats" data-testid="group-stats">
      <Stat
        label={m('stats.count')}
        value={fmt.int(stats.count)}
        detail={m('stats.known', { known: fmt.int(stats.known) })}
      />
      <Stat
        label={m('stats.passRate')}
        value={stats.known ? fmt.pct(stats.passRate, 1) : '—'}
        detail={m('stats.passed', { passed: fmt.int(stats.passed), known: fmt.int(stats.known) })}
      />
      <Stat
        label={m('stats.mean')}
        value={fmt.num(stats.mean)}
        detail={m('stats.quartiles', {
          q1: fmt.num(stats.q1),
          median: fmt.num(stats.median),
          q3: fmt.num(stats.q3),
        })}
      />
      <Stat label={m('stats.range')} value={`${fmt.num(stats.min)}–${fmt.num(stats.max)}`} />
    </dl>
  );
}
