import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestUpdate } from '../catalog/latest-update';
import type { CellUpdate, ConditionUpdate } from '../catalog/types';
import { DataChoice } from '../components/data-choice';
import { FootnoteList } from '../components/footnote-ref';
import { UpdateEntry } from '../components/update-entry';
import { useDataSet, useUpdates } from '../components/use-catalog';
import { useFormats } from '../i18n/format';
import { PageHeading } from '../components/page-heading';
import { useStore } from '../state/store';
import { relevantRows } from './table-highlight';
import { TableLegend } from './table-legend';
import { ReportTable } from './table-report';
import './table-page.css';
import { Callout } from '../components/callout';

/** /table: the report's own table, with the rows that count in the company's answers marked. */
export function TablePage() {
  const { t } = useTranslation(['compare', 'catalog', 'results', 'updates']);
  const answers = useStore((s) => s.answers);
  const relevance = useMemo(() => relevantRows(answers), [answers]);
  const [showHints, setShowHints] = useState(false);
  const hintsId = useId();
  const dataSet = useDataSet();
  const { date } = useFormats();
  // The changes that touch cells: a new value, or a condition on the report's value.
  const changes = useUpdates().updates.filter((u): u is CellUpdate | ConditionUpdate => u.kind !== 'notice');
  const cells = changes.reduce((n, u) => n + (u.kind === 'cell' ? 1 : u.rows.length), 0);
  return (
    <div className="table-page">
      <PageHeading title={t('compare:table.title')} caption={t(`results:page.dataCaption.${dataSet}`, { date: date(latestUpdate) })}>
        {t('compare:table.title')}
      </PageHeading>
      <p className="lead">{t('compare:table.lead')}</p>
      <p className="hint">{t(`compare:table.asOf.${dataSet}`, { date: date(latestUpdate) })}</p>
      <div className="no-print"><DataChoice name="table-data" /></div>
      <div className="table-page__options no-print">
        <div className="table-page__check">
          <input id={hintsId} type="checkbox" checked={showHints} onChange={(e) => setShowHints(e.target.checked)} />
          <label htmlFor={hintsId}>{t('compare:table.showHints')}</label>
        </div>
        <p className="hint">{t('compare:table.yoursHint')}</p>
        <p className="hint table-page__scroll-hint">{t('compare:table.scrollHint')}</p>
      </div>
      <ReportTable relevance={relevance} showHints={showHints} dataSet={dataSet} />
      <TableLegend />
      <section className="table-changes" aria-labelledby="table-changes-title">
        <h2 id="table-changes-title">{t('updates:table.changesTitle')}</h2>
        <p>{t('updates:table.changesIntro', { count: cells })}</p>
        <ol className="update-list">
          {changes.map((u) => (
            <li key={u.id}><UpdateEntry update={u} showTools level={3} /></li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="table-footnotes-title">
        <h2 id="table-footnotes-title">{t('catalog:footnotesTitle')}</h2>
        <FootnoteList />
      </section>
      <Callout tone="info" title={t('compare:table.aboutTitle')}>
        <p>{t('catalog:source.disclaimer')}</p>
        <p>{t('catalog:source.asOf')}</p>
      </Callout>
    </div>
  );
}
