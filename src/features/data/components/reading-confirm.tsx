import { useId } from 'react';
import type { Proposal } from '@analysis/ingest/text/types';
import { Field } from '@/shared/ui/field';
import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { documentMessages } from '../document-messages';
import { useDraftCheck } from '../hooks/use-draft-check';
import { missingForUse, type Draft } from '../lib/reading-draft';
import { whereLabel } from '../lib/reading-labels';
import { ReadingUnplaced } from './reading-unplaced';
import { ReadingValues } from './reading-values';

/** A field the document proposes a value for: where it was read, and the other values the document names. */
function ProposedField<T extends string | number>({
  label,
  value,
  proposals,
  onChange,
  inputMode,
}: {
  label: string;
  value: string;
  proposals: readonly Proposal<T>[];
  onChange: (v: string) => void;
  inputMode?: 'numeric';
}) {
  const m = useMessages(documentMessages);
  const { fmt, pick } = useI18n();
  const first = proposals.find((p) => String(p.value) === value.trim());
  const others = [...new Set(proposals.map((p) => String(p.value)))].filter((v) => v !== value.trim());
  return (
    <Field label={label}>
      {(id) => (
        <>
          <input
            id={id}
            value={value}
            inputMode={inputMode}
            aria-describedby={`${id}-from`}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
          <span id={`${id}-from`} className="small muted">
            {first
              ? m('proposedFrom', {
                  where: fmt.digits(whereLabel(m, first.at)),
                  why: pick(first.why.th, first.why.en),
                })
              : value.trim() === ''
                ? m('noProposal')
                : ''}
          </span>
          {others.length > 0 ? (
            <span className="small proposals">
              {m('alsoNamed')}{' '}
              {others.map((o) => (
                <button key={o} type="button" className="link-button" onClick={() => onChange(o)}>
                  {m('useThis', { value: inputMode ? fmt.digits(o) : o })}
                </button>
              ))}
            </span>
          ) : null}
        </>
      )}
    </Field>
  );
}

/**
 * The confirm step: agency and year (proposed from the heading), every value beside the line it came from,
 * editable, what was not understood, and the check of the confirmed values as ingest reads them; then the
 * values are used as the dataset's file.
 */
export function ReadingConfirm({
  draft,
  onChange,
  onUse,
  onDiscard,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  onUse: () => void;
  onDiscard: () => void;
}) {
  const m = useMessages(documentMessages);
  const { fmt, pick } = useI18n();
  const id = useId();
  const { check, checking } = useDraftCheck(draft);
  const r = draft.reading;
  const missing = missingForUse(draft);
  const row = check?.rows[0];
  return (
    <section aria-labelledby={id} className="reading-confirm">
      <h3 id={id}>{m('confirmTitle', { name: r.name })}</h3>
      {r.failure ? <Notice tone="error">{pick(r.failure.th, r.failure.en)}</Notice> : null}
      {!r.failure && r.values.length === 0 ? <Notice tone="warning">{m('noValues')}</Notice> : null}
      {r.values.length > 0 ? (
        <p>
          {r.kind === 'pdf'
            ? m('confirmIntro', { values: fmt.int(r.values.length), pages: fmt.int(r.pages) })
            : m('confirmIntroText', { values: fmt.int(r.values.length) })}
        </p>
      ) : null}
      <div className="reading-heading">
        <ProposedField
          label={m('org')}
          value={draft.org}
          proposals={r.orgs}
          onChange={(org) => onChange({ ...draft, org })}
        />
        <ProposedField
          label={m('year')}
          value={draft.year}
          proposals={r.years}
          inputMode="numeric"
          onChange={(year) => onChange({ ...draft, year })}
        />
      </div>
      {r.values.length > 0 ? (
        <ReadingValues draft={draft} onChange={onChange} problems={check?.byValue ?? {}} />
      ) : null}
      <ReadingUnplaced draft={draft} onChange={onChange} />
      {r.values.length > 0 ? (
        <div className="reading-check" role="status" aria-live="polite">
          {checking || !check ? (
            <p className="muted">{m('checking')}</p>
          ) : (
            <>
              <p>
                {m('checked', { kept: fmt.int(check.kept) })}
                {check.errors > 0 ? ` · ${m('checkErrors', { n: fmt.int(check.errors) })}` : ''}
              </p>
              {row && !Number.isNaN(row.overall) ? (
                <p className="reading-overall" data-testid="reading-overall">
                  {m('overallIs', {
                    overall: fmt.num(row.overall),
                    rating: pick(row.ratingTh ?? '', row.ratingEn ?? ''),
                  })}
                </p>
              ) : row ? (
                <p className="muted">{m('overallNone', { why: m('overallNoneWhy') })}</p>
              ) : null}
              {check.general.map((p, i) => (
                <p key={`${p.kind}-${i}`} className={`small sev-${p.severity}`}>
                  {pick(p.message_th, p.message_en)}
                </p>
              ))}
            </>
          )}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={missing.length > 0} onClick={onUse}>
          {m('use')}
        </button>
        <button type="button" onClick={onDiscard}>
          {m('discard')}
        </button>
      </div>
      {missing.length > 0 && r.values.length > 0 ? (
        <p className="small muted">
          {missing
            .map((k) => m(k === 'values' ? 'needValues' : k === 'org' ? 'needOrg' : 'needYear'))
            .join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
