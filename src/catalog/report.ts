import json from './report-2020.json';
import { plannedWhenKeys } from './types';
import type { Catalog, Cell, PlannedWhenKey, Tool, ToolId } from './types';

/**
 * The report's catalog, as published. The file is checked against the schema (`schema.ts`) by
 * the build and by the tests, which name every wrong path; the browser trusts it and never loads its schema.
 * @example reportCatalog.tools[0].name // 'Microsoft Teams'
 */
export const reportCatalog: Catalog = json as unknown as Catalog;

// The report's general tips are data of their own (types.ts), so pure code can use them without the table.
export { generalTipIds, generalTipsSection } from './types';
export type { GeneralTipId } from './types';

export { isToolId } from './types';

/**
 * Finds a tool by id. With a `ToolId` the tool is always there (the schema checks all ten);
 * with any other string the answer may be `undefined`.
 * @example getTool(reportCatalog, 'zoom').cells.maxParticipants // { value: 500 }
 */
export function getTool(catalog: Catalog, id: ToolId): Tool;
export function getTool(catalog: Catalog, id: string): Tool | undefined;
export function getTool(catalog: Catalog, id: string): Tool | undefined {
  return catalog.tools.find((tool) => tool.id === id);
}

/**
 * The locale key for when a planned feature is due (`results:plannedWhen.<key>`),
 * or undefined when the cell is not planned.
 * @example plannedWhenKey({ value: 'planned', note: 'Zomer 2020' }) // 'summer2020'
 */
export function plannedWhenKey(cell: Cell): PlannedWhenKey | undefined {
  if (cell.value !== 'planned' || cell.note === undefined) return undefined;
  return (plannedWhenKeys as Record<string, PlannedWhenKey>)[cell.note];
}
