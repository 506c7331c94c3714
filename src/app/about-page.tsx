import { useTranslation } from 'react-i18next';
import { reportCatalog } from '../catalog';
import { PageHeading } from '../components/page-heading';

/** Source, disclaimer, how the ranking works, privacy, and the data's date. */
export function AboutPage() {
  const { t } = useTranslation(['common', 'catalog']);
  const { source } = reportCatalog;
  return (
    <div className="page page--narrow about">
      <PageHeading>{t('about.title')}</PageHeading>
      <section aria-labelledby="about-source">
        <h2 id="about-source">{t('about.source.title')}</h2>
        <p>
          {t('about.source.body', {
            title: source.title,
            subtitle: source.subtitle,
            publisher: source.publisher,
            year: source.year,
          })}
        </p>
      </section>
      <section aria-labelledby="about-disclaimer">
        <h2 id="about-disclaimer">{t('about.disclaimer.title')}</h2>
        <p>{t('catalog:source.disclaimer')}</p>
      </section>
      <section aria-labelledby="about-asof">
        <h2 id="about-asof">{t('about.asOf.title')}</h2>
        <p>{t('catalog:source.asOf')}</p>
        <p>{t('about.asOf.body')}</p>
      </section>
      <section aria-labelledby="about-ranking">
        <h2 id="about-ranking">{t('about.ranking.title')}</h2>
        <p>{t('about.ranking.gates')}</p>
        <p>{t('about.ranking.points')}</p>
        <p>{t('about.ranking.footnotes')}</p>
        <p>{t('about.ranking.order')}</p>
      </section>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacy.title')}</h2>
        <p>{t('about.privacy.body')}</p>
      </section>
    </div>
  );
}
