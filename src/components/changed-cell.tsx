import { useTranslation } from 'react-i18next';
import { getTool, reportCatalog } from '../catalog/report';
import type { Cell, CellCondition, FootnoteCondition, RowId, Tool } from '../catalog/types';
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
  const was = getTool(reportCatalog, tool.id)?.cells[row];
  if (!update || !was) return null;
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
          <ChangeConditions cell={cell} />
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

/** The words of a condition (`catalog:conditions.<key>`), whether it came as a footnote number or by name. */
const conditionKey = (c: CellCondition | FootnoteCondition['type']): string => (typeof c === 'object' ? 'upToParticipants' : c);

/**
 * The conditions of a cell a change made, in words after its mark ("only on the pricier plans, up to
 * 200 participants"). A change that kept the report's footnote format cites a footnote number for
 * its condition; that condition is the change's, so it is worded here, never linked to the
 * report's footnote. A footnote that only explains (1) adds nothing.
 */
export function ChangeConditions({ cell }: { cell: Cell }) {
  const { t } = useTranslation('catalog');
  const { number, list } = useFormats();
  const fromFootnotes = (cell.footnotes ?? []).map((id) => reportCatalog.footnotes.find((f) => f.id === id)?.condition.type)
    .filter((type): type is FootnoteCondition['type'] => type !== undefined && type !== 'explanation' && type !== 'noVideoInFreeTier');
  const all = [...fromFootnotes, ...(cell.conditions ?? [])];
  if (!all.length) return null;
  const words = all.map((c) => (t as unknown as (key: string, o?: object) => string)(`conditions.${conditionKey(c)}`,
    typeof c === 'object' ? { count: number(c.upToParticipants) } : undefined));
  return <span className="change-conditions"> ({list(words)})</span>;
}
