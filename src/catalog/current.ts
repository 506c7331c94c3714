/**
 * Since the report: every dated, sourced change after spring 2020 (`updates.json`), kept apart
 * from the report, which stays as published. A module of its own, so the pages that rank on the
 * report load without it, and those that rank on current data load only the changes to cells
 * (`changes.ts`) until they list the changes. Checked by the build and the tests, like the report.
 */
import { applyUpdates, concerns } from './apply-updates';
import json from './updates.json';
import type { AnyToolId, Update } from './types';

// The report with the changes applied is in `changes.ts`: not re-exported here, so the app's two
// ways of loading it (the changes alone, or all the updates) share one file and no re-export of it.
export { applyUpdates };

/**
 * Every update, oldest first. Wording at `updates:items.<id>`.
 * @example updates.find((u) => u.id === 'zoomE2e')?.date // '2020-10-26'
 */
export const updates: readonly Update[] = (json as unknown as { updates: Update[] }).updates;

/**
 * The updates that concern a tool, newest first.
 * @example updatesFor('signal').at(-1)?.id // 'privacyShieldInvalidated'
 */
export function updatesFor(tool: AnyToolId): Update[] {
  return updates.filter((u) => concerns(u, tool)).reverse();
}

/**
 * The update with this id (a cell's `updateId`), if there is one.
 * @example updateById('zoomE2e')?.kind // 'cell'
 */
export function updateById(id: string): Update | undefined {
  return updates.find((u) => u.id === id);
}
