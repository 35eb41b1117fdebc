import { useId, useState } from 'react';
import type { Unplaced } from '@analysis/ingest/text/types';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { documentMessages } from '../document-messages';
import { editOf, placeFinding, placeTargets, type Draft } from '../lib/reading-draft';
import { whereLabel } from '../lib/reading-labels';

/** A finding the reader could not tie to one question: the user chooses the question. */
function PlaceFinding({
  draft,
  index,
  onChange,
}: {
  draft: Draft;
  index: number;
  onChange: (d: Draft) => void;
}) {
  const m = useMessages(documentMessages);
  const { fmt } = useI18n();
  const u = draft.reading.unplaced[index] as Unplaced;
  const targets = placeTargets(draft, index);
  const [chosen, setChosen] = useState(targets[0]?.id ?? '');
  const placed = draft.placed[index];
  if (placed) {
    const v = draft.reading.values.find((x) => x.id === placed);
    return <p className="small">{m('placedTo', { code: v ? editOf(draft, v).code : '' })}</p>;
  }
  if (targets.length === 0) return null;
  return (
    <form
      className="place-finding"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onChange(placeFinding(draft, index, chosen));
      }}
    >
      <Field label={m('placeLabel', { share: u.share ?? '' })}>
        {(id) => (
          <select id={id} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
            {targets.map((v) => (
              <option key={v.id} value={v.id}>
                {editOf(draft, v).code} — {fmt.digits(whereLabel(m, v.at, v.from))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">{m('place')}</button>
    </form>
  );
}

/** Everything data-like that was not used: findings to place, questions without a score, lines not understood. */
export function ReadingUnplaced({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const m = useMessages(documentMessages);
  const { fmt, pick } = useI18n();
  const id = useId();
  const list = draft.reading.unplaced;
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={id} className="reading-unplaced">
      <h4 id={id}>{m('unplacedTitle', { n: fmt.int(list.length) })}</h4>
      <p className="muted small">{m('unplacedIntro')}</p>
      <ul>
        {list.map((u, i) => (
          <li key={`${u.at.page ?? 0}-${u.at.line}-${i}`}>
            <p>
              <strong className="nowrap">{fmt.digits(whereLabel(m, u.at))}</strong> <q>{u.text}</q>
            </p>
            <p className="small muted">{pick(u.reason.th, u.reason.en)}</p>
            {u.kind === 'finding' && u.share !== undefined ? (
              <PlaceFinding draft={draft} index={i} onChange={onChange} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
