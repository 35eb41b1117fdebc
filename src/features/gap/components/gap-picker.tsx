import { Link } from 'react-router';
import type { AgencyChoice } from '@analysis/agencies/choices';
import { AgencyPicker } from '@/shared/agency/agency-picker';
import { agencyName } from '@/shared/agency/agency-text';
import { SourceNote } from '@/shared/dataset/source-note';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { Notice } from '@/shared/ui/notice';
import { gapPath } from '@/shared/url/routes/gap';
import { useGapParams } from '../hooks/use-gap-params';
import { gapMessages } from '../messages';

function YearLinks({ ds, agency }: { ds: string; agency: AgencyChoice }) {
  const m = useMessages(gapMessages);
  const { fmt, t } = useI18n();
  const name = agencyName(agency.info, t('common.unnamed'));
  return (
    <ul className="gap-years" aria-label={m('picker.yearsOf', { name })}>
      {[...agency.years].reverse().map((y) => (
        <li key={y}>
          <Link to={gapPath({ ds, org: agency.info.key, year: y })} className="button small">
            {fmt.year(y)}
            <span className="visually-hidden"> {m('picker.analyse', { name })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Choose the agency and year to analyse: search the loaded dataset's agencies, then pick a year. */
export function GapPicker({
  entry,
  loaded,
  choices,
  chosen,
}: {
  entry: DatasetEntry;
  loaded: LoadedDataset;
  choices: readonly AgencyChoice[];
  chosen: AgencyChoice | null;
}) {
  const m = useMessages(gapMessages);
  const { t, fmt } = useI18n();
  const labelOf = useDatasetLabel();
  const [params, setParams] = useGapParams();
  const single = choices.length === 1 ? choices[0] : null;
  const agency = chosen ?? single;
  return (
    <>
      <div className="page-head">
        <h1>{m('picker.title')}</h1>
        <p className="lead">{m('picker.intro', { dataset: labelOf(entry) })}</p>
      </div>
      <SourceNote entry={entry} loaded={loaded} />
      {params.org && !chosen ? <Notice tone="warning">{m('picker.orgNotFound')}</Notice> : null}
      {chosen && params.year !== null ? (
        <Notice tone="warning">{m('picker.yearNotFound', { year: fmt.year(params.year) })}</Notice>
      ) : null}
      {agency ? (
        <section className="panel" aria-labelledby="gap-chosen">
          <h2 id="gap-chosen">{agencyName(agency.info, t('common.unnamed'))}</h2>
          <p className="muted">{m('picker.chooseYear')}</p>
          <YearLinks ds={entry.id} agency={agency} />
        </section>
      ) : null}
      {single ? null : (
        <section className="panel" aria-labelledby="gap-search-title">
          <h2 id="gap-search-title">{m('picker.searchTitle')}</h2>
          <AgencyPicker
            choices={choices}
            orgs={loaded.dataset.orgs}
            query={params.q}
            onQuery={(q) => setParams({ q }, true)}
            limit={30}
            listAll
            testId="gap-agencies"
            actions={(c) => <YearLinks ds={entry.id} agency={c} />}
          />
        </section>
      )}
    </>
  );
}
