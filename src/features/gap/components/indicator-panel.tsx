import { useChartContext } from '@/shared/chart/chart-context';
import { DataTable } from '@/shared/ui/data-table';
import { useCallback, useMemo } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';
import { safeFileName } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useNarrow } from '@/shared/ui/media-query';
import { indicatorChartOption, type IndicatorBar } from '../lib/indicator-chart-option';
import { bandLabel, ratingBands } from '@analysis/frameworks/rating-bands';
import { shortLabel } from '@analysis/text/graphemes';
import { gapMessages } from '../messages';
import { IndicatorChart } from './indicator-chart';
import { overallPointsOf } from '@analysis/scoring/rating';

/**
 * The ten indicators: the chart (85 line, rating bands, gap and cost on each bar; a click drills down)
 * and the same figures as a table, whose buttons drill down from the keyboard.
 */
export function IndicatorPanel({
  a,
  fw,
  selected,
  onDrill,
  fileStem,
}: {
  a: Assessment;
  fw: Framework;
  selected: number | null;
  onDrill: (id: number) => void;
  fileStem: string;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick, lang } = useI18n();
  const narrow = useNarrow();
  const chart = useChartContext();
  const bars: IndicatorBar[] = useMemo(
    () =>
      a.indicators.map((i) => ({
        id: i.id,
        label: `${fmt.digits(String(i.id))} ${shortLabel(pick(i.nameTh, i.nameEn), narrow ? 10 : 24)}`,
        score: i.score,
        gap: i.gap,
      })),
    [a, fmt, pick, narrow],
  );
  const option = useMemo(() => {
    const bands = ratingBands(fw);
    const byId = new Map(a.indicators.map((i) => [i.id, i]));
    return indicatorChartOption(
      {
        bars,
        threshold: a.threshold,
        thresholdLabel: fmt.num(a.threshold, 0),
        bands,
        bandLabels: bands.map((b) => bandLabel(b, lang)),
        selected,
        missing: m('ind.missing'),
        barLabel: (b) => {
          const i = byId.get(b.id);
          if (!i || i.score === null) return m('ind.missing');
          if (narrow)
            return i.gap
              ? m('ind.labelShortBelow', { score: fmt.num(i.score), gap: fmt.num(i.gap) })
              : fmt.num(i.score);
          return m(i.gap ? 'ind.labelBelow' : 'ind.label', {
            score: fmt.num(i.score),
            gap: fmt.num(i.gap),
            lost: fmt.num(i.pointsLost),
          });
        },
        tooltip: (b) => {
          const i = byId.get(b.id);
          if (!i) return [];
          const head = m('ind.tipHead', {
            id: fmt.digits(String(i.id)),
            name: pick(i.nameTh, i.nameEn),
            tool: i.tool,
            weight: fmt.num(i.weight, 0),
          });
          if (i.score === null) return [head, m('ind.missing')];
          return [
            head,
            m('ind.tipScore', { score: fmt.num(i.score) }),
            m('ind.tipGap', { gap: fmt.num(i.gap) }),
            m('ind.tipLost', { lost: fmt.num(i.pointsLost) }),
            m('ind.tipGain', { gain: fmt.num(overallPointsOf(i.weight, i.gap ?? 0)) }),
            m('ind.tipClick'),
          ];
        },
      },
      chart,
    );
  }, [a, fw, bars, fmt, pick, lang, m, narrow, chart, selected]);
  const pickRow = useCallback(
    (index: number) => {
      const id = bars[index]?.id;
      if (id !== undefined) onDrill(id);
    },
    [bars, onDrill],
  );
  const below = a.indicators.filter((i) => i.score !== null && i.score < a.threshold);
  return (
    <section className="panel" aria-labelledby="gap-ind-title">
      <h2 id="gap-ind-title">{m('ind.title')}</h2>
      <p className="muted small">{m('ind.caption')}</p>
      <IndicatorChart
        option={option}
        ariaLabel={`${m('ind.title')}. ${m('ind.aria', {
          below: below.length
            ? below.map((i) => `${fmt.digits(String(i.id))} (${fmt.num(i.score)})`).join(', ')
            : m('ind.none'),
        })}`}
        tableId="gap-ind-table"
        height={narrow ? 360 : 420}
        exportName={safeFileName(`${fileStem}-${lang === 'th' ? 'ตัวชี้วัด' : 'indicators'}`)}
        exportLabel={m('common.png')}
        count={bars.length}
        onPick={pickRow}
      />
      <DataTable
        columns={[
          { label: m('ind.col.indicator') },
          { label: m('ind.col.weight'), num: true },
          { label: m('ind.col.score'), num: true },
          { label: m('ind.col.gap'), num: true },
          { label: m('ind.col.lost'), num: true },
          { label: m('ind.col.gain'), num: true },
          { label: m('ind.col.source') },
          {
            label: <span className="visually-hidden">{m('ind.col.drill')}</span>,
            className: 'no-print',
          },
        ]}
        caption={m('ind.tableCaption')}
        className="stack gap-ind-table"
        id="gap-ind-table"
        testId="indicator-table"
      >
        {a.indicators.map((i) => {
          const weak = i.score !== null && i.score < a.threshold;
          return (
            <tr
              key={i.id}
              className={`${weak ? 'gap-weak' : ''} ${selected === i.id ? 'gap-selected' : ''}`}
              data-indicator={i.id}
            >
              <th scope="row">
                {fmt.digits(String(i.id))}. {pick(i.nameTh, i.nameEn)}{' '}
                <span className="gap-tag">{i.tool}</span>
                {weak ? <span className="gap-flag"> ▼ {m('ind.below')}</span> : null}
              </th>
              <td className="num" data-label={m('ind.col.weight')}>
                {fmt.num(i.weight, 0)}%
              </td>
              <td className="num" data-label={m('ind.col.score')}>
                {i.score === null ? (
                  <span className="gap-unknown">{m('ind.missing')}</span>
                ) : (
                  <strong>{fmt.num(i.score)}</strong>
                )}
              </td>
              <td className="num" data-label={m('ind.col.gap')}>
                {fmt.num(i.gap)}
              </td>
              <td className="num" data-label={m('ind.col.lost')}>
                {fmt.num(i.pointsLost)}
              </td>
              <td className="num" data-label={m('ind.col.gain')}>
                {i.gap === null ? '—' : fmt.num(overallPointsOf(i.weight, i.gap))}
              </td>
              <td data-label={m('ind.col.source')}>{m(`ind.source.${i.source}`)}</td>
              <td className="no-print">
                <button
                  type="button"
                  className="button small"
                  aria-pressed={selected === i.id}
                  onClick={() => onDrill(i.id)}
                >
                  {m(i.tool === 'OIT' ? 'ind.drillItems' : 'ind.drillQuestions')}
                  <span className="visually-hidden">
                    {' '}
                    {m('ind.drillOf', { id: fmt.digits(String(i.id)) })}
                  </span>
                </button>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
