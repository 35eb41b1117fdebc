import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import type { AgencyChoice } from '@analysis/agencies/choices';
import { sortRows, sortValues } from '@analysis/compare/sort';
import { AgencyPicker } from '@/shared/agency/agency-picker';
import { useAgencyChoices } from '@/shared/agency/use-agency-choices';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { gapPath } from '@/shared/url/routes/gap';
import { colorOf } from '../lib/agency-style';
import { MAX_CHOSEN } from '@/shared/url/routes/compare';
import { orgName, type CompareModel } from '../lib/compare-model';
import { compareMessages } from '../messages';

interface Props {
  ds: string;
  loaded: LoadedDataset;
  model: CompareModel;
  onChange: (keys: string[]) => void;
}

const TOP = 5;

/** Search agencies by name (Thai, abbreviations and spacing tolerated) within the scope; the chosen set. */
export function ComparePicker({ ds, loaded, model, onChange }: Props) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const { ds: dataset, yt, scope, chosen } = model;
  const keys = chosen.map((c) => c.key);
  const choices = useAgencyChoices(loaded);
  const inScope = useMemo(() => {
    const mask = new Uint8Array(dataset.orgs.length);
    for (const r of scope) mask[yt.org[r] as number] = 1;
    return mask;
  }, [dataset.orgs.length, scope, yt]);
  const allow = useCallback((c: AgencyChoice) => inScope[c.org] === 1, [inScope]);
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
      <AgencyPicker
        choices={choices}
        orgs={dataset.orgs}
        limit={12}
        allow={allow}
        testId="pick-results"
        detail={(c) => {
          const row = yt.rowOfOrg[c.org] as number;
          return row >= 0 ? `· ${fmt.num(yt.overall[row])}` : null;
        }}
        actions={(c) => {
          const on = keys.includes(c.info.key);
          const name = orgName(c.info, c.info.key);
          return (
            <button
              type="button"
              className={on ? 'small' : 'small primary'}
              aria-label={on ? m('pick.removeName', { name }) : m('pick.addName', { name })}
              disabled={!on && full}
              onClick={() => toggle(c.info.key)}
            >
              {on ? m('pick.remove') : m('pick.add')}
            </button>
          );
        }}
      />
      <button type="button" className="pick-top" onClick={addTop} disabled={full || scope.length === 0}>
        {m('pick.top', { count: fmt.int(TOP) })}
      </button>
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
