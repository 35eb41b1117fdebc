import { DataTable } from '@/shared/ui/data-table';
import { useMemo, type ReactNode } from 'react';
import { sideBySide } from '@analysis/compare/side-by-side';
import { ratingLevel } from '@analysis/scoring/rating';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { Chosen, CompareModel } from '../lib/compare-model';
import { compareMessages } from '../messages';
import { AgencyHeadRow } from './agency-head';
import { ScoreCell } from './score-cell';

/** Id of the side-by-side table, the text alternative of the indicator charts (they point to it with aria-details). */
export const SIDE_TABLE_ID = 'cmp-side-table';

/** Indicators 1–10, tools, overall and rating of the chosen agencies, best and worst of each line marked. */
export function SideBySideTable({ model, agencies }: { model: CompareModel; agencies: Chosen[] }) {
  const m = useMessages(compareMessages);
  const { pick } = useI18n();
  const { yt } = model;
  const fw = yt.framework;
  const s = useMemo(
    () =>
      sideBySide(
        yt,
        agencies.map((a) => a.row),
      ),
    [yt, agencies],
  );
  const threshold = fw?.threshold ?? 85;
  const line = (label: ReactNode, values: number[], k: number, key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {values.map((v, a) => (
        <ScoreCell
          key={agencies[a]?.key}
          value={v}
          best={s.marks[k]?.best.includes(a) ?? false}
          worst={s.marks[k]?.worst.includes(a) ?? false}
          threshold={threshold}
        />
      ))}
    </tr>
  );
  return (
    <section className="panel" aria-labelledby="side-title" id="cmp-indicators">
      <h2 id="side-title">{m('side.title')}</h2>
      <p className="muted small">{m('side.caption')}</p>
      <DataTable
        head={<AgencyHeadRow first={m('side.item')} agencies={agencies} />}
        className="side-table"
        id={SIDE_TABLE_ID}
        testId="side-table"
      >
        {Array.from({ length: 10 }, (_, i) => {
          const ind = fw?.indicators.find((d) => d.id === i + 1);
          const label = (
            <>
              {m('side.indicator', { id: i + 1 })}
              {ind ? (
                <span className="muted small ind-name">
                  {' '}
                  {pick(ind.nameTh, ind.nameEn)} ({ind.tool})
                </span>
              ) : null}
            </>
          );
          return line(
            label,
            s.indicators.map((v) => v[i] as number),
            i,
            `i${i}`,
          );
        })}
        {(['IIT', 'EIT', 'OIT'] as const).map((tool, t) =>
          line(
            <strong>{tool}</strong>,
            s.tools.map((v) => v[t] as number),
            10 + t,
            tool,
          ),
        )}
        {line(<strong>{m('side.overall')}</strong>, s.overall, 13, 'overall')}
        <tr>
          <th scope="row">{m('side.rating')}</th>
          {agencies.map((a) => {
            const level = ratingLevel(fw, yt.rating[a.row] as number);
            return (
              <td key={a.key} className={yt.pass[a.row] === 1 ? 'rating rating-pass' : 'rating rating-fail'}>
                {level ? pick(level.labelTh, level.labelEn) : '—'}
              </td>
            );
          })}
        </tr>
      </DataTable>
    </section>
  );
}
