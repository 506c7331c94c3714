import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { paths } from '../share/routes';
import { Callout } from '../components/callout';

/** What the app does, where its data comes from, and the privacy promise. */
export function StartPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow start">
      <PageHeading title={t('start.title')}>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      <ul className="checklist">
        <li>{t('start.steps.questions')}</li>
        <li>{t('start.steps.ranking')}</li>
        <li>{t('start.steps.share')}</li>
      </ul>
      <p>
        <Link to={paths.step('participants')} className="button button--start">
          {t('start.cta')}
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M6 4l7 6-7 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
        </Link>
      </p>
      <p className="hint">{t('start.duration')}</p>

      <Callout tone="info" title={t('start.source.title')}>
        <p>{t('start.source.body')}</p>
        <p>{t('start.source.disclaimer')}</p>
        <p><Link to={paths.about}>{t('start.source.more')}</Link></p>
      </Callout>

      <section aria-labelledby="start-privacy">
        <h2 id="start-privacy">{t('start.privacy.title')}</h2>
        <p>{t('start.privacy.body')}</p>
      </section>

      <section aria-labelledby="start-consultants">
        <h2 id="start-consultants">{t('start.consultants.title')}</h2>
        <p>{t('start.consultants.body')}</p>
      </section>
    </div>
  );
}
