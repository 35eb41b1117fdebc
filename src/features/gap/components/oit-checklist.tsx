import { DataTable } from '@/shared/ui/data-table';
import { useMemo } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import { oitChecklist } from '@analysis/gaps/oit-checklist';
import type { Assessment } from '@analysis/scoring/assessment';
import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { gapMessages } from '../messages';

/**
 * Every OIT item of the year by sub-indicator, passed or not, with the overall points each failed item
 * costs (usually the cheapest points there are). `indicator` limits it to 9 or 10 (the drill-down).
 */
export function OitChecklist({
  a,
  fw,
  indicator = null,
}: {
  a: Assessment;
  fw: Framework;
  indicator?: number | null;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const groups = useMemo(
    () => oitChecklist(a, fw).filter((g) => indicator === null || g.indicator === indicator),
    [a, fw, indicator],
  );
  if (!a.levels.OIT) {
    const ind = a.indicators.filter((i) => i.tool === 'OIT' && (indicator === null || i.id === indicator));
    return (
      <Notice tone="info">
        {m('oit.noItems', {
          scores: ind
            .map((i) => `${fmt.digits(String(i.id))} ${pick(i.nameTh, i.nameEn)} ${fmt.num(i.score)}`)
            .join(' · '),
        })}
      </Notice>
    );
  }
  const items = groups.flatMap((g) => g.items);
  const failed = items.filter((i) => i.status === 'fail' || i.status === 'partial');
  const missing = items.filter((i) => i.status === 'missing');
  const cost = failed.reduce((s, i) => s + (i.cost ?? 0), 0);
  const cheapest = [...failed].sort((x, y) => (y.cost ?? 0) - (x.cost ?? 0)).slice(0, 5);
  return (
    <div className="gap-oit" data-testid={indicator === null ? 'oit-checklist' : 'drill-items'}>
      <p>
        {m('oit.summary', {
          passed: fmt.int(items.filter((i) => i.status === 'pass').length),
          total: fmt.int(items.length),
          failed: fmt.int(failed.length),
          cost: fmt.num(cost),
        })}
        {missing.length ? ` ${m('oit.missingCount', { n: fmt.int(missing.length) })}` : ''}
      </p>
      {indicator === null && cheapest.length ? (
        <p className="gap-cheapest">
          <strong>{m('oit.cheapest')}</strong>{' '}
          {cheapest.map((i) => `${i.code} ${pick(i.titleTh, i.titleEn)} (+${fmt.num(i.cost)})`).join(' · ')}
        </p>
      ) : null}
      {groups.map((g) => (
        <section key={g.subIndicator} className="gap-oit-group" aria-labelledby={`oit-${g.subIndicator}`}>
          <h3 id={`oit-${g.subIndicator}`}>
            {fmt.digits(g.subIndicator)} {pick(g.nameTh, g.nameEn)}{' '}
            <span className="muted small">
              {g.score === null
                ? m('oit.groupUnknown')
                : m('oit.groupScore', {
                    passed: fmt.int(g.items.filter((i) => i.status === 'pass').length),
                    total: fmt.int(g.items.length),
                    score: fmt.num(g.score),
                  })}
            </span>
          </h3>
          <DataTable
            columns={[
              { label: m('oit.col.item') },
              { label: m('oit.col.status') },
              { label: m('oit.col.cost'), num: true },
            ]}
            caption={
              <>
                {fmt.digits(g.subIndicator)} {pick(g.nameTh, g.nameEn)}
              </>
            }
            className="stack gap-oit-table"
            scroll={false}
          >
            {g.items.map((i) => (
              <tr key={i.code} className={i.status === 'pass' ? undefined : 'gap-weak'} data-code={i.code}>
                <th scope="row">
                  <span className="gap-code">{i.code}</span> {pick(i.titleTh, i.titleEn)}
                </th>
                <td data-label={m('oit.col.status')}>
                  <span className={`gap-item-${i.status}`}>
                    {m(`oit.status.${i.status}`, { score: fmt.num(i.score) })}
                  </span>
                </td>
                <td className="num" data-label={m('oit.col.cost')}>
                  {i.status === 'pass'
                    ? fmt.num(0)
                    : i.cost === null
                      ? m('oit.worth', { worth: fmt.num(i.worth) })
                      : `+${fmt.num(i.cost)}`}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
