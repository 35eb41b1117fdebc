import { DataTable } from '@/shared/ui/data-table';
import { useMemo } from 'react';
import type { Analysis } from '@analysis/analyse';
import { changesFromPath, whatIf } from '@analysis/gaps/what-if';
import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useGapParams } from '../hooks/use-gap-params';
import { codeText } from '../lib/code-text';
import { hasControls, NO_CONTROLS, setCap, toggleExclude, toggleLock } from '../lib/path-controls';
import { gapMessages } from '../messages';
import { DEFAULT_MARGIN } from '@analysis/gaps/path';
import { CapInput } from './cap-input';
import { MarginPicker } from './margin-picker';
import { TargetPicker } from './target-picker';

/**
 * The path to the chosen target: the least-effort raises that reach it plus a safety margin, each with
 * the points it adds, the running overall (and tools, for a level with tool lines) and its effort. Lock, leave out or cap any step; the path is recomputed at
 * once (the controls live in the URL). "Try it" carries the steps into the what-if.
 */
export function PathPanel({
  analysis,
  badTarget,
  onApply,
}: {
  analysis: Analysis;
  badTarget: boolean;
  onApply: () => void;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick, lang } = useI18n();
  const [params, setParams] = useGapParams();
  const { assessment: a, framework: fw, path, target } = analysis;
  const controls = params.controls;
  const top = fw.ratings[0];
  const targetValue =
    params.target ?? target?.level?.code ?? (target ? String(target.minOverall) : (top?.code ?? ''));
  const margin = params.margin ?? DEFAULT_MARGIN;
  const tools = target?.minEachTool !== undefined;
  const after = useMemo(() => (path ? whatIf(a, fw, changesFromPath(path.steps)) : null), [a, fw, path]);
  const label = (code: string, kind: string) =>
    kind === 'indicator'
      ? m('path.indicator', { id: fmt.digits(code), name: codeText(fw, code, lang) })
      : `${code} ${codeText(fw, code, lang)}`;
  const targetName = target
    ? target.level
      ? m('path.levelName', { label: pick(target.level.labelTh, target.level.labelEn) })
      : m('path.scoreName', { score: fmt.num(target.minOverall) })
    : '';
  let body;
  if (a.overall === null) body = <Notice tone="warning">{m('path.unknown')}</Notice>;
  else if (!target || !path) body = <Notice tone="info">{m('path.top')}</Notice>;
  else if (path.steps.length === 0 && path.reached)
    body = <Notice tone="info">{m('path.already', { target: targetName })}</Notice>;
  else
    body = (
      <>
        <p className="gap-path-summary" data-testid="path-summary">
          {m(target.minEachTool !== undefined ? 'path.summaryTools' : 'path.summary', {
            n: fmt.int(path.steps.length),
            target: targetName,
            from: fmt.num(a.overall),
            to: fmt.num(path.overallAfter),
            tools: fmt.num(target.minEachTool ?? 0, 0),
          })}
        </p>
        <p className="small" data-testid="path-aim">
          {path.aim.minOverall > target.minOverall
            ? m(path.aim.minEachTool !== undefined ? 'path.aimTools' : 'path.aim', {
                margin: fmt.num(path.aim.minOverall - target.minOverall),
                overall: fmt.num(path.aim.minOverall),
                tools: fmt.num(path.aim.minEachTool ?? 0),
              })
            : m(path.aim.minEachTool !== undefined ? 'path.aimBareTools' : 'path.aimBare', {
                overall: fmt.num(path.aim.minOverall),
                tools: fmt.num(path.aim.minEachTool ?? 0),
              })}
        </p>
        {path.reached && !path.marginMet ? (
          <div data-testid="path-margin-unmet">
            <Notice tone="warning">
              {m(hasControls(controls) ? 'path.marginUnmetControls' : 'path.marginUnmet', {
                margin: fmt.num(path.margin),
              })}
            </Notice>
          </div>
        ) : null}
        {!path.reached ? (
          <Notice tone="warning">
            {m(hasControls(controls) ? 'path.notReachedControls' : 'path.notReached', {
              best: fmt.num(path.overallAfter),
            })}
          </Notice>
        ) : null}
        <DataTable
          columns={[
            { label: '#', num: true },
            { label: m('path.col.what') },
            { label: m('path.col.change'), num: true },
            { label: m('path.col.points'), num: true },
            { label: m('path.col.total'), num: true },
            ...(tools ? [{ label: m('path.col.tools'), num: true }] : []),
            { label: m('path.col.effort') },
            { label: m('path.col.controls'), className: 'no-print' },
          ]}
          caption={<>{m('path.caption', { target: targetName })}</>}
          className="stack gap-path-table"
          testId="path-steps"
        >
          {path.steps.map((s, i) => (
            <tr key={s.code} data-code={s.code}>
              <td className="num" data-label={m('path.col.step')}>
                {fmt.int(i + 1)}
              </td>
              <th scope="row">
                {label(s.code, s.kind)} <span className="gap-tag">{s.tool}</span>
                {s.locked ? <span className="gap-tag gap-tag-locked">{m('path.locked')}</span> : null}
              </th>
              <td className="num" data-label={m('path.col.change')}>
                {s.kind === 'item' ? m('path.itemPass') : `${fmt.num(s.from)} → ${fmt.num(s.to)}`}
              </td>
              <td className="num" data-label={m('path.col.points')}>
                +{fmt.num(s.points)}
              </td>
              <td className="num" data-label={m('path.col.total')}>
                <strong>{fmt.num(s.overallAfter)}</strong>
              </td>
              {tools ? (
                <td className="num gap-path-tools" data-label={m('path.col.tools')}>
                  {m('path.toolsAfter', {
                    iit: fmt.num(s.toolsAfter.IIT),
                    eit: fmt.num(s.toolsAfter.EIT),
                    oit: fmt.num(s.toolsAfter.OIT),
                  })}
                </td>
              ) : null}
              <td data-label={m('path.col.effort')}>{m(`effort.${s.effort}`)}</td>
              <td data-label={m('path.col.controls')} className="no-print">
                <div className="gap-controls">
                  <label className="gap-check">
                    <input
                      type="checkbox"
                      checked={controls.lock.includes(s.code)}
                      onChange={() => setParams({ controls: toggleLock(controls, s.code, s.to) }, true)}
                    />
                    {m('path.lock')}
                    <span className="visually-hidden"> {s.code}</span>
                  </label>
                  {s.kind === 'item' ? null : (
                    <span className="gap-cap-field">
                      <span aria-hidden="true">{m('path.cap')}</span>
                      <CapInput
                        value={controls.caps[s.code]}
                        label={m('path.capOf', { code: s.code })}
                        onCommit={(cap) => setParams({ controls: setCap(controls, s.code, cap) }, true)}
                      />
                    </span>
                  )}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => setParams({ controls: toggleExclude(controls, s.code) }, true)}
                  >
                    {m('path.exclude')}
                    <span className="visually-hidden"> {s.code}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
        {after ? (
          <p className="small" data-testid="path-after">
            {m('path.after', {
              overall: fmt.num(after.overall),
              rating: after.rating ? pick(after.rating.labelTh, after.rating.labelEn) : '—',
              iit: fmt.num(after.tools.IIT),
              eit: fmt.num(after.tools.EIT),
              oit: fmt.num(after.tools.OIT),
            })}
          </p>
        ) : null}
        <div className="actions no-print">
          <button type="button" className="primary" onClick={onApply}>
            {m('path.apply')}
          </button>
        </div>
      </>
    );
  const excluded = controls.exclude;
  const hiddenCaps = Object.entries(controls.caps).filter(([c]) => !path?.steps.some((s) => s.code === c));
  return (
    <section className="panel" aria-labelledby="gap-path-title" data-testid="path-panel">
      <h2 id="gap-path-title">{target ? m('path.titleTo', { target: targetName }) : m('path.title')}</h2>
      <p className="muted small">{m('path.intro')}</p>
      <TargetPicker fw={fw} value={targetValue} onChange={(t) => setParams({ target: t })}>
        <MarginPicker value={margin} onChange={(v) => setParams({ margin: v })} />
      </TargetPicker>
      {badTarget ? (
        <Notice tone="warning">{m('path.badTarget', { target: params.target ?? '' })}</Notice>
      ) : null}
      {body}
      {excluded.length || hiddenCaps.length || controls.lock.length ? (
        <div className="gap-set-controls no-print">
          <h3>{m('path.controlsTitle')}</h3>
          <ul>
            {excluded.map((c) => (
              <li key={`x-${c}`}>
                {m('path.excluded', { what: label(c, /^\d+$/.test(c) ? 'indicator' : 'code') })}{' '}
                <button
                  type="button"
                  className="button small"
                  onClick={() => setParams({ controls: toggleExclude(controls, c) }, true)}
                >
                  {m('path.restore')}
                  <span className="visually-hidden"> {c}</span>
                </button>
              </li>
            ))}
            {hiddenCaps.map(([c, v]) => (
              <li key={`c-${c}`}>
                {m('path.capped', {
                  what: label(c, /^\d+$/.test(c) ? 'indicator' : 'code'),
                  cap: fmt.num(v),
                })}{' '}
                <button
                  type="button"
                  className="button small"
                  onClick={() => setParams({ controls: setCap(controls, c, null) }, true)}
                >
                  {m('path.uncap')}
                  <span className="visually-hidden"> {c}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button small"
            onClick={() => setParams({ controls: NO_CONTROLS }, true)}
          >
            {m('path.clearControls')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
