/**
 * Applying updates to a catalog, in a module that loads no data file, so the build's check and
 * the browser tests' own expectations can use the very same function as the app.
 */
import type { AnyToolId, Catalog, Cell, CellChange, RowId, Update } from './types';

/** Whether an update concerns the tool with this id (a tool from an own catalog: never). */
export const concerns = (update: Pick<Update, 'tools'>, id: AnyToolId): boolean => (update.tools as readonly string[]).includes(id);

/**
 * The catalog with every `cell` and `condition` update applied, oldest first. A `cell` update puts
 * its cell in place; a `condition` update adds its condition to each of its rows and keeps their
 * values. Either way the cell gets the update's `updateId`, so a later update of the same cell
 * wins. Pure; `catalog` is not changed, and tools no update touches stay the same objects.
 * @example applyUpdates(reportCatalog, updates).tools[3].cells.e2e
 * // { value: true, conditions: [{ upToParticipants: 200 }], updateId: 'zoomE2e' }
 */
export function applyUpdates(catalog: Catalog, list: readonly (Update | CellChange)[]): Catalog {
  const changing = list.filter((u) => u.kind !== 'notice');
  return {
    ...catalog,
    tools: catalog.tools.map((tool) => {
      const mine = changing.filter((u) => concerns(u, tool.id));
      if (!mine.length) return tool;
      const cells: Record<RowId, Cell> = { ...tool.cells };
      for (const u of mine) {
        if (u.kind === 'cell') cells[u.row] = { ...u.cell, updateId: u.id };
        else if (u.kind === 'condition') {
          for (const row of u.rows) {
            const cell = cells[row];
            cells[row] = { ...cell, conditions: [...(cell.conditions ?? []), u.condition], updateId: u.id };
          }
        }
      }
      return { ...tool, cells };
    }),
  };
}
