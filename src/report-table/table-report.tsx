import { useTranslation } from 'react-i18next';
import { reportCatalog, rowGroups } from '../catalog';
import type { RowGroupId, RowId, Tool } from '../catalog/types';
import { FootnoteRef } from '../components/footnote-ref';
import { CellMark } from '../components/cell-mark';
import type { RowRelevance } from './table-highlight';

const groups = Object.keys(rowGroups) as RowGroupId[];
const captionId = 'report-table-caption';

interface Props {
  /** Rows that count in the company's answers, and how much. */
  relevance: ReadonlyMap<RowId, RowRelevance>;
  showHints: boolean;
}

/**
 * The report's table: 20 rows in 5 groups × 10 tools. It scrolls sideways inside its own
 * focusable region, so the page never does; the first column and the header row stay in view.
 */
export function ReportTable({ relevance, showHints }: Props) {
  const { t } = useTranslation(['compare', 'catalog']);
  const tools = reportCatalog.tools;
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
              <ReportRow key={row} row={row} tools={tools} relevance={relevance.get(row)} showHint={showHints} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ReportRow({ row, tools, relevance, showHint }: { row: RowId; tools: readonly Tool[]; relevance?: RowRelevance; showHint: boolean }) {
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
        {showHint ? <span className="report-table__hint">{t(`compare:table.rowHints.${row}`)}</span> : null}
      </th>
      {tools.map((tool) => {
        const cell = tool.cells[row];
        return (
          <td key={tool.id} data-tool-id={tool.id} data-row-id={row}>
            <CellMark cell={cell} />
            {cell.footnotes ? <FootnoteRef ids={cell.footnotes} /> : null}
          </td>
        );
      })}
    </tr>
  );
}
