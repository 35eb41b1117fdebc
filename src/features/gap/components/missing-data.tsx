import { useMemo } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { missingSummary } from '../lib/missing-summary';
import { gapMessages } from '../messages';

/**
 * What the data lack, said plainly: indicators without a score (so no overall) and every absent question
 * or item by name. Nothing missing is counted as zero; an indicator-only file gets the indicator-level
 * analysis and this note says what more would add.
 */
export function MissingData({ a, fw }: { a: Assessment; fw: Framework }) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const list = useMemo(() => missingSummary(a, fw), [a, fw]);
  const levels = [
    a.levels.indicator ? m('missing.level.indicator') : null,
    a.levels.IIT ? m('missing.level.IIT') : null,
    a.levels.EIT ? m('missing.level.EIT') : null,
    a.levels.OIT ? m('missing.level.OIT') : null,
  ].filter(Boolean);
  const onlyIndicators = !a.levels.IIT && !a.levels.EIT && !a.levels.OIT;
  return (
    <section
      className={list.length ? 'panel panel-attention' : 'panel'}
      aria-labelledby="gap-missing-title"
      data-testid="missing-data"
    >
      <h2 id="gap-missing-title">{m('missing.title')}</h2>
      <p>{m('missing.levels', { levels: levels.join(', ') || m('missing.none') })}</p>
      {onlyIndicators ? <p className="muted small">{m('missing.onlyIndicators')}</p> : null}
      {list.length === 0 ? (
        <p>{m('missing.complete')}</p>
      ) : (
        <>
          <p>{m(a.overall === null ? 'missing.noOverall' : 'missing.some')}</p>
          <ul className="gap-missing">
            {list.map((i) => (
              <li key={i.id}>
                <strong>
                  {m('missing.indicator', { id: fmt.digits(String(i.id)), name: pick(i.nameTh, i.nameEn) })}
                </strong>
                {i.scoreMissing ? <span className="gap-flag"> {m('missing.noScore')}</span> : null}
                {i.codes.length ? (
                  <ul className="small">
                    {i.codes.map((c) => (
                      <li key={c.code}>
                        <span className="gap-code">{c.code}</span> {pick(c.textTh, c.textEn)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
