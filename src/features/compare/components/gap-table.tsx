import { DataTable } from '@/shared/ui/data-table';
import { gapTo } from '@analysis/compare/side-by-side';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { Chosen, CompareModel } from '../lib/compare-model';
import { compareMessages } from '../messages';
import { AgencyHeadRow } from './agency-head';
import { overallPointsOf } from '@analysis/scoring/rating';

/** Points each chosen agency still needs to reach 85, per indicator, and what each gap costs overall. */
export function GapTable({ model, agencies }: { model: CompareModel; agencies: Chosen[] }) {
  const m = useMessages(compareMessages);
  const { fmt, pick } = useI18n();
  const { yt } = model;
  const fw = yt.framework;
  const threshold = fw?.threshold ?? 85;
  const gapOf = (row: number, i: number) => gapTo(yt.indicators[row * 10 + i - 1] as number, threshold);
  const lines = Array.from({ length: 10 }, (_, k) => k + 1).filter((i) =>
    agencies.some((a) => gapOf(a.row, i) > 0.004),
  );
  return (
    <section className="panel" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{m('gaps.title')}</h2>
      <p className="muted small">{m('gaps.caption')}</p>
      <DataTable
        head={<AgencyHeadRow first={m('side.item')} agencies={agencies} />}
        className="gap-table"
        testId="gap-table"
      >
        <tr className="gap-overall">
          <th scope="row">{m('gaps.overall')}</th>
          {agencies.map((a) => {
            const g = gapTo(yt.overall[a.row] as number, threshold);
            return (
              <td key={a.key} className="num">
                {g !== g ? '—' : g > 0.004 ? <strong>{fmt.num(g)}</strong> : m('gaps.ok')}
              </td>
            );
          })}
        </tr>
        {lines.map((i) => {
          const ind = fw?.indicators.find((d) => d.id === i);
          return (
            <tr key={i}>
              <th scope="row">
                {m('side.indicator', { id: i })}
                {ind ? <span className="muted small ind-name"> {pick(ind.nameTh, ind.nameEn)}</span> : null}
              </th>
              {agencies.map((a) => {
                const g = gapOf(a.row, i);
                if (g !== g)
                  return (
                    <td key={a.key} className="num">
                      —
                    </td>
                  );
                if (g <= 0.004)
                  return (
                    <td key={a.key} className="num muted">
                      {m('gaps.ok')}
                    </td>
                  );
                return (
                  <td key={a.key} className="num">
                    <span className="gap-value">{m('gaps.cell', { gap: fmt.num(g) })}</span>
                    <span className="muted small gap-cost">
                      {m('gaps.cost', { points: fmt.num(overallPointsOf(ind?.weight ?? 0, g)) })}
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </DataTable>
      {lines.length === 0 ? <p className="muted">{m('gaps.none')}</p> : null}
    </section>
  );
}
