/**
 * The check of the own catalog saved in this browser: small and hand-written, because a shared
 * link's first screen already ranks the saved tools and must not wait for valibot (which checks
 * files at the door, `schema-own.ts`). What it cannot trust it drops, tool by tool and change by change, and says how
 * many; a copy it cannot read at all comes back as null.
 */
import { fitsOwnRow, isOwnToolId, ownConditionNames, ownConditionsProblem, ownFormat, ownVersion, type OwnCatalog, type OwnCell, type OwnChange, type OwnSource, type OwnTool } from './own';
import { isToolId, rowIds } from './types';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 500;
const isHttps = (x: unknown): x is string => typeof x === 'string' && /^https:\/\/[^\s]+$/.test(x);
const isCondition = (c: unknown): boolean =>
  (ownConditionNames as readonly unknown[]).includes(c) || (isRecord(c) && Object.keys(c).length === 1 && Number.isInteger(c.upToParticipants) && (c.upToParticipants as number) >= 2);

function cellOf(x: unknown, row: (typeof rowIds)[number], sources: Record<string, OwnSource>): OwnCell | null {
  if (!isRecord(x) || !fitsOwnRow(row, x.value)) return null;
  const cell: OwnCell = { value: x.value as OwnCell['value'] };
  if (x.conditions !== undefined) {
    if (!Array.isArray(x.conditions) || !x.conditions.every(isCondition)) return null;
    cell.conditions = x.conditions as OwnCell['conditions'];
    if (ownConditionsProblem(row, cell)) return null;
  }
  if (x.source !== undefined) {
    if (typeof x.source !== 'string' || !Object.hasOwn(sources, x.source)) return null;
    cell.source = x.source;
  } else if (cell.value !== 'unknown') return null;
  if (x.note !== undefined) {
    if (!isText(x.note) || x.note.length > 200) return null;
    cell.note = x.note;
  }
  return cell;
}

function toolOf(x: unknown, sources: Record<string, OwnSource>): OwnTool | null {
  if (!isRecord(x) || typeof x.id !== 'string' || !isOwnToolId(x.id) || !isText(x.name) || !isText(x.provider) || !isRecord(x.cells)) return null;
  const cells = {} as OwnTool['cells'];
  for (const row of rowIds) {
    const cell = cellOf(x.cells[row], row, sources);
    if (!cell) return null;
    cells[row] = cell;
  }
  const tool: OwnTool = { id: x.id, name: x.name, provider: x.provider, cells };
  if (isHttps(x.website)) tool.website = x.website;
  return tool;
}

function changeOf(x: unknown, sources: Record<string, OwnSource>): OwnChange | null {
  if (!isRecord(x) || !isToolId(x.tool) || !(rowIds as readonly unknown[]).includes(x.row)) return null;
  const row = x.row as OwnChange['row'];
  const cell = cellOf(x.cell, row, sources);
  return cell && { tool: x.tool, row, cell };
}

/**
 * The saved own catalog as far as it can be trusted, and how many tools and changes were dropped;
 * null when it is not an own catalog of this version at all.
 * @example readOwnCatalog(JSON.parse(localStorage.getItem(key)!))?.catalog.tools.length
 */
export function readOwnCatalog(input: unknown): { catalog: OwnCatalog; dropped: number } | null {
  if (!isRecord(input) || input.format !== ownFormat || input.version !== ownVersion) return null;
  if (!isText(input.title) || !isText(input.publisher) || !isText(input.date) || !isRecord(input.sources)) return null;
  const sources: Record<string, OwnSource> = {};
  for (const [key, s] of Object.entries(input.sources)) {
    if (!isRecord(s) || !isText(s.publisher) || !isText(s.title)) continue;
    const source: OwnSource = { publisher: s.publisher, title: s.title };
    if (isText(s.date)) source.date = s.date;
    if (isHttps(s.url)) source.url = s.url;
    sources[key] = source;
  }
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  const tools: OwnTool[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const t of list(input.tools)) {
    const tool = toolOf(t, sources);
    if (tool && !ids.has(tool.id)) {
      ids.add(tool.id);
      tools.push(tool);
    } else dropped++;
  }
  const changes: OwnChange[] = [];
  const cells = new Set<string>();
  for (const c of list(input.changes)) {
    const change = changeOf(c, sources);
    if (change && !cells.has(`${change.tool} ${change.row}`)) {
      cells.add(`${change.tool} ${change.row}`);
      changes.push(change);
    } else dropped++;
  }
  const catalog: OwnCatalog = { format: ownFormat, version: ownVersion, title: input.title, publisher: input.publisher, date: input.date, sources, tools, changes };
  return { catalog, dropped };
}
