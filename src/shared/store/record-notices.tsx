import { useMessages } from '@/shared/i18n/messages';
import { useDamaged } from './damaged';
import { placeOf, fieldGroup, titleById, valueText } from './describe';
import type { Conflict } from './json-merge';
import { resolveConflict, usePlanState } from './plan-state';
import { Notice } from '@/shared/ui/notice';
import { storageMessages, type StorageMessageKey } from './storage-messages';

const FIELDS = new Set([
  'title',
  'steps',
  'unit',
  'evidence',
  'timeframe',
  'limitations',
  'finding',
  'done',
  'outcome',
  'note',
  'status',
  'date',
]);
const LISTS = new Set(['measures', 'issues', 'questions', 'results']);

type M = (key: StorageMessageKey, params?: Record<string, string | number>) => string;

function listWord(list: string, m: M): string {
  return m(LISTS.has(list) ? (`list.${list}` as StorageMessageKey) : 'list.other');
}

/** "issue «…» › measure «…» › title" for a conflict's place. */
function whereText(c: Conflict, doc: unknown, plan: unknown, m: M): string {
  const place = placeOf(doc, c.path);
  const parts = place.within.map((w) =>
    w.label ? `${listWord(w.list, m)} «${w.label}»` : listWord(w.list, m),
  );
  // A report's results are keyed by measure id: name the measure from its plan.
  if (c.path[0] === 'results' && typeof c.path[1] === 'string') {
    const title = titleById(plan, c.path[1]);
    parts.push(`${m('list.results')} «${title ?? c.path[1]}»`);
  }
  if (place.field) {
    const g = fieldGroup(place.field);
    parts.push(m(FIELDS.has(g) ? (`field.${g}` as StorageMessageKey) : 'field.other'));
  }
  return parts.join(' › ');
}

function ConflictItem({
  store,
  id,
  c,
  doc,
  plan,
}: {
  store: 'plans' | 'reports';
  id: string;
  c: Conflict;
  doc: unknown;
  plan: unknown;
}) {
  const m = useMessages(storageMessages);
  const kept = Object.hasOwn(c, 'kept') ? valueText(c.kept) : m('conflictRemoved');
  const other = Object.hasOwn(c, 'other') ? valueText(c.other) : m('conflictRemoved');
  return (
    <li className="conflict" data-testid="conflict">
      <p className="conflict-where">{m('conflictIn', { where: whereText(c, doc, plan, m) })}</p>
      <dl className="conflict-versions">
        <dt>{m('conflictKept')}</dt>
        <dd data-testid="conflict-kept">{kept}</dd>
        <dt>{m('conflictOther')}</dt>
        <dd data-testid="conflict-other">{other}</dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={() => resolveConflict(store, id, c.id, 'other')}>
          {m('conflictUseOther')}
        </button>
        <button type="button" className="quiet" onClick={() => resolveConflict(store, id, c.id, 'keep')}>
          {m('conflictKeep')}
        </button>
      </div>
    </li>
  );
}

/**
 * What the user must know about the stored document on screen: parts of it that could not be read
 * (left out, the original kept aside), a saved plan that could not be read at all, and fields changed in
 * two tabs at once (both versions shown, the user chooses).
 */
export function RecordNotices({ store, id }: { store: 'plans' | 'reports'; id: string }) {
  const m = useMessages(storageMessages);
  const state = usePlanState();
  const damaged = useDamaged().filter((d) => d.store === store && d.id === id);
  const conflicts = state.conflicts.get(`${store}/${id}`) ?? [];
  const plan = state.plans.get(id)?.plan ?? null;
  const doc =
    store === 'plans'
      ? { plan, ds: state.plans.get(id)?.ds ?? null }
      : { results: state.reports.get(id)?.results };
  const partial = damaged.filter((d) => d.why === 'partial');
  const unreadable = damaged.some((d) => d.why === 'unreadable');
  const parts = partial
    .flatMap((d) => d.dropped)
    .map((p) => {
      const label = p.list === 'results' && p.label ? (titleById(plan, p.label) ?? p.label) : p.label;
      return label ? `${listWord(p.list, m)} «${label}»` : listWord(p.list, m);
    });
  return (
    <>
      {unreadable && store === 'plans' ? (
        <Notice tone="warning" title={m('unreadableTitle')}>
          <p>{m('unreadableBody')}</p>
        </Notice>
      ) : null}
      {parts.length > 0 ? (
        <Notice tone="warning" title={m('partialTitle')}>
          <p data-testid="dropped-parts">{m('partialBody', { parts: parts.join(', ') })}</p>
        </Notice>
      ) : null}
      {conflicts.length > 0 ? (
        <div className="notice notice-warning" role="alert" data-testid="conflicts">
          <p className="notice-title">{m('conflictTitle')}</p>
          <ul className="conflict-list">
            {conflicts.map((c) => (
              <ConflictItem key={c.id} store={store} id={id} c={c} doc={doc} plan={plan} />
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
