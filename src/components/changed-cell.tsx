import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog/report';
import type { RowId, Tool } from '../catalog/types';
import { useFormats } from '../i18n/format';
import { verdictRows } from '../scoring/criterion-rows';
import type { VerdictCriterion } from '../scoring/types';
import { updateText } from './catalog-text';
import { CellMark } from './cell-mark';
import { FootnoteRef } from './footnote-ref';
import { useUpdates } from './use-catalog';
import './updates.css';

/**
 * Where a cell changed since the report (current data only): the report's 2020 value beside the
 * new one, with the date and the sentence of the update that changed it (found by `updateId`).
 */
export function ChangedCell({ tool, row, brief = false }: { tool: Tool; row: RowId; brief?: boolean }) {
  const { t } = useTranslation(['updates', 'catalog']);
  const { date } = useFormats();
  const { updateById } = useUpdates();
  const cell = tool.cells[row];
  const update = cell.updateId ? updateById(cell.updateId) : undefined;
  if (!update) return null;
  const was = getTool(reportCatalog, tool.id).cells[row];
  return (
    <div className="changed-cell" data-changed-row={row} data-update-id={update.id}>
      <p className="changed-cell__values">
        <span className="changed-cell__label">{t(`catalog:rows.${row}`)}:</span>{' '}
        <span className="changed-cell__was">
          {t('updates:changed.was')} <CellMark cell={was} />
          {was.footnotes ? <FootnoteRef ids={was.footnotes} /> : null}
        </span>
        <span aria-hidden="true"> → </span>
        <span className="changed-cell__now">
          {t('updates:changed.now', { date: date(update.date) })} <CellMark cell={cell} />
          {cell.footnotes ? <FootnoteRef ids={cell.footnotes} /> : null}
        </span>
      </p>
      {brief ? null : <p className="changed-cell__why">{updateText(t, update.id)}</p>}
    </div>
  );
}

/** The changed cells a verdict rests on (none with the report's data), each as a `ChangedCell`. */
export function ChangedRows({ tool, criterion, brief = false }: { tool: Tool; criterion: VerdictCriterion; brief?: boolean }) {
  const rows = verdictRows[criterion].filter((row) => tool.cells[row].updateId);
  return rows.map((row) => <ChangedCell key={row} tool={tool} row={row} brief={brief} />);
}
