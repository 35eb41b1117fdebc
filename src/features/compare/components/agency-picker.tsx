import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { searchOrgs } from '@analysis/compare/thai-search';
import { sortRows, sortValues } from '@analysis/compare/sort';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { gapPath } from '@/shared/url/view-links';
import { colorOf } from '../lib/agency-style';
import { MAX_CHOSEN } from '../lib/compare-params';
import { orgName, type CompareModel } from '../lib/compare-model';
import { searchIndexOf } from '../lib/org-lookup';
import { compareMessages } from '../messages';

interface Props {
  ds: string;
  model: CompareModel;
  onChange: (keys: string[]) => void;
}

const TOP = 5;

/** Search agencies by name (Thai, abbreviations and spacing tolerated) within the scope; the chosen set. */
export function AgencyPicker({ ds, model, onChange }: Props) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const { ds: dataset, yt, scope, chosen } = model;
  const keys = chosen.map((c) => c.key);
  const inScope = useMemo(() => {
    const mask = new Uint8Array(dataset.orgs.length);
    for (const r of scope) mask[yt.org[r] as number] = 1;
    return mask;
  }, [dataset.orgs.length, scope, yt]);
  const results = useMemo(
    () =>
      query.trim()
        ? searchOrgs(searchIndexOf(dataset.orgs), query, { limit: 12, allow: (o) => inScope[o] === 1 })
        : [],
    [dataset.orgs, query, inScope],
  );
  const full = keys.length >= MAX_CHOSEN;
  const toggle = (key: string) =>
    onChange(keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key].slice(0, MAX_CHOSEN));
  const addTop = () => {
    const order = sortRows(scope, sortValues(yt, dataset.orgs, 'rank'), false);
    const next = [...keys];
    for (const r of order) {
      if (next.length >= Math.min(MAX_CHOSEN, keys.length + TOP)) break;
      const key = dataset.orgs[yt.org[r] as number]?.key;
      if (key !== undefined && !next.includes(key)) next.push(key);
    }
    onChange(next);
  };
  return (
    <section className="panel picker" aria-labelledby="pick-title">
      <h2 id="pick-title">{m('pick.title')}</h2>
      <div className="filters">
        <Field label={m('pick.search')} grow>
          {(id) => (
            <input
              id={id}
              type="search"
              value={text}
              placeholder={m('pick.placeholder')}
              aria-describedby="pick-hint"
              autoComplete="off"
              onChange={(e) => setText(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="button" onClick={addTop} disabled={full || scope.length === 0}>
          {m('pick.top', { count: fmt.int(TOP) })}
        </button>
      </div>
      <p id="pick-hint" className="muted small">
        {m('pick.hint')}
      </p>
      {query.trim() ? (
        results.length ? (
          <ul className="pick-results" aria-label={m('pick.results')}>
            {results.map((o) => {
              const org = dataset.orgs[o];
              if (!org) return null;
              const on = keys.includes(org.key);
              const row = yt.rowOfOrg[o] as number;
              const name = orgName(org, org.key);
              return (
                <li key={org.key}>
                  <span className="pick-name">
                    <strong>{name}</strong>
                    <span className="muted small">
                      {' '}
                      {[org.province, org.district, org.type].filter(Boolean).join(' · ')}
                      {row >= 0 ? ` · ${fmt.num(yt.overall[row])}` : ''}
                    </span>
                  </span>
                  <button
                    type="button"
                    className={on ? 'small' : 'small primary'}
                    aria-label={on ? m('pick.removeName', { name }) : m('pick.addName', { name })}
                    disabled={!on && full}
                    onClick={() => toggle(org.key)}
                  >
                    {on ? m('pick.remove') : m('pick.add')}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{m('pick.none')}</p>
        )
      ) : null}
      <div className="chosen-head">
        <h3>{m('pick.chosen', { count: fmt.int(keys.length), max: fmt.int(MAX_CHOSEN) })}</h3>
        {keys.length ? (
          <button type="button" className="quiet small" onClick={() => onChange([])}>
            {m('pick.clear')}
          </button>
        ) : null}
      </div>
      {full ? <p className="muted small">{m('pick.full', { max: fmt.int(MAX_CHOSEN) })}</p> : null}
      {chosen.length ? (
        <ol className="chosen-list" data-testid="chosen-list">
          {chosen.map((c) => (
            <li key={c.key}>
              <span className="chosen-swatch" style={{ background: colorOf(c.index) }} aria-hidden="true">
                {fmt.int(c.index + 1)}
              </span>
              <span className="chosen-name">
                {c.name}
                {c.org < 0 ? (
                  <span className="muted small"> · {m('pick.unknown', { key: c.key })}</span>
                ) : c.row < 0 ? (
                  <span className="muted small"> · {m('pick.noYear', { year: fmt.year(model.year) })}</span>
                ) : (
                  <>
                    {' '}
                    <Link className="small" to={gapPath({ ds, org: c.key, year: model.year })}>
                      {m('pick.gap')}
                    </Link>
                  </>
                )}
              </span>
              <button
                type="button"
                className="quiet small"
                aria-label={m('pick.removeName', { name: c.name })}
                onClick={() => toggle(c.key)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{m('pick.empty')}</p>
      )}
    </section>
  );
}
