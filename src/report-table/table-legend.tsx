import { useTranslation } from 'react-i18next';
import { StatusIcon } from '../components/icons';

/** What the marks in the report's table mean, with each mark drawn as it appears in the table. */
export function TableLegend() {
  const { t } = useTranslation(['compare', 'results', 'catalog']);
  const items = [
    { key: 'yes', mark: <StatusIcon status="met" /> },
    { key: 'no', mark: <StatusIcon status="unmet" /> },
    { key: 'notApplicable', mark: <span className="cell-mark--na">{t('catalog:values.notApplicableShort')}</span> },
    { key: 'planned', mark: <span className="cell-mark--planned">{t('catalog:values.planned', { when: '…' })}</span> },
    { key: 'orMore', mark: '250+' },
    { key: 'footnote', mark: <sup className="footnote-ref">4</sup> },
    { key: 'marked', mark: <span className="importance-tag importance-tag--must">{t('results:importance.must')}</span> },
  ] as const;
  return (
    <section className="table-legend" aria-labelledby="table-legend-title">
      <h2 id="table-legend-title">{t('compare:table.legend.title')}</h2>
      <ul className="table-legend__list">
        {items.map(({ key, mark }) => (
          <li key={key} className={key === 'marked' ? 'table-legend__item report-table__row--marked' : 'table-legend__item'}>
            <span className="table-legend__mark" aria-hidden="true">{mark}</span>
            <span>{t(`compare:table.legend.${key}`)}</span>
          </li>
        ))}
      </ul>
      <p>{t('compare:table.legend.tickNotGood')}</p>
    </section>
  );
}
