import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog/report';
import { rowGroups } from '../catalog/types';
import type { Cell, DataSet, RowGroupId, RowId, Tool } from '../catalog/types';
import { FootnoteRef, jumpTo } from '../components/footnote-ref';
import { CellMark } from '../components/cell-mark';
import { ChangeConditions } from '../components/changed-cell';
import { loadChanges, useUpdates } from '../components/use-catalog';
import { useFormats } from '../i18n/format';
import type { RowRelevance } from './table-highlight';

const groups = Object.keys(rowGroups) as RowGroupId[];
const captionId = 'report-table-caption';

interface Props {
  /** Rows that count in the company's answers, and how much. */
  relevance: ReadonlyMap<RowId, RowRelevance>;
  showHints: boolean;
  /** The data shown: the report's cells, or those with the known changes (both values where one changed). */
  dataSet: DataSet;
}

/** The element id of a change in the list under the table. */
export const changeAnchor = (updateId: string) => `update-${updateId}`;

/**
 * The report's table: 20 rows in 5 groups × 10 tools. It scrolls sideways inside its own
 * focusable region, so the page never does; the first column and the header row stay in view.
 */
export function ReportTable({ relevance, showHints, dataSet }: Props) {
  const { t } = useTranslation(['compare', 'catalog']);
  // The report with its known changes: each cell shows both, whatever data ranks.
  const tools = use(loadChanges()).currentCatalog.tools;
  return (
    <div className="table-scroll report-table__scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table className="report-table">
        <caption id={captionId}>{t('compare:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare:table.corner')}</th>
            {tools.map((tool) => (
              <th scope="col" key={tool.id}>{tool.name}</th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group}>
            <tr className="report-table__group">
              <th scope="rowgroup" colSpan={tools.length + 1}>
                <span>{t(`catalog:rowGroups.${group}`)}</span>
              </th>
            </tr>
            {rowGroups[group].map((row) => (
              <ReportRow key={row} row={row} tools={tools} relevance={relevance.get(row)} showHint={showHints} dataSet={dataSet} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ReportRow({ row, tools, relevance, showHint, dataSet }: { row: RowId; tools: readonly Tool[]; relevance?: RowRelevance; showHint: boolean; dataSet: DataSet }) {
  const { t } = useTranslation(['compare', 'catalog', 'results']);
  return (
    <tr className={relevance ? `report-table__row--marked report-table__row--${relevance}` : undefined}>
      <th scope="row">
        <span className="report-table__label">{t(`catalog:rows.${row}`)}</span>
        {relevance ? (
          <>
            <span className="visually-hidden">, </span>
            <span className={`importance-tag importance-tag--${relevance}`}>{t(`results:importance.${relevance}`)}</span>
          </>
        ) : null}
        {showHint ? <span className="report-table__hint">{t(`compare:table.rowHints.${row}`)}</span>
          // The row's ✘ does not mean "unencrypted": said beside it, not only in the optional hint.
          : row === 'transitEncryption' ? <span className="report-table__hint" data-transit-note>{t('compare:transitCross')}</span> : null}
      </th>
      {tools.map((tool) => <ReportCell key={tool.id} tool={tool} row={row} dataSet={dataSet} />)}
    </tr>
  );
}

const Value = ({ cell }: { cell: Cell }) => (
  <>
    <CellMark cell={cell} />
    {cell.footnotes ? <FootnoteRef ids={cell.footnotes} /> : null}
  </>
);

/**
 * One cell. Where it changed since the report, the report's data shows the 2020 value with a
 * marker that leads to the change; current data shows the new value, marked with the date of the
 * change, and the 2020 value beside it. `data-changed` carries the update's id (a test hook).
 */
function ReportCell({ tool, row, dataSet }: { tool: Tool; row: RowId; dataSet: DataSet }) {
  const { t } = useTranslation('updates');
  const { date } = useFormats();
  const { updateById } = useUpdates();
  const cell = tool.cells[row];
  const update = cell.updateId ? updateById(cell.updateId) : undefined;
  // Only the report's ten tools appear here; /own-tools shows a consultant's tools in a table apart.
  const was = getTool(reportCatalog, tool.id)!.cells[row];
  if (!update) {
    return <td data-tool-id={tool.id} data-row-id={row}><Value cell={was} /></td>;
  }
  const marker = (
    <a className="change-marker" href={`#${changeAnchor(update.id)}`} onClick={(e) => jumpTo(e, changeAnchor(update.id))}>
      {t(dataSet === 'current' ? 'table.since' : 'table.changed', { date: date(update.date.slice(0, 7)) })}
    </a>
  );
  return (
    <td data-tool-id={tool.id} data-row-id={row} data-changed={update.id} className={`report-table__changed report-table__changed--${dataSet}`}>
      {dataSet === 'current' ? (
        <>
          {/* The change's own conditions in words: its footnote numbers are not the report's. */}
          <span className="report-table__now"><CellMark cell={cell} /><ChangeConditions cell={cell} /></span>
          {marker}
          <span className="report-table__was">{t('table.was')} <Value cell={was} /></span>
        </>
      ) : (
        <>
          <Value cell={was} />
          {marker}
        </>
      )}
    </td>
  );
}
