import type { ReadValue } from '@analysis/ingest/text/types';
import type { Problem } from '@analysis/problems';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { documentMessages } from '../document-messages';
import { readAs, whereLabel } from '../lib/reading-labels';
import { editOf, withEdit, type Draft } from '../lib/reading-draft';

type M = ReturnType<typeof useMessages<keyof typeof documentMessages.th>>;

function kindLabel(m: M, v: ReadValue): string {
  switch (v.kind) {
    case 'indicator':
      return m('kindIndicator');
    case 'question':
      return m('kindQuestion');
    case 'item':
      return m('kindItem');
    case 'overall':
      return m('kindOverall');
    case 'tool-total':
      return m('kindTool', { tool: v.code });
  }
}

/**
 * The values read, one row each: whether to use it, the page and line it came from, what was read there,
 * and the code, score and negative share, editable; beside them the reader's notes and what the check found.
 */
export function ReadingValues({
  draft,
  onChange,
  problems,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  problems: Record<string, Problem[]>;
}) {
  const m = useMessages(documentMessages);
  const { fmt, pick } = useI18n();
  const where = (v: ReadValue) => fmt.digits(whereLabel(m, v.at, v.from));
  return (
    <div className="table-scroll">
      <table className="table stack reading-values">
        <thead>
          <tr>
            <th scope="col">{m('colUse')}</th>
            <th scope="col">{m('colSource')}</th>
            <th scope="col">{m('colRead')}</th>
            <th scope="col">{m('colCode')}</th>
            <th scope="col">{m('colScore')}</th>
            <th scope="col">{m('colNegative')}</th>
            <th scope="col">{m('colNotes')}</th>
          </tr>
        </thead>
        <tbody>
          {draft.reading.values.map((v) => {
            const e = editOf(draft, v);
            const set = (change: Parameters<typeof withEdit>[2]) => onChange(withEdit(draft, v.id, change));
            const issues = problems[v.id] ?? [];
            const question = v.kind === 'question';
            // The overall's code is the kept file's word for it; the user sees its name, and never edits it.
            const shown = v.kind === 'overall' ? m('kindOverall') : e.code;
            return (
              <tr key={v.id} className={e.use ? undefined : 'unused'} data-testid={`value-${v.id}`}>
                <td data-label={m('colUse')}>
                  <input
                    type="checkbox"
                    checked={e.use}
                    aria-label={m('useValue', { code: shown })}
                    onChange={(ev) => set({ use: ev.currentTarget.checked })}
                  />
                </td>
                <td data-label={m('colSource')} className="nowrap">
                  {where(v)}
                </td>
                <td data-label={m('colRead')} className="read-as">
                  <span className="muted small">{kindLabel(m, v)} </span>
                  {readAs(v)}
                </td>
                <td data-label={m('colCode')}>
                  {v.kind === 'overall' ? (
                    shown
                  ) : (
                    <input
                      className="code-input"
                      value={e.code}
                      aria-label={`${m('colCode')} ${where(v)}`}
                      onChange={(ev) => set({ code: ev.currentTarget.value })}
                    />
                  )}
                </td>
                <td data-label={m('colScore')}>
                  <input
                    className="score-input"
                    inputMode="decimal"
                    value={e.score}
                    aria-label={`${m('colScore')} ${shown}`}
                    onChange={(ev) => set({ score: ev.currentTarget.value })}
                  />
                </td>
                <td data-label={m('colNegative')}>
                  {question ? (
                    <input
                      className="score-input"
                      inputMode="decimal"
                      value={e.negative}
                      aria-label={`${m('colNegative')} ${e.code}`}
                      onChange={(ev) => set({ negative: ev.currentTarget.value })}
                    />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label={m('colNotes')} className="reading-notes">
                  {v.negative ? (
                    <p className="small">
                      {m('shareFrom', {
                        where: fmt.digits(whereLabel(m, v.negative.at)),
                        text: v.negative.text,
                      })}{' '}
                      <span className="muted">({m('shareHow', { how: m(`how_${v.negative.how}`) })})</span>
                    </p>
                  ) : null}
                  {v.notes.map((n) => (
                    <p key={n.kind} className={n.attention ? 'small note-attention' : 'small muted'}>
                      {pick(n.th, n.en)}
                    </p>
                  ))}
                  {issues.map((p, i) => (
                    <p key={`${p.kind}-${i}`} className={`small sev-${p.severity}`}>
                      {pick(p.message_th, p.message_en)}
                    </p>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
