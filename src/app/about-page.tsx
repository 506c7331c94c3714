import { useTranslation } from 'react-i18next';
import { reportCatalog } from '../catalog/report';
import { PageHeading } from '../components/page-heading';

/** Source, disclaimer, how the ranking works, privacy, and the data's date. */
export function AboutPage() {
  const { t } = useTranslation(['about', 'catalog']);
  const { source } = reportCatalog;
  return (
    <div className="page page--narrow about">
      <PageHeading>{t('title')}</PageHeading>
      <section aria-labelledby="about-source">
        <h2 id="about-source">{t('source.title')}</h2>
        <p>
          {t('source.body', {
            title: source.title,
            subtitle: source.subtitle,
            publisher: source.publisher,
            year: source.year,
          })}
        </p>
      </section>
      <section aria-labelledby="about-disclaimer">
        <h2 id="about-disclaimer">{t('disclaimer.title')}</h2>
        <p>{t('catalog:source.disclaimer')}</p>
      </section>
      <section aria-labelledby="about-asof">
        <h2 id="about-asof">{t('asOf.title')}</h2>
        <p>{t('catalog:source.asOf')}</p>
        <p>{t('asOf.body')}</p>
      </section>
      <section aria-labelledby="about-ranking">
        <h2 id="about-ranking">{t('ranking.title')}</h2>
        <p>{t('ranking.gates')}</p>
        <p>{t('ranking.points')}</p>
        <p>{t('ranking.footnotes')}</p>
        <p>{t('ranking.order')}</p>
      </section>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('privacy.title')}</h2>
        <p>{t('privacy.body')}</p>
      </section>
    </div>
  );
}
