import { useId, useState } from 'react';
import { thaiDate } from '@analysis/plans/report';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dateDraft, setDateDraft } from '../lib/date-drafts';
import { dateInputText, parseDateInput } from '../lib/dates';
import { reportMessages } from '../messages';

export interface DateFieldProps {
  label: string;
  /** ISO date stored, or null. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** A problem with the date's relation to another, or its absence (shown when the text is readable). */
  warning?: string | null;
  /** Where an unreadable text is kept while the card is redrawn (lib/date-drafts.ts). */
  draftKey?: string;
}

/**
 * A date typed in the Buddhist Era as Thai offices write it (`1/10/2567`, `1 ต.ค. 2567`); what it was
 * read as is shown beside it. Only a readable date (or an empty box) is saved.
 */
export function DateField({ label, value, onChange, warning, draftKey }: DateFieldProps) {
  const m = useMessages(reportMessages);
  const { fmt } = useI18n();
  const id = useId();
  const [text, setText] = useState(() => (draftKey && dateDraft(draftKey)) || dateInputText(value));
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    // The date changed elsewhere (undo, another tab): show it, unless the box holds what it was read from.
    setShownFor(value);
    const p = parseDateInput(text);
    if (p === 'invalid' || p !== value) setText(dateInputText(value));
  }
  const parsed = parseDateInput(text);
  const invalid = parsed === 'invalid';
  const shown = invalid ? null : parsed;
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={m('field.datePlaceholder')}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const p = parseDateInput(next);
          if (draftKey) setDateDraft(draftKey, p === 'invalid' ? next : null);
          if (p !== 'invalid' && p !== value) onChange(p);
        }}
        onBlur={() => {
          if (parsed !== 'invalid') setText(dateInputText(parsed));
        }}
      />
      <span id={`${id}-help`} className={invalid || warning ? 'field-error' : 'muted small'}>
        {invalid
          ? m('field.dateInvalid')
          : shown
            ? [fmt.digits(m('field.dateIs', { date: thaiDate(shown) })), warning].filter(Boolean).join(' · ')
            : warning || m('field.dateHint')}
      </span>
    </div>
  );
}
