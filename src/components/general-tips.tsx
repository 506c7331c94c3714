import { useTranslation } from 'react-i18next';
import { generalTipIds, generalTipsSection } from '../catalog/report';

/** The report's three general tips (its summary), in its order. */
export function GeneralTips() {
  const { t } = useTranslation(['catalog', 'results']);
  return (
    <>
      <ol className="general-tips">
        {generalTipIds.map((id) => (
          <li key={id}>{t(`catalog:generalTips.${id}`)}</li>
        ))}
      </ol>
      <p className="fact-source">
        {t('results:page.tipsSource')} <cite lang="nl">{generalTipsSection}</cite>
      </p>
    </>
  );
}
