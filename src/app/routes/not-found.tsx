import { Link } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button">
          {t('planned.back')}
        </Link>
      </p>
    </section>
  );
}
