import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { Scale, ToneStep } from '../lib/cell-tone';
import { summaryMessages } from '../messages';

/** What each cell colour means, with the glyph that goes with it; a swatch never stands alone. */
export function Legend({ steps, scale }: { steps: readonly ToneStep[]; scale: Scale }) {
  const m = useMessages(summaryMessages);
  const { fmt } = useI18n();
  const num = (v: number) =>
    scale === 'share-good' || scale === 'share-bad'
      ? fmt.pct(v)
      : scale === 'count'
        ? fmt.int(Math.round(v))
        : fmt.num(v, 0);
  const label = (s: ToneStep, i: number): string => {
    if (scale === 'change') {
      if (s.tone === 'mid') return m('legend.same');
      const n = num(s.from < 0 ? -s.from : s.to);
      if (s.tone === 'bad2') return m('legend.fallBig', { n: num(-s.to) });
      if (s.tone === 'bad1') return m('legend.fallSmall', { n });
      if (s.tone === 'good1') return m('legend.riseSmall', { n });
      return m('legend.riseBig', { n: num(s.from) });
    }
    const glyph = s.glyph ? `${s.glyph} ` : '';
    if (i === 0 && s.from <= 0) return `${glyph}${m('legend.under', { to: num(s.to) })}`;
    if (i === steps.length - 1) return `${glyph}${m('legend.atLeast', { from: num(s.from) })}`;
    return `${glyph}${m('legend.range', { from: num(s.from), to: num(s.to) })}`;
  };
  return (
    <div className="summary-legend">
      <p className="summary-legend-title">{m('legend.title')}</p>
      <ul>
        {steps.map((s, i) => (
          <li key={s.tone}>
            <span className={`summary-swatch tone-${s.tone}`} aria-hidden="true" />
            {label(s, i)}
          </li>
        ))}
        <li>
          <span className="summary-swatch" aria-hidden="true" />
          {m('legend.none')}
        </li>
      </ul>
      <p className="muted small">{m('legend.note')}</p>
    </div>
  );
}
