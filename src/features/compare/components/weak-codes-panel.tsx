import { DataTable } from '@/shared/ui/data-table';
import { useMemo, useState } from 'react';
import { weakestInGroup } from '@analysis/compare/weakest';
import { Notice } from '@/shared/ui/notice';
import { downloadText, safeFileName } from '@/shared/ui/download';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { CompareModel } from '../lib/compare-model';
import { weakCsv } from '../lib/weak-csv';
import { weakRows, type WeakRow } from '../lib/weak-rows';
import { compareMessages } from '../messages';

const TOP = 10;

/**
 * One table of weak codes, ranked by overall points lost per agency. Questions show how many agencies
 * score below 85 and the mean; OIT items (passed or not) show their pass rate instead.
 */
function WeakTable({ title, id, rows, oit }: { title: string; id: string; rows: WeakRow[]; oit: boolean }) {
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
          ...(oit
            ? [{ label: m('weak.passed'), num: true }]
            : [
                { label: m('weak.below'), num: true },
                { label: m('weak.mean'), num: true },
              ]),
          { label: m('weak.lost'), num: true },
        ]}
        className="weak-table stack"
        testId={id}
      >
        {shown.map((r) => (
          <tr
            key={r.code}
            data-code={r.code}
            data-below={r.below}
            data-scored={r.scored}
            data-passed={r.passed ?? undefined}
          >
            <td data-label={m('weak.code')}>
              <strong>{r.code}</strong>
            </td>
            <td data-label={m('weak.text')}>{pick(r.textTh, r.textEn) || '—'}</td>
            {oit ? (
              <td className="num" data-label={m('weak.passed')}>
                {m('weak.passedCell', {
                  passed: fmt.int(r.passed ?? 0),
                  scored: fmt.int(r.scored),
                  pct: fmt.pct(r.passRate ?? 0, 1),
                })}
                <span className="share-bar" aria-hidden="true">
                  <span style={{ width: `${r.passRate ?? 0}%` }} />
                </span>
              </td>
            ) : (
              <>
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
              </>
            )}
            <td className="num" data-label={m('weak.lost')}>
              {fmt.num(r.lostPerAgency, 3)}
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

/** The questions and OIT items that cost the scope's agencies the most overall points (question-level data only). */
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
    const text = weakCsv([...list.questions, ...list.oit], (r) => pick(r.textTh, r.textEn), m('weak.text'));
    downloadText(`${safeFileName(`ita-weak-${model.year}-${scopeLabel}`)}.csv`, text);
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
        <WeakTable id="weak-questions" title={m('weak.questions')} rows={list.questions} oit={false} />
      ) : null}
      {list && list.oit.length ? <WeakTable id="weak-oit" title={m('weak.oit')} rows={list.oit} oit /> : null}
    </div>
  );
}
