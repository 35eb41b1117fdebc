import { Link, useLocation } from 'react-router';
import { useI18n, type MessageKey } from '@/shared/i18n/use-i18n';
import { createLocalStore } from '@/shared/store/local-store';
import { viewLink, type CurrentAgency, type JourneyView } from '@/shared/url/current-agency';

/** The working group's path through the app, in order. */
const STEPS: readonly { view: JourneyView; path: string; label: MessageKey; hint: MessageKey }[] = [
  { view: 'data', path: '/', label: 'journey.data', hint: 'journey.hint.data' },
  { view: 'gap', path: '/gap', label: 'journey.gap', hint: 'journey.hint.gap' },
  { view: 'plan', path: '/plan', label: 'journey.plan', hint: 'journey.hint.plan' },
  { view: 'report', path: '/report', label: 'journey.report', hint: 'journey.hint.report' },
];

/** True once the user hid the guide (it then stays away on later visits in this browser). */
const seenStore = createLocalStore('ita-lens.journey-seen', (saved) => saved === true);

/**
 * The next step for a first-time user once data are open: ข้อมูล → ช่องว่าง → แผน → รายงาน, the step they
 * are on marked and the next one a button (for the same agency and year). Hidden for good when dismissed.
 */
export function NextSteps({ current }: { current: CurrentAgency }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const seen = seenStore.useValue();
  const at = STEPS.findIndex((s) => s.path === pathname);
  if (seen || !current.ds || at < 0) return null;
  const step = STEPS[at];
  if (!step) return null;
  return (
    <aside
      className="banner banner-quiet next-steps no-print"
      aria-label={t('journey.title')}
      data-testid="next-steps"
    >
      <p>
        <strong>{t('journey.title')}:</strong> {t(step.hint)}
      </p>
      <ol className="next-steps-list">
        {STEPS.map((s, i) => (
          <li key={s.view}>
            {i === at ? (
              <span aria-current="step">{t(s.label)}</span>
            ) : (
              <Link
                to={viewLink(s.view, current)}
                className={i === at + 1 ? 'button small primary' : undefined}
              >
                {t(s.label)}
              </Link>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="quiet" onClick={() => seenStore.save(true)}>
        {t('journey.dismiss')}
      </button>
    </aside>
  );
}
