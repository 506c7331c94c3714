import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FootnoteList } from '../components/footnote-ref';
import { PageHeading } from '../components/page-heading';
import { useStore } from '../state/store';
import { relevantRows } from './table-highlight';
import { TableLegend } from './table-legend';
import { ReportTable } from './table-report';
import './table-page.css';
import { Callout } from '../components/callout';

/** /table: the report's own table, with the rows that count in the company's answers marked. */
export function TablePage() {
  const { t } = useTranslation(['compare', 'catalog', 'results']);
  const answers = useStore((s) => s.answers);
  const relevance = useMemo(() => relevantRows(answers), [answers]);
  const [showHints, setShowHints] = useState(false);
  const hintsId = useId();
  return (
    <div className="table-page">
      <PageHeading>{t('compare:table.title')}</PageHeading>
      <p className="lead">{t('compare:table.lead')}</p>
      <p className="hint">{t('catalog:source.asOf')}</p>
      <div className="table-page__options no-print">
        <div className="table-page__check">
          <input id={hintsId} type="checkbox" checked={showHints} onChange={(e) => setShowHints(e.target.checked)} />
          <label htmlFor={hintsId}>{t('compare:table.showHints')}</label>
        </div>
        <p className="hint">{t('compare:table.yoursHint')}</p>
        <p className="hint table-page__scroll-hint">{t('compare:table.scrollHint')}</p>
      </div>
      <ReportTable relevance={relevance} showHints={showHints} />
      <TableLegend />
      <section aria-labelledby="table-footnotes-title">
        <h2 id="table-footnotes-title">{t('results:footnotesTitle')}</h2>
        <FootnoteList />
      </section>
      <Callout tone="info" title={t('compare:table.aboutTitle')}>
        <p>{t('catalog:source.disclaimer')}</p>
        <p>{t('catalog:source.asOf')}</p>
      </Callout>
    </div>
  );
}
