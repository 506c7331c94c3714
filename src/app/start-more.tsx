import { useTranslation } from 'react-i18next';

/**
 * The start page's last two sections: the privacy promise and the word to consultants. Below the
 * first screen, so they come once the page is idle, with their texts (in `about`, which says more
 * on both): the start page's first load carries neither.
 */
export function StartMore() {
  const { t } = useTranslation('about');
  return (
    <>
      <section aria-labelledby="start-privacy">
        <h2 id="start-privacy">{t('start.privacy.title')}</h2>
        <p>{t('start.privacy.body')}</p>
      </section>
      <section aria-labelledby="start-consultants">
        <h2 id="start-consultants">{t('start.consultants.title')}</h2>
        <p>{t('start.consultants.body')}</p>
      </section>
    </>
  );
}
