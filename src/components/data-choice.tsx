import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dataSets } from '../catalog/types';
import { paths } from '../share/routes';
import { useStore } from '../state/store';
import { ChoiceFieldset } from './choice-fieldset';
import { useDataSetLabels } from './data-set-labels';

/** The report with its known changes first: a new visitor starts on it. */
const order = [...dataSets].reverse();

/**
 * Which data to rank on: the report with its known changes (a new visitor's default) or the
 * report as published. Saved in the store beside the answers, and carried by a shared link
 * (`data=current|report`). On the start page it says in two sentences why that is the default.
 */
export function DataChoice({ name = 'data-set', explain = false }: { name?: string; explain?: boolean }) {
  const { t } = useTranslation('catalog');
  const dataSet = useStore((s) => s.dataSet);
  const setDataSet = useStore((s) => s.setDataSet);
  const labels = useDataSetLabels();
  return (
    <div className="data-choice" data-data-choice>
      {explain ? <p className="data-choice__why">{t('dataChoice.why')}</p> : null}
      <ChoiceFieldset
        name={name}
        legend={t('dataChoice.legend')}
        options={order.map((value) => ({ value, ...labels[value] }))}
        value={dataSet}
        onChange={setDataSet}
      />
      <p className="data-choice__more">
        <Link to={paths.updates}>{t('dataChoice.more')}</Link>
      </p>
    </div>
  );
}

/** The start page's choice, with why the known changes come first. */
export function StartDataChoice() {
  return <DataChoice explain />;
}
