import { yearList } from '@analysis/trends/format';
import { Navigate } from 'react-router';
import { AgencyPicker } from '@/shared/agency/agency-picker';
import { onlyAgencyYear } from '@/shared/agency/only-agency';
import { useAgencyChoices } from '@/shared/agency/use-agency-choices';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useSettings } from '@/shared/i18n/settings-store';
import { useI18n } from '@/shared/i18n/use-i18n';
import { trendsPath } from '@/shared/url/routes/trends';
import { useTrendsParams } from '../hooks/use-trends-params';
import { trendMessages } from '../messages';

/** Search the agencies of the open dataset and pick one; each result links to its trend. */
export function TrendsPicker({ ds, loaded }: { ds: string; loaded: LoadedDataset }) {
  const m = useMessages(trendMessages);
  const { fmt } = useI18n();
  const { digits } = useSettings();
  const [params, setParams] = useTrendsParams();
  const choices = useAgencyChoices(loaded);
  // One agency in one year: nothing to pick (a missing agency named in the URL still says so).
  const only = params.org ? null : onlyAgencyYear(choices);
  if (only) return <Navigate replace to={trendsPath({ ds, org: only.org, year: only.year })} />;
  return (
    <section className="panel trend-picker" aria-labelledby="trend-picker-title">
      <h2 id="trend-picker-title">{m('picker.title')}</h2>
      <AgencyPicker
        choices={choices}
        orgs={loaded.dataset.orgs}
        query={params.q}
        onQuery={(q) => setParams({ q }, true)}
        limit={30}
        listAll
        testId="trend-picks"
        linkOf={(c) => trendsPath({ ds, org: c.info.key })}
        detail={(c) => (
          <span className="trend-pick-years" data-years={c.years.length}>
            · {m('picker.years', { count: fmt.int(c.years.length), years: yearList(c.years, digits) })}
          </span>
        )}
      />
    </section>
  );
}
