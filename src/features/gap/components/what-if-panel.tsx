import { DataTable } from '@/shared/ui/data-table';
import { useMemo } from 'react';
import type { Analysis } from '@analysis/analyse';
import { whatIf, type WhatIfChanges } from '@analysis/gaps/what-if';
import { round } from '@analysis/scoring/round';
import { Stat } from '@/shared/ui/stat';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { countEdits, editCode, editIndicator } from '../lib/what-if-edits';
import { gapMessages } from '../messages';
import { ScoreInput } from './score-input';

function delta(now: number | null, was: number | null, num: (v: number) => string): string {
  if (now === null || was === null) return '';
  const d = round(now, 2) - round(was, 2);
  return Math.abs(d) < 0.005 ? '' : d > 0 ? ` (+${num(d)})` : ` (−${num(-d)})`;
}

/**
 * Change indicator, question or item values and watch the overall, the tools, the rating and the pass
 * move live; apply the path's steps in one click; reset to the actual figures. Edits stay on this page.
 */
export function WhatIfPanel({
  analysis,
  edits,
  setEdits,
  onApplyPath,
}: {
  analysis: Analysis;
  edits: WhatIfChanges;
  setEdits: (e: WhatIfChanges) => void;
  onApplyPath: () => void;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const { assessment: a, framework: fw, path } = analysis;
  const r = useMemo(() => whatIf(a, fw, edits), [a, fw, edits]);
  const n = countEdits(edits);
  const codesOf = (id: number) => a.codes.filter((c) => c.indicator === id);
  return (
    <section className="panel" aria-labelledby="gap-whatif-title">
      <h2 id="gap-whatif-title">{m('whatif.title')}</h2>
      <p className="muted small">{m('whatif.intro')}</p>
      <div className="gap-whatif-result" aria-live="polite" data-testid="whatif-result">
        <dl className="stats">
          <Stat
            label={m('whatif.overall')}
            value={<span data-testid="whatif-overall">{fmt.num(r.overall)}</span>}
            detail={
              r.overall === null
                ? m('card.unknownWhy')
                : m('whatif.was', { was: fmt.num(a.overall) }) + delta(r.overall, a.overall, fmt.num)
            }
          />
          <Stat
            label={m('card.rating')}
            value={
              r.rating ? (
                <span
                  className={`rating ${r.pass ? 'rating-pass' : 'rating-fail'}`}
                  data-testid="whatif-rating"
                >
                  {pick(r.rating.labelTh, r.rating.labelEn)}
                </span>
              ) : (
                <span className="gap-unknown">{m('card.unknown')}</span>
              )
            }
          />
          <Stat
            label={m('card.pass', { threshold: fmt.num(a.threshold, 0) })}
            value={
              r.pass === null ? (
                <span className="gap-unknown">{m('card.unknown')}</span>
              ) : r.pass ? (
                <span className="rating rating-pass" data-testid="whatif-pass">
                  ✓ {m('card.passed')}
                </span>
              ) : (
                <span className="rating rating-fail" data-testid="whatif-pass">
                  ✗ {m('card.failed')}
                </span>
              )
            }
            detail={r.pointsToPass ? m('card.needs', { points: fmt.num(r.pointsToPass) }) : undefined}
          />
          {(['IIT', 'EIT', 'OIT'] as const).map((t) => (
            <Stat
              key={t}
              label={t}
              value={fmt.num(r.tools[t])}
              detail={delta(r.tools[t], a.tools[t], fmt.num).trim() || undefined}
            />
          ))}
        </dl>
      </div>
      <div className="actions no-print">
        <button
          type="button"
          className="primary"
          onClick={onApplyPath}
          disabled={!path || path.steps.length === 0}
        >
          {m('whatif.applyPath', { n: fmt.int(path?.steps.length ?? 0) })}
        </button>
        <button type="button" onClick={() => setEdits({})} disabled={n === 0}>
          {m('whatif.reset')}
        </button>
        <span className="muted small gap-actions-note" aria-live="polite">
          {m('whatif.edited', { n: fmt.int(n) })}
        </span>
      </div>
      <DataTable
        columns={[
          { label: m('ind.col.indicator') },
          { label: m('whatif.actual'), num: true },
          { label: m('whatif.value') },
        ]}
        caption={m('whatif.caption')}
        className="stack gap-whatif-table"
      >
        {a.indicators.map((i) => {
          const name = `${fmt.digits(String(i.id))}. ${pick(i.nameTh, i.nameEn)}`;
          const edited = edits.indicators?.[i.id] !== undefined;
          const parts = codesOf(i.id);
          const codeEdits = parts.filter((c) => edits.codes?.[c.code] !== undefined).length;
          return (
            <tr key={i.id}>
              <th scope="row">
                {name} <span className="gap-tag">{i.tool}</span>
                {parts.length ? (
                  <details className="gap-parts">
                    <summary>
                      {m(i.tool === 'OIT' ? 'whatif.items' : 'whatif.questions', {
                        n: fmt.int(parts.length),
                        edited: fmt.int(codeEdits),
                      })}
                    </summary>
                    {edited && codeEdits ? <p className="small gap-note">{m('whatif.override')}</p> : null}
                    <ul className="gap-part-list">
                      {parts.map((c) => {
                        const v = edits.codes?.[c.code] ?? c.score;
                        const text = `${c.code} ${pick(c.textTh, c.textEn)}`;
                        const binary = c.tool === 'OIT' && (c.score === 0 || c.score === 100);
                        return (
                          <li key={c.code}>
                            <span className="gap-part-name">{text}</span>
                            <span className="muted small">
                              {m('whatif.actualShort', { v: fmt.num(c.score) })}
                            </span>
                            {binary ? (
                              <label className="gap-check">
                                <input
                                  type="checkbox"
                                  checked={v >= 100}
                                  onChange={(e) =>
                                    setEdits(
                                      editCode(edits, c.code, e.currentTarget.checked ? 100 : 0, c.score),
                                    )
                                  }
                                />
                                {m('whatif.itemPassed')}
                                <span className="visually-hidden"> {c.code}</span>
                              </label>
                            ) : (
                              <ScoreInput
                                value={v}
                                label={m('whatif.valueOf', { what: text })}
                                edited={edits.codes?.[c.code] !== undefined}
                                onChange={(x) => setEdits(editCode(edits, c.code, x, c.score))}
                              />
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </details>
                ) : null}
              </th>
              <td className="num" data-label={m('whatif.actual')}>
                {fmt.num(i.score)}
              </td>
              <td data-label={m('whatif.value')}>
                {i.score === null ? (
                  <span className="gap-unknown">{m('ind.missing')}</span>
                ) : (
                  <span className="gap-whatif-value">
                    <ScoreInput
                      value={edits.indicators?.[i.id] ?? r.indicators[i.id]}
                      label={m('whatif.valueOf', { what: name })}
                      edited={edited}
                      onChange={(x) => setEdits(editIndicator(edits, i.id, x, i.score))}
                    />
                    <span className="gap-moved">
                      {delta(r.indicators[i.id] ?? null, i.score, fmt.num).trim()}
                    </span>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
