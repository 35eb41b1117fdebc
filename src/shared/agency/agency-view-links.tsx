import './agency-picker.css';
import { Link } from 'react-router';
import { useI18n, type MessageKey } from '@/shared/i18n/use-i18n';
import { viewLink, type CurrentAgency, type JourneyView } from '@/shared/url/current-agency';
import { useCurrentAgency } from '@/shared/url/use-current-agency';

const VIEWS: readonly { view: JourneyView; label: MessageKey }[] = [
  { view: 'gap', label: 'agency.view.gap' },
  { view: 'trends', label: 'agency.view.trends' },
  { view: 'compare', label: 'agency.view.compare' },
  { view: 'plan', label: 'agency.view.plan' },
  { view: 'report', label: 'agency.view.report' },
];

/**
 * The same agency (and year) in the other views: gap, trends, compare, plan, report; the view showing it
 * is left out. Addresses come from the route modules (src/shared/url/current-agency.ts); without
 * `agency`, the one that follows the user (the URL's, its year as chosen before).
 */
export function AgencyViewLinks({ agency, here }: { agency?: CurrentAgency; here: JourneyView }) {
  const { t } = useI18n();
  const current = useCurrentAgency();
  const shown = agency ?? current;
  if (!shown.org) return null;
  return (
    <ul className="agency-views no-print" aria-label={t('agency.views')} data-testid="agency-views">
      {VIEWS.filter((v) => v.view !== here).map((v) => (
        <li key={v.view}>
          <Link to={viewLink(v.view, shown)} data-view={v.view}>
            {t(v.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
