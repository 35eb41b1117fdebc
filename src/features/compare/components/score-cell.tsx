import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { compareMessages } from '../messages';

/** A score in the side-by-side table: ▲ highest / ▼ lowest and an underline below 85, each also in words. */
export function ScoreCell({
  value,
  best,
  worst,
  threshold = 85,
}: {
  value: number;
  best: boolean;
  worst: boolean;
  threshold?: number;
}) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const below = value === value && Math.round(value * 100) / 100 < threshold;
  const cls = ['num', best ? 'cell-best' : '', worst ? 'cell-worst' : '', below ? 'cell-below' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={cls}>
      {best ? (
        <span className="mark" aria-hidden="true">
          ▲{' '}
        </span>
      ) : null}
      {worst ? (
        <span className="mark" aria-hidden="true">
          ▼{' '}
        </span>
      ) : null}
      <span className="score">{fmt.num(value)}</span>
      {best ? <span className="visually-hidden"> ({m('side.best')})</span> : null}
      {worst ? <span className="visually-hidden"> ({m('side.worst')})</span> : null}
      {below ? <span className="visually-hidden"> ({m('side.below')})</span> : null}
    </td>
  );
}
