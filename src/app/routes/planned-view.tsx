import { Link, useSearchParams } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/routes/data';
import type { ViewDef } from '../views';

/** What a link to a view that is not built yet shows: an honest note, no figures. */
export function PlannedView({ view }: { view: ViewDef }) {
  const { t, fmt } = useI18n();
  const [params] = useSearchParams();
  const ds = params.get('ds') ?? undefined;
  const org = params.get('org');
  const year = Number(params.get('year'));
  const name = org ? (org.startsWith('name:') ? org.slice(5) : org) : null;
  const what = [name, Number.isInteger(year) && year > 0 ? t('year.be', { year: fmt.year(year) }) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="page planned" aria-labelledby="planned-title">
      <h1 id="planned-title">{t('planned.title', { view: t(view.label) })}</h1>
      <p>{t('planned.body')}</p>
      {what ? <p className="muted">{t('planned.request', { what })}</p> : null}
      <p>
        <Link to={dataPath(ds)} className="button">
          {t('planned.back')}
        </Link>
      </p>
    </section>
  );
}
