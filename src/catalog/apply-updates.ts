/**
 * Applying updates to a catalog, in a module that loads no data file, so the build's check and
 * the browser tests' own expectations can use the very same function as the app.
 */
import type { Catalog, CellUpdate, Update } from './types';

/**
 * The catalog with every `cell` update applied: each changed cell is the update's cell plus
 * `updateId`. A later update of the same cell wins. Pure; `catalog` is not changed.
 * @example applyUpdates(reportCatalog, updates).tools[3].cells.e2e // { value: true, updateId: 'zoomE2e' }
 */
export function applyUpdates(catalog: Catalog, list: readonly Update[]): Catalog {
  const cellUpdates = list.filter((u): u is CellUpdate => u.kind === 'cell');
  return {
    ...catalog,
    tools: catalog.tools.map((tool) => {
      const mine = cellUpdates.filter((u) => u.tools.includes(tool.id));
      if (!mine.length) return tool;
      const cells = { ...tool.cells };
      for (const u of mine) cells[u.row] = { ...u.cell, updateId: u.id };
      return { ...tool, cells };
    }),
  };
}
