import { round } from '@analysis/scoring/round';
import type { Stat, SummaryTable } from '@analysis/summary/types';

/** How a statistic's values are coloured: against 85, around zero, as a share (either way) or a count. */
export type Scale = 'score' | 'change' | 'share-good' | 'share-bad' | 'count';

/** A colour step: values in [from, to) (the last includes `to`), its CSS tone and a glyph shown with it. */
export interface ToneStep {
  tone: 'bad2' | 'bad1' | 'mid' | 'good1' | 'good2' | 'n1' | 'n2' | 'n3' | 'n4' | 'n5';
  from: number;
  to: number;
  /** `▼` below the pass mark or a fall, `▲` a rise; '' otherwise (the number says the rest). */
  glyph: string;
}

export function scaleOf(stat: Stat): Scale {
  if (stat === 'change') return 'change';
  if (stat === 'pass_rate') return 'share-good';
  if (stat === 'share_below') return 'share-bad';
  if (stat === 'count' || stat === 'count_below') return 'count';
  return 'score';
}

const FIFTHS = [0, 20, 40, 60, 80, 100];

/** The colour steps of a table (a count's steps are fifths of the table's largest cell). */
export function toneSteps(t: SummaryTable): ToneStep[] {
  switch (scaleOf(t.query.stat)) {
    case 'score':
      return [
        { tone: 'bad2', from: 0, to: 75, glyph: '▼' },
        { tone: 'bad1', from: 75, to: 85, glyph: '▼' },
        { tone: 'good1', from: 85, to: 95, glyph: '' },
        { tone: 'good2', from: 95, to: 100, glyph: '' },
      ];
    case 'change':
      return [
        { tone: 'bad2', from: -100, to: -5, glyph: '▼' },
        { tone: 'bad1', from: -5, to: 0, glyph: '▼' },
        { tone: 'mid', from: 0, to: 0, glyph: '' },
        { tone: 'good1', from: 0, to: 5, glyph: '▲' },
        { tone: 'good2', from: 5, to: 100, glyph: '▲' },
      ];
    case 'share-good':
    case 'share-bad': {
      const tones = ['bad2', 'bad1', 'mid', 'good1', 'good2'] as const;
      const order = t.query.stat === 'share_below' ? [...tones].reverse() : tones;
      return order.map((tone, i) => ({
        tone,
        from: FIFTHS[i] as number,
        to: FIFTHS[i + 1] as number,
        glyph: '',
      }));
    }
    case 'count': {
      let max = 0;
      for (const r of t.rows) for (const c of r.cells) max = Math.max(max, c.value ?? 0);
      const top = Math.max(5, Math.ceil(max));
      const tones = ['n1', 'n2', 'n3', 'n4', 'n5'] as const;
      return tones.map((tone, i) => ({ tone, from: (top * i) / 5, to: (top * (i + 1)) / 5, glyph: '' }));
    }
  }
}

/** The step a cell value falls in, compared as shown (2 decimals); null for no value. */
export function toneOf(value: number | null, steps: readonly ToneStep[], scale: Scale): ToneStep | null {
  if (value === null || Number.isNaN(value)) return null;
  const v = round(value, 2);
  if (scale === 'change') {
    // Exactly zero at 2 decimals is "no change"; otherwise the sign picks the side.
    if (v === 0) return steps.find((s) => s.tone === 'mid') ?? null;
    const side = steps.filter((s) => s.tone !== 'mid');
    return (
      side.find((s) => (v < 0 ? v >= s.from && v < s.to : v > s.from && v <= s.to)) ??
      (v < 0 ? side[0] : side[side.length - 1]) ??
      null
    );
  }
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i] as ToneStep;
    if (v < s.to || i === steps.length - 1) return v >= s.from || i === 0 ? s : null;
  }
  return null;
}
