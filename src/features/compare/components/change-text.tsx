import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { compareMessages } from '../messages';

/** A change from last year: ▲ +1.23 / ▼ −0.50 (arrow and sign, colour only as a help), — when unknown. */
export function ChangeText({ value }: { value: number }) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  if (value !== value) return <span className="muted">—</span>;
  const v = Math.round(value * 100) / 100;
  if (v === 0) return <span>{fmt.num(0)}</span>;
  const up = v > 0;
  return (
    <span className={up ? 'change-up' : 'change-down'}>
      <span aria-hidden="true">{up ? '▲ +' : '▼ −'}</span>
      <span className="visually-hidden">{up ? m('rank.up') : m('rank.down')} </span>
      {fmt.num(Math.abs(v))}
    </span>
  );
}
