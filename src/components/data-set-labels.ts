import { useTranslation } from 'react-i18next';
import { latestUpdate } from '../catalog/latest-update';
import type { DataSet } from '../catalog/types';
import { useFormats } from '../i18n/format';

/** The words for the two data sets, e.g. "The report with known changes up to 31 October 2025". */
export function useDataSetLabels(): Record<DataSet, { label: string; hint: string }> {
  const { t } = useTranslation('catalog');
  const { date } = useFormats();
  const latest = date(latestUpdate);
  return {
    report: { label: t('dataChoice.report'), hint: t('dataChoice.reportHint') },
    current: { label: t('dataChoice.current', { date: latest }), hint: t('dataChoice.currentHint', { date: latest }) },
  };
}
