/**
 * Since the report: dated, sourced changes after spring 2020 (`updates.json`), kept apart from
 * the report, which stays as published. A module of its own, so the pages that rank on the
 * report load without it. Checked by the build and the tests, like the report.
 */
import { reportCatalog } from './report';
import json from './updates.json';
import type { Catalog, CellUpdate, ToolId, Update } from './types';

/**
 * Every update, oldest first. Wording at `updates:items.<id>`.
 * @example updates.find((u) => u.id === 'zoomE2e')?.date // '2020-10-26'
 */
export const updates: readonly Update[] = (json as unknown as { updates: Update[] }).updates;

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

/**
 * The report with the known changes applied. Rank it with the same rules as the report.
 * @example getTool(currentCatalog, 'signal').cells.maxParticipants.value // 40
 */
export const currentCatalog: Catalog = applyUpdates(reportCatalog, updates);

/**
 * The updates that concern a tool, newest first.
 * @example updatesFor('signal').at(-1)?.id // 'privacyShieldInvalidated'
 */
export function updatesFor(tool: ToolId): Update[] {
  return updates.filter((u) => u.tools.includes(tool)).reverse();
}

/**
 * The update with this id (a cell's `updateId`), if there is one.
 * @example updateById('zoomE2e')?.kind // 'cell'
 */
export function updateById(id: string): Update | undefined {
  return updates.find((u) => u.id === id);
}
