/**
 * Since the report, what ranking needs: the changes to cells (`cell` and `condition` updates),
 * and the report with them applied. The notices, most of `updates.json`, are in `current.ts`,
 * loaded with the parts that list them; the ranking on current data loads only this.
 */
import changes from 'virtual:catalog-changes';
import { applyUpdates } from './apply-updates';
import { reportCatalog } from './report';
import type { CellChange } from './types';

/**
 * The updates that change cells, oldest first (from `updates.json`, checked with it), each with
 * only its source's publisher (see CellChange).
 * @example cellChanges.map((u) => u.id).includes('zoomE2e') // true
 */
export const cellChanges: readonly CellChange[] = changes;

/**
 * The report with the known changes applied. Rank it with the same rules as the report.
 * @example getTool(currentCatalog, 'signal').cells.maxParticipants.value // 40
 */
export const currentCatalog = applyUpdates(reportCatalog, cellChanges);

/**
 * The change with this id (a changed cell's `updateId`, or a verdict's `update` source).
 * @example changeById('zoomE2e')?.date // '2020-10-26'
 */
export function changeById(id: string): CellChange | undefined {
  return cellChanges.find((u) => u.id === id);
}
