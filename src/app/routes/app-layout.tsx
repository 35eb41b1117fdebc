import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { DiskNotice } from '../components/disk-notice';
import { SettingsSwitches } from '../components/settings-switches';
import { StorageBanner } from '../components/storage-banner';
import { useI18n } from '@/shared/i18n/use-i18n';
import { viewLink } from '@/shared/url/current-agency';
import { useCurrentAgency } from '@/shared/url/use-current-agency';
import { NextSteps } from '../components/next-steps';
import { VIEWS } from '../views';
import { NavMenu } from './nav-menu';
import { useRouteFocus } from './use-route-focus';

/** The frame of every view: header (name, navigation, switches), storage banner, content, footer. */
export function AppLayout() {
  const { t } = useI18n();
  // The agency and year follow the user: every link of the navigation keeps them.
  const current = useCurrentAgency();
  useRouteFocus('main');
  return (
    <div className="app">
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <NavMenu>
          {VIEWS.filter((v) => v.page).map((v) => (
            <NavLink key={v.id} to={viewLink(v.id, current)} end>
              {t(v.label)}
            </NavLink>
          ))}
        </NavMenu>
        <SettingsSwitches />
      </header>
      <StorageBanner />
      <DiskNotice />
      <NextSteps current={current} />
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.privacy')}</p>
      </footer>
    </div>
  );
}
