import type { CSSProperties } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';
import { round } from '@analysis/scoring/round';
import { Notice } from '@/shared/ui/notice';
import { Stat } from '@/shared/ui/stat';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { ratingHoldBack, toolStanding, type PreviousYear } from '../lib/score-summary';
import { gapMessages } from '../messages';

function signed(v: number, num: (v: number) => string): string {
  const r = round(v, 2);
  return r > 0 ? `+${num(r)}` : r < 0 ? `−${num(-r)}` : num(0);
}

/** One tool against 85 and 95: score, a bar with both marks (decorative), and the same in words. */
function ToolRow({ fw, a, tool }: { fw: Framework; a: Assessment; tool: 'IIT' | 'EIT' | 'OIT' }) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const def = fw.tools.find((x) => x.id === tool);
  const score = a.tools[tool];
  const standing = toolStanding(score, a.threshold);
  const words =
    score === null
      ? m('card.toolUnknown')
      : standing === 'top'
        ? m('card.toolTop')
        : standing === 'pass'
          ? m('card.toolPass', { short: fmt.num(95 - round(score, 2)) })
          : m('card.toolBelow', { short: fmt.num(a.threshold - round(score, 2)) });
  return (
    <li className={`gap-tool gap-tool-${standing}`} data-testid={`tool-${tool}`}>
      <div className="gap-tool-head">
        <span>
          <strong>{tool}</strong>{' '}
          <span className="muted small">{def ? pick(def.nameTh, def.nameEn) : ''}</span>
        </span>
        <strong className="gap-tool-score">{fmt.num(score)}</strong>
      </div>
      <div className="gap-meter" aria-hidden="true" style={{ '--v': `${score ?? 0}%` } as CSSProperties}>
        <span className="gap-meter-fill" />
        <span className="gap-meter-mark" style={{ left: '85%' }} />
        <span className="gap-meter-mark" style={{ left: '95%' }} />
      </div>
      <p className="small gap-tool-words">{words}</p>
    </li>
  );
}

/**
 * The headline of the analysis: overall, rating by the year's rules, pass/fail against 85 and points
 * needed, change against the previous year, framework year, the three tools against 85 and 95, and, when
 * a tool is what holds the rating down, that sentence.
 */
export function ScoreCard({
  a,
  fw,
  previous,
}: {
  a: Assessment;
  fw: Framework;
  previous: PreviousYear | null;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const holdBack = ratingHoldBack(a, fw);
  const overallKnown = a.overall !== null;
  const shown = a.officialOverall;
  const change = previous && previous.overall !== null && shown !== null ? shown - previous.overall : null;
  const scheme = fw.ratings.map((l) => pick(l.labelTh, l.labelEn)).join(' · ');
  const notVerified = Object.entries(fw.verification).some(
    ([k, v]) => k !== 'notesTh' && k !== 'notesEn' && v !== 'verified',
  );
  return (
    <section className="panel gap-card" aria-labelledby="gap-card-title" data-testid="score-card">
      <h2 id="gap-card-title">{m('card.title')}</h2>
      <dl className="stats">
        <Stat
          label={m('card.overall')}
          value={
            shown === null ? (
              <span className="gap-unknown">{m('card.unknown')}</span>
            ) : (
              <span data-testid="overall">{fmt.num(shown)}</span>
            )
          }
          detail={
            shown === null ? m('card.unknownWhy') : !overallKnown ? m('card.publishedOnly') : m('card.outOf')
          }
        />
        <Stat
          label={m('card.rating')}
          value={
            a.rating ? (
              <span className={`rating ${a.pass ? 'rating-pass' : 'rating-fail'}`} data-testid="rating">
                {pick(a.rating.labelTh, a.rating.labelEn)}
              </span>
            ) : (
              <span className="gap-unknown">{m('card.unknown')}</span>
            )
          }
          detail={m('card.scheme', { levels: scheme })}
        />
        <Stat
          label={m('card.pass', { threshold: fmt.num(a.threshold, 0) })}
          value={
            a.pass === null ? (
              <span className="gap-unknown">{m('card.unknown')}</span>
            ) : a.pass ? (
              <span className="rating rating-pass">✓ {m('card.passed')}</span>
            ) : (
              <span className="rating rating-fail">✗ {m('card.failed')}</span>
            )
          }
          detail={
            a.pointsToPass === null
              ? m('card.unknownWhy')
              : a.pointsToPass > 0
                ? m('card.needs', { points: fmt.num(a.pointsToPass) })
                : m('card.above', { points: fmt.num(round(a.overall ?? 0, 2) - a.threshold) })
          }
        />
        <Stat
          label={previous ? m('card.change', { year: fmt.year(previous.year) }) : m('card.changeNone')}
          value={
            change === null ? (
              <span className="gap-unknown">{m('card.noValue')}</span>
            ) : (
              // Coloured by sign (the sign itself says it too): green up, red down.
              <span
                className={round(change, 2) > 0 ? 'gap-up' : round(change, 2) < 0 ? 'gap-down' : undefined}
              >
                {signed(change, fmt.num)}
              </span>
            )
          }
          detail={
            previous
              ? previous.overall === null
                ? m('card.prevUnknown')
                : m('card.prevWas', { score: fmt.num(previous.overall) })
              : m('card.prevMissing')
          }
        />
        <Stat
          label={m('card.framework')}
          value={fmt.year(a.framework)}
          detail={
            a.framework !== a.year
              ? m('card.frameworkBorrowed', { year: fmt.year(a.year) })
              : notVerified
                ? m('card.frameworkPartly')
                : m('card.frameworkVerified')
          }
        />
      </dl>
      <h3 className="gap-tools-title">{m('card.tools')}</h3>
      <ul className="gap-tools">
        <ToolRow fw={fw} a={a} tool="IIT" />
        <ToolRow fw={fw} a={a} tool="EIT" />
        <ToolRow fw={fw} a={a} tool="OIT" />
      </ul>
      {holdBack ? (
        <Notice tone="warning">
          <span data-testid="hold-back">
            {m(holdBack.tools.length === 1 ? 'card.holdBackOne' : 'card.holdBackMany', {
              overall: fmt.num(a.overall),
              reachable: pick(holdBack.reachable.labelTh, holdBack.reachable.labelEn),
              actual: pick(holdBack.actual.labelTh, holdBack.actual.labelEn),
              tools: holdBack.tools.map((t) => `${t.tool} ${fmt.num(t.score)}`).join(', '),
              need: fmt.num(holdBack.tools[0]?.need ?? 85, 0),
            })}
          </span>
        </Notice>
      ) : null}
    </section>
  );
}
