import { DataTable } from '@/shared/ui/data-table';
import { useMemo, useState } from 'react';
import { weakestInGroup } from '@analysis/compare/weakest';
import { toCsv } from '@analysis/exports/csv';
import { round } from '@analysis/scoring/round';
import { Notice } from '@/shared/ui/notice';
import { downloadText, safeFileName } from '@/shared/ui/download';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { CompareModel } from '../lib/compare-model';
import { weakRows, type WeakRow } from '../lib/weak-rows';
import { compareMessages } from '../messages';

const TOP = 10;

function WeakTable({ title, id, rows }: { title: string; id: string; rows: WeakRow[] }) {
  const m = useMessages(compareMessages);
  const { fmt, pick } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TOP);
  return (
    <section className="panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <DataTable
        columns={[
          { label: m('weak.code') },
          { label: m('weak.text') },
          { label: m('weak.below'), num: true },
          { label: m('weak.mean'), num: true },
          { label: m('weak.lost'), num: true },
        ]}
        className="weak-table stack"
        testId={id}
      >
        {shown.map((r) => (
          <tr key={r.code} data-code={r.code} data-below={r.below} data-scored={r.scored}>
            <td data-label={m('weak.code')}>
              <strong>{r.code}</strong>
            </td>
            <td data-label={m('weak.text')}>{pick(r.textTh, r.textEn) || '—'}</td>
            <td className="num" data-label={m('weak.below')}>
              {m('weak.belowCell', {
                below: fmt.int(r.below),
                scored: fmt.int(r.scored),
                pct: fmt.pct((r.below / r.scored) * 100, 1),
              })}
              <span className="share-bar" aria-hidden="true">
                <span style={{ width: `${(r.below / r.scored) * 100}%` }} />
              </span>
            </td>
            <td className="num" data-label={m('weak.mean')}>
              {fmt.num(r.mean)}
            </td>
            <td className="num" data-label={m('weak.lost')}>
              {fmt.num(r.pointsLost / r.scored, 3)}
            </td>
          </tr>
        ))}
      </DataTable>
      {rows.length > TOP ? (
        <button type="button" className="quiet" onClick={() => setAll(!all)} aria-expanded={all}>
          {all
            ? m('weak.showTop', { count: fmt.int(TOP) })
            : m('weak.showAll', { count: fmt.int(rows.length) })}
        </button>
      ) : null}
    </section>
  );
}

/** The questions and OIT items that most often hold the scope's agencies below 85 (question-level data only). */
export function WeakCodesPanel({
  model,
  loaded,
  scopeLabel,
}: {
  model: CompareModel;
  loaded: LoadedDataset;
  scopeLabel: string;
}) {
  const m = useMessages(compareMessages);
  const { fmt, pick } = useI18n();
  const { ds, sb, yt, scope } = model;
  const hasQuestions = useMemo(() => loaded.slotCounts.subarray(11).some((n) => n > 0), [loaded.slotCounts]);
  const list = useMemo(() => {
    if (!hasQuestions) return null;
    const groups = new Int32Array(scope.length);
    for (let k = 0; k < scope.length; k++) groups[k] = yt.group[scope[k] as number] as number;
    return weakRows(weakestInGroup(ds, sb, groups), yt.framework);
  }, [hasQuestions, ds, sb, yt, scope]);
  const download = () => {
    if (!list) return;
    const header = ['code', 'tool', m('weak.text'), 'scored', 'below_85', m('weak.mean'), m('weak.lost')];
    const body = [...list.questions, ...list.oit].map((r) => [
      r.code,
      r.tool,
      pick(r.textTh, r.textEn),
      r.scored,
      r.below,
      round(r.mean, 2),
      round(r.pointsLost / r.scored, 4),
    ]);
    downloadText(`${safeFileName(`ita-weak-${model.year}-${scopeLabel}`)}.csv`, toCsv(header, body));
  };
  return (
    <div className="compare-stack">
      <section className="panel" aria-labelledby="weak-title">
        <h2 id="weak-title">{m('weak.title', { scope: scopeLabel })}</h2>
        <p className="muted">{m('weak.caption', { year: fmt.year(model.year) })}</p>
        <p className="muted small">{m('weak.lostNote')}</p>
        {!hasQuestions ? <Notice tone="info">{m('weak.noQuestions')}</Notice> : null}
        {hasQuestions && scope.length === 0 ? <p className="muted">{m('weak.empty')}</p> : null}
        {list && (list.questions.length || list.oit.length) ? (
          <button type="button" onClick={download}>
            {m('weak.csv')}
          </button>
        ) : null}
      </section>
      {list && list.questions.length ? (
        <WeakTable id="weak-questions" title={m('weak.questions')} rows={list.questions} />
      ) : null}
      {list && list.oit.length ? <WeakTable id="weak-oit" title={m('weak.oit')} rows={list.oit} /> : null}
    </div>
  );
}
