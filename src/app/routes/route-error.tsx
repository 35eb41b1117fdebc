import { useRouteError } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';

/** Shown when a view throws: what happened, in plain words, and a way out. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="page app-main" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <pre className="error-detail">{detail}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </main>
  );
}
