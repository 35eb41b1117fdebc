import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Measure } from '@analysis/measures/types';
import type { PlanIssue } from '@analysis/plans/types';
import { timeframeText } from '@analysis/plans/timeframe';
import { Field } from '@/shared/ui/field';
import { useCatalogue } from '@/shared/catalogue/use-catalogue';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { searchCatalogue } from '../lib/catalogue-search';
import { planMessages } from '../messages';
import { useEditor } from './editor-context';

export interface CataloguePickerProps {
  issue: PlanIssue;
  /** Catalogue ids already in the plan. */
  inPlan: ReadonlySet<string>;
  onAdd: (m: Measure) => void;
  onClose: () => void;
  headingId: string;
}

/** The catalogue beside an issue: its codes' measures first, searchable by code or words; "add" copies one in. */
export function CataloguePicker({ issue, inPlan, onAdd, onClose, headingId }: CataloguePickerProps) {
  const m = useMessages(planMessages);
  const { fmt, pick } = useI18n();
  const { lang, planYear, basedOnYear } = useEditor();
  const catalogue = useCatalogue();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const countId = useId();
  const codes = useMemo(() => issue.questions.map((q) => q.code), [issue.questions]);
  const measures = catalogue.data?.measures;
  // The catalogue covers the framework years it was written for: use the nearest one.
  const year = useMemo(() => {
    if (!measures?.length) return basedOnYear;
    const lo = Math.min(...measures.map((x) => x.years[0]));
    const hi = Math.max(...measures.map((x) => x.years[1]));
    return Math.min(hi, Math.max(lo, basedOnYear));
  }, [measures, basedOnYear]);
  const hits = useMemo(
    () => (measures ? searchCatalogue(measures, { text: query, codes, year }) : { items: [], total: 0 }),
    [measures, query, codes, year],
  );
  return (
    <section
      className="catalogue-picker"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="item-head">
        <h4 id={headingId}>{m('cat.title')}</h4>
        <button type="button" className="quiet push-right" onClick={onClose}>
          {m('cat.close')}
        </button>
      </div>
      {catalogue.isError ? (
        <p className="notice notice-error">{m('cat.failed', { detail: catalogue.error.message })}</p>
      ) : !measures ? (
        <p className="muted">{m('cat.loading')}</p>
      ) : (
        <>
          <Field label={m('cat.search')} grow>
            {(id) => (
              <input
                id={id}
                type="search"
                autoFocus
                value={text}
                placeholder={m('cat.searchPlaceholder')}
                aria-describedby={countId}
                onChange={(e) => setText(e.currentTarget.value)}
              />
            )}
          </Field>
          <p id={countId} className="muted small" aria-live="polite">
            {query.trim()
              ? hits.total
                ? m('cat.count', {
                    total: fmt.int(hits.total),
                    more:
                      hits.total > hits.items.length
                        ? m('cat.more', { shown: fmt.int(hits.items.length) })
                        : '',
                  })
                : m('cat.none')
              : codes.length
                ? m('cat.forCodes', { codes: codes.join(', ') })
                : m('cat.noCodes')}
          </p>
          <ul className="catalogue-list">
            {hits.items.map((x) => {
              const name = pick(x.titleTh, x.titleEn || x.titleTh);
              const steps = lang === 'th' ? x.stepsTh : x.stepsEn.length ? x.stepsEn : x.stepsTh;
              return (
                <li key={x.id} className="catalogue-item" data-testid="catalogue-item">
                  <div className="catalogue-text">
                    <p className="catalogue-title">
                      <span className="code-chip">{x.code}</span> {name}
                      {inPlan.has(x.id) ? <span className="muted small"> · {m('cat.inPlan')}</span> : null}
                    </p>
                    <p className="muted small">
                      {fmt.digits(
                        [
                          pick(x.unitTh, x.unitEn || x.unitTh),
                          timeframeText(x.timeframe, planYear, lang, 'quarters'),
                          m('cat.effort', { effort: m(`cat.effort${x.effort}`) }),
                        ].join(' · '),
                      )}
                    </p>
                    {steps.length ? (
                      <p className="small catalogue-steps">
                        {fmt.digits(steps.map((s, i) => `${i + 1}. ${s}`).join(' '))}
                      </p>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="primary"
                    aria-label={m('cat.addLabel', { name })}
                    onClick={() => onAdd(x)}
                  >
                    {m('cat.add')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
