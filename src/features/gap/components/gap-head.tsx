import { AgencyViewLinks } from '@/shared/agency/agency-view-links';
import { SelectField } from '@/shared/ui/select-field';
import { Link, useNavigate } from 'react-router';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/routes/data';
import { gapPath } from '@/shared/url/routes/gap';
import { planPath } from '@/shared/url/routes/plan';
import { gapMessages } from '../messages';

/**
 * The page heading: the agency, the year (switchable among the years the data hold), its measures plan for
 * the next year, ways out, print.
 */
export function GapHead({
  ds,
  datasetLabel,
  orgKey,
  name,
  year,
  years,
  onPrint,
}: {
  ds: string;
  datasetLabel: string;
  orgKey: string;
  name: string;
  year: number;
  years: readonly number[];
  onPrint: () => void;
}) {
  const m = useMessages(gapMessages);
  const { fmt, t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="page-head gap-head">
      <p className="gap-kicker">{m('page.title')}</p>
      <h1 data-testid="gap-title">{name}</h1>
      <p className="lead">
        {t('year.be', { year: fmt.year(year) })} · {datasetLabel}
      </p>
      <div className="filters no-print">
        {years.length > 1 ? (
          <SelectField
            label={m('head.year')}
            value={year}
            onChange={(v) => navigate(gapPath({ ds, org: orgKey, year: Number(v) }))}
          >
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {fmt.year(y)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Link className="button" to={planPath({ ds, org: orgKey, year })}>
          {m('head.plan', { year: fmt.year(year + 1) })}
        </Link>
        <Link className="button" to={gapPath({ ds })}>
          {m('head.other')}
        </Link>
        <Link className="button" to={dataPath(ds)}>
          {m('page.toData')}
        </Link>
        <button type="button" onClick={onPrint}>
          {m('head.print')}
        </button>
      </div>
      <AgencyViewLinks here="gap" agency={{ ds, org: orgKey, year }} />
    </div>
  );
}
