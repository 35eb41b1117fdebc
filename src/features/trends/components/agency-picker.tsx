import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { agencyChoices, searchAgencies } from '@analysis/trends/agency-choices';
import { yearList } from '@analysis/trends/format';
import { Field } from '@/shared/ui/field';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useSettings } from '@/shared/i18n/settings-store';
import { trendsPath } from '@/shared/url/view-links';
import { useTrendsParams } from '../hooks/use-trends-params';
import { trendMessages } from '../messages';

/** How many matches are listed at once (typing narrows the list). */
const LIMIT = 30;

/** Search the agencies of the open dataset and pick one; each result links to its trend. */
export function AgencyPicker({ ds, loaded }: { ds: string; loaded: LoadedDataset }) {
  const m = useMessages(trendMessages);
  const { t, fmt } = useI18n();
  const { digits } = useSettings();
  const [params, setParams] = useTrendsParams();
  const [typed, setTyped] = useState(params.q);
  const q = useDeferredValue(params.q);
  const choices = useMemo(() => agencyChoices(loaded.dataset, loaded.scoreboard), [loaded]);
  const { shown, total } = useMemo(() => searchAgencies(choices, q, LIMIT), [choices, q]);
  return (
    <section className="panel trend-picker" aria-labelledby="trend-picker-title">
      <h2 id="trend-picker-title">{m('picker.title')}</h2>
      <div className="filters">
        <Field label={m('picker.search')} grow>
          {(id) => (
            <input
              id={id}
              type="search"
              value={typed}
              placeholder={m('picker.placeholder')}
              onChange={(e) => {
                setTyped(e.currentTarget.value);
                setParams({ q: e.currentTarget.value }, true);
              }}
            />
          )}
        </Field>
      </div>
      <p className="muted small" aria-live="polite">
        {total === 0
          ? m('picker.none')
          : m('picker.count', { shown: fmt.int(shown.length), total: fmt.int(total) })}
      </p>
      <ul className="trend-picks">
        {shown.map((c) => (
          <li key={c.org.key}>
            <Link to={trendsPath({ ds, org: c.org.key })} className="agency-link">
              {c.org.name ?? c.org.id ?? t('common.unnamed')}
            </Link>
            <span className="muted small">
              {[c.org.type, c.org.province, c.org.district].filter(Boolean).join(' · ')}
            </span>
            <span className="small trend-pick-years" data-years={c.years.length}>
              {m('picker.years', { count: fmt.int(c.years.length), years: yearList(c.years, digits) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
