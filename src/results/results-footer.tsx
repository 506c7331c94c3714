import { useTranslation } from 'react-i18next';
import { Callout } from '../components/callout';
import { FootnoteList } from '../components/footnote-ref';
import { GeneralTips } from '../components/general-tips';
import { Sharing } from './sharing';

/**
 * Below the ranking: what the ranking is (and that the report gives no advice), the report's general tips, sharing the link and preparing the memo, and the
 * report's footnotes. Fetched when the page is idle, with the catalog's words it needs, so the
 * first screen carries neither. A footnote mark on a card leads here.
 */
export function ResultsFooter() {
  const { t } = useTranslation('catalog');
  return (
    <>
      <Callout tone="info" className="results__data-note" title={t('ranking.title')} level={2}>
        <p>{t('ranking.what')}</p>
        <p>{t('ranking.noAdvice')}</p>
      </Callout>
      <section aria-labelledby="general-tips-title">
        <h2 id="general-tips-title">{t('generalTipsTitle')}</h2>
        <GeneralTips />
      </section>
      <Sharing />
      <section className="results__footnotes" aria-labelledby="footnotes-title">
        <h2 id="footnotes-title">{t('footnotesTitle')}</h2>
        <FootnoteList />
      </section>
    </>
  );
}
