import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataSets } from '../catalog/types';
import { paths } from '../share/routes';
import { useStore } from '../state/store';
import { ChoiceFieldset } from './choice-fieldset';
import { useDataSetLabels } from './data-set-labels';

/**
 * Which data to rank on: the report as published (the default) or with its known changes.
 * Saved in the store beside the answers, and carried by a shared link (`data=current`).
 */
export function DataChoice({ name = 'data-set' }: { name?: string }) {
  const { t } = useTranslation('catalog');
  const dataSet = useStore((s) => s.dataSet);
  const setDataSet = useStore((s) => s.setDataSet);
  const labels = useDataSetLabels();
  return (
    <div className="data-choice" data-data-choice>
      <ChoiceFieldset
        name={name}
        legend={t('dataChoice.legend')}
        options={dataSets.map((value) => ({ value, ...labels[value] }))}
        value={dataSet}
        onChange={setDataSet}
      />
      <p className="data-choice__more">
        <Link to={paths.updates}>{t('dataChoice.more')}</Link>
      </p>
    </div>
  );
}
