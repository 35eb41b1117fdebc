import { useMemo } from 'react';
import type { Analysis } from '@analysis/analyse';
import type { MeasureCatalogue } from '@analysis/measures/types';
import { Notice } from '@/shared/ui/notice';
import { useUserCatalogue } from '@/shared/catalogue/user-catalogue';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { codeText } from '../lib/code-text';
import { groupMeasures, measuresOfIndicator, type MeasureGroup } from '../lib/measure-groups';
import { gapMessages } from '../messages';

function Group({ g, analysis }: { g: MeasureGroup; analysis: Analysis }) {
  const m = useMessages(gapMessages);
  const { fmt, pick, lang } = useI18n();
  return (
    <section className="gap-measure-group" aria-labelledby={`gm-${g.code}`} data-code={g.code}>
      <h3 id={`gm-${g.code}`}>
        <span className="gap-code">{g.code}</span> {codeText(analysis.framework, g.code, lang)}
        {g.score === null ? null : (
          <span className="muted small">
            {' · '}
            {/^O\d/.test(g.code) && (g.score === 0 || g.score === 100)
              ? m(g.score === 100 ? 'oit.status.pass' : 'oit.status.fail', { score: '' })
              : m('measures.score', { score: fmt.num(g.score) })}
          </span>
        )}
        {g.inPath ? <span className="gap-tag gap-tag-path">{m('measures.inPath')}</span> : null}
      </h3>
      <ul className="gap-measures">
        {g.measures.map((x) => (
          <li key={x.id} className="gap-measure">
            <p className="gap-measure-title">
              <strong>{pick(x.titleTh, x.titleEn)}</strong>{' '}
              <span className="gap-tag">{m(`effort.${x.effort}`)}</span>
            </p>
            <ol className="small">
              {(lang === 'th' ? x.stepsTh : x.stepsEn.length ? x.stepsEn : x.stepsTh).map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
            <p className="small muted">
              {m('measures.meta', {
                unit: pick(x.unitTh, x.unitEn || x.unitTh),
                time: x.timeframe,
                evidence: pick(x.evidenceTh, x.evidenceEn || x.evidenceTh),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Suggested measures (the built-in catalogue, or the user's) for the path's codes and every other weak one; for an
 * indicator known only as a whole, the measures of its questions or items to choose from.
 */
export function MeasuresPanel({
  analysis,
  catalogue,
  loading,
}: {
  analysis: Analysis;
  catalogue: MeasureCatalogue | undefined;
  loading: boolean;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const user = useUserCatalogue();
  // Name the catalogue the suggestions really come from: the built-in one, the user's, or both.
  const builtin = m('measures.builtinName');
  const source = !user
    ? builtin
    : m(user.mode === 'replace' ? 'measures.sourceReplaced' : 'measures.sourceAdded', {
        builtin,
        user: user.name,
      });
  const { assessment: a, framework: fw, path } = analysis;
  const groups = useMemo(
    () => groupMeasures(analysis.measures, a, fw, new Set(path?.steps.map((s) => s.code) ?? [])),
    [analysis.measures, a, fw, path],
  );
  const wholeIndicators = useMemo(() => {
    if (!catalogue) return [];
    const withParts = new Set(a.codes.map((c) => c.indicator));
    const inPath = new Set(
      path?.steps.filter((s) => s.kind === 'indicator').map((s) => Number(s.code)) ?? [],
    );
    return a.indicators
      .filter((i) => i.score !== null && !withParts.has(i.id) && (i.score < a.threshold || inPath.has(i.id)))
      .map((i) => ({ ind: i, groups: measuresOfIndicator(catalogue, fw, i.id) }));
  }, [catalogue, a, fw, path]);
  return (
    <section className="panel" aria-labelledby="gap-measures-title" data-testid="measures">
      <h2 id="gap-measures-title">{m('measures.title')}</h2>
      <p className="muted small">{m('measures.intro', { source })}</p>
      {loading ? <p className="muted">{m('measures.loading')}</p> : null}
      {!loading && !catalogue ? <Notice tone="warning">{m('measures.failed')}</Notice> : null}
      {groups.map((g) => (
        <Group key={g.code} g={g} analysis={analysis} />
      ))}
      {wholeIndicators.map(({ ind, groups: gs }) => (
        <details key={ind.id} className="gap-measure-indicator" open={wholeIndicators.length === 1}>
          <summary>
            {m('measures.wholeIndicator', {
              id: fmt.digits(String(ind.id)),
              name: pick(ind.nameTh, ind.nameEn),
              score: fmt.num(ind.score),
              n: fmt.int(gs.length),
            })}
          </summary>
          {gs.map((g) => (
            <Group key={g.code} g={g} analysis={analysis} />
          ))}
        </details>
      ))}
      {catalogue && groups.length === 0 && wholeIndicators.length === 0 ? <p>{m('measures.none')}</p> : null}
    </section>
  );
}
