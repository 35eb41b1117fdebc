import { DataTable } from '@/shared/ui/data-table';
import { standings } from '@analysis/compare/peers';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { colorOf } from '../lib/agency-style';
import type { Chosen, CompareModel } from '../lib/compare-model';
import { compareMessages } from '../messages';
import { ChangeText } from './change-text';

/** Each chosen agency's rank and percentile among the same type, the same province and the country. */
export function PeerTable({ model, agencies }: { model: CompareModel; agencies: Chosen[] }) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const { yt } = model;
  const bases = [
    ['type', m('peers.type')],
    ['province', m('peers.province')],
    ['country', m('peers.country')],
  ] as const;
  return (
    <section className="panel" aria-labelledby="peers-title">
      <h2 id="peers-title">{m('peers.title')}</h2>
      <p className="muted small">{m('peers.caption', { year: fmt.year(model.year) })}</p>
      <DataTable
        columns={[
          { label: m('peers.agency') },
          { label: m('side.overall'), num: true },
          ...bases.map(([, label]) => ({ label })),
          { label: m('peers.change'), num: true },
        ]}
        className="peer-table stack"
        testId="peer-table"
      >
        {agencies.map((a) => {
          const st = standings(yt, a.row);
          return (
            <tr key={a.key} data-org={a.key}>
              <th scope="row">
                <span
                  className="chosen-swatch small"
                  style={{ background: colorOf(a.index) }}
                  aria-hidden="true"
                >
                  {a.index + 1}
                </span>{' '}
                {a.name}
              </th>
              <td className="num" data-field="overall" data-label={m('side.overall')}>
                {fmt.num(yt.overall[a.row])}
              </td>
              {bases.map(([b, label]) => {
                const s = st.find((x) => x.basis === b);
                if (!s || s.rank === 0)
                  return (
                    <td key={b} data-label={label}>
                      —
                    </td>
                  );
                return (
                  <td
                    key={b}
                    data-label={label}
                    data-field={b}
                    data-rank={s.rank}
                    data-size={s.size}
                    data-percentile={s.percentile.toFixed(2)}
                  >
                    <strong>
                      {fmt.digits(m('peers.rank', { rank: fmt.int(s.rank), size: fmt.int(s.size) }))}
                    </strong>
                    <span className="peer-pct">{m('peers.percentile', { pct: fmt.num(s.percentile) })}</span>
                    {b === 'country' ? null : <span className="muted small peer-group">{s.group}</span>}
                  </td>
                );
              })}
              <td className="num" data-label={m('peers.change')}>
                <ChangeText value={yt.change[a.row] as number} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
