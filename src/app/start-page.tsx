import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../components/page-heading';
import { paths, stepIds } from '../share/routes';
import { Callout } from '../components/callout';
import { Later } from '../components/later';

const loadChoice = () => import('../components/data-choice').then((m) => ({ default: m.StartDataChoice as ComponentType }));
const choiceTexts = ['catalog', 'format'] as const;
const loadMore = () => import('./start-more').then((m) => ({ default: m.StartMore as ComponentType }));
const moreTexts = ['about'] as const;

/** What the app does, where its data comes from, and the privacy promise. */
export function StartPage() {
  const { t } = useTranslation('start');
  return (
    <div className="page page--narrow start">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <ul className="checklist">
        <li>{t('steps.questions')}</li>
        <li>{t('steps.ranking')}</li>
        <li>{t('steps.share')}</li>
      </ul>
      <p>
        <Link to={paths.step(stepIds[0])} className="button button--start">
          {t('cta')}
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M6 4l7 6-7 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
          </svg>
        </Link>
      </p>
      <p className="hint">{t('duration')}</p>

      <Callout tone="info" title={t('source.title')}>
        <p>{t('source.body')}</p>
        <p>{t('source.disclaimer')}</p>
        <p><Link to={paths.about}>{t('source.more')}</Link></p>
        {/* The choice of data comes with the store once the page is idle; the check page offers it too. */}
        <div className="start__data"><Later load={loadChoice} namespaces={choiceTexts} /></div>
      </Callout>

      {/* The privacy promise and the word to consultants, below the first screen: they come once the page is idle. */}
      <Later load={loadMore} namespaces={moreTexts} />
    </div>
  );
}
