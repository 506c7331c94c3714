import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { paths } from '../share/routes';

/** An address the app does not know. Its words are in `about` (loaded with this page), not in the first load's `common`. */
export function NotFoundPage() {
  const { t } = useTranslation('about');
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p><Link to={paths.start}>{t('notFound.home')}</Link></p>
    </div>
  );
}
