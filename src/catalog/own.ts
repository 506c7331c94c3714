/**
 * A consultant's own catalog: tools the report never saw, and corrections of the report's cells
 * with sources of their own, kept apart from the report and from the dated changes. This module
 * holds the file format's types and limits (a public interface, documented in the README) and the
 * pure merge that ranks on them. It loads no data file: the checks at the door are `own-guard.ts`
 * (small, for the copy saved in the browser) and `own-schema.ts` (valibot, for a file or a link).
 */
import { isToolId, rowIds, type Catalog, type Cell, type OwnCatalogRef, type OwnSourceRef, type RowId, type Tool, type ToolId } from './types';

/** The `format` every own catalog file names. */
export const ownFormat = 'videobelwijzer-tools';
/** The file format's version this app writes and reads. A newer file is refused with its own message. */
export const ownVersion = 1;

/** What an own catalog may hold, checked before and while it is parsed. */
export const ownLimits = {
  tools: 50,
  changes: 200,
  sources: 500,
  /** Of the file as text, in UTF-8 bytes. */
  bytes: 512 * 1024,
  /** A cell's note, in characters. */
  note: 200,
  /** A name, title, publisher or provider, in characters. */
  text: 120,
  /** An address, in characters. */
  url: 500,
} as const;

/** How many problems a refused file gets back, at most: a file with a thousand mistakes gets a readable list. */
export const maxOwnProblems = 50;

/** A tool's id in a file: lower-case letters, digits and hyphens, 1 to 40 of them. */
export const ownIdPattern = /^[a-z0-9-]{1,40}$/;

/** The conditions a file may put on a cell, by name (as the report's footnotes 4, 3 and 2), or a participant limit. */
export const ownConditionNames = ['paidPlan', 'ownServer', 'browserOnly'] as const;
export type OwnCondition = (typeof ownConditionNames)[number] | { upToParticipants: number };

/** The rows where a file may say "n/a", as the report does. */
export const ownNotApplicableRows: readonly RowId[] = ['dpa', 'thirdPartySharing', 'controllerLocation', 'dataInEU'];

/**
 * A cell's value in a file: the kinds of value the report's table uses (`true`, `false`, `"n/a"`,
 * a participant count, a country code), or `"unknown"`: no source gave it.
 */
export type OwnValue = boolean | 'n/a' | 'unknown' | number | string;

export interface OwnCell {
  value: OwnValue;
  conditions?: OwnCondition[];
  /** A key of the file's `sources`; required unless the value is `"unknown"`. */
  source?: string;
  /** Plain text, at most `ownLimits.note` characters. */
  note?: string;
}

export interface OwnSource {
  publisher: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date?: string;
  /** https only. */
  url?: string;
}

export interface OwnTool {
  id: string;
  name: string;
  provider: string;
  /** https only. */
  website?: string;
  /** One cell per row of the report's table. */
  cells: Record<RowId, OwnCell>;
}

/** A correction of one of the report's tools' cells, with the file's own source. */
export interface OwnChange {
  tool: ToolId;
  row: RowId;
  cell: OwnCell;
}

/** An own catalog, as a file holds it (and as the browser keeps it). */
export interface OwnCatalog {
  format: typeof ownFormat;
  version: typeof ownVersion;
  title: string;
  publisher: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  sources: Record<string, OwnSource>;
  tools: OwnTool[];
  changes: OwnChange[];
}

/** Where an own catalog in a ranking comes from: the user's saved catalog, or a shared link. */
export type OwnOrigin = 'saved' | 'link';

/** One own catalog to merge, and where it comes from. */
export interface OwnEntry {
  catalog: OwnCatalog;
  via: OwnOrigin;
}

/** True when `id` may name an own tool: the pattern, and none of the report's ten. */
export function isOwnToolId(id: string): boolean {
  return ownIdPattern.test(id) && !isToolId(id);
}

/**
 * Whether a value fits its row: a number only on the size row, a country only on the
 * controller's, a mark elsewhere; "unknown" anywhere, "n/a" only where the report uses it.
 */
export function fitsOwnRow(row: RowId, value: unknown): boolean {
  if (value === 'unknown') return true;
  if (value === 'n/a') return ownNotApplicableRows.includes(row);
  if (row === 'maxParticipants') return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 1_000_000;
  if (row === 'controllerLocation') return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
  return typeof value === 'boolean';
}

/**
 * What is wrong with a cell's conditions on its row, if anything: none on the price row, none on
 * a ✘ or an unknown, each once.
 */
export function ownConditionsProblem(row: RowId, cell: Pick<OwnCell, 'value' | 'conditions'>): 'conditionOnFreeTier' | 'conditionNotAllowed' | 'conditionRepeated' | null {
  const list = cell.conditions ?? [];
  if (!list.length) return null;
  if (row === 'freeTier') return 'conditionOnFreeTier';
  if (!(cell.value === true || cell.value === 'n/a' || typeof cell.value === 'number')) return 'conditionNotAllowed';
  const keys = list.map((c) => (typeof c === 'string' ? c : 'upToParticipants'));
  return new Set(keys).size === keys.length ? null : 'conditionRepeated';
}

/** The key of a source in a merged catalog (`Catalog.own.sources`): the catalog's place, and the source's key ("" for the catalog itself). */
export const ownSourceKey = (catalog: number, source = ''): string => `${catalog}/${source}`;

const conditionOf = (c: OwnCondition): NonNullable<Cell['conditions']>[number] =>
  typeof c === 'string' ? c : { upToParticipants: c.upToParticipants };

/** A file's cell in the catalog's own cell format, citing its source (or the catalog, for an unknown without one). */
function toCell(cell: OwnCell, catalog: number): Cell {
  const out: Cell = { value: cell.value, ownSource: ownSourceKey(catalog, cell.source) };
  if (cell.conditions?.length) out.conditions = cell.conditions.map(conditionOf);
  if (cell.note !== undefined) out.remark = cell.note;
  return out;
}

function toTool(tool: OwnTool, catalog: number, { publisher: by }: OwnCatalog, via: OwnOrigin): Tool {
  const cells = {} as Record<RowId, Cell>;
  for (const row of rowIds) cells[row] = toCell(tool.cells[row], catalog);
  const out: Tool = { id: tool.id, name: tool.name, cells, own: { catalog, by, via, provider: tool.provider } };
  if (tool.website !== undefined) out.own!.website = tool.website;
  return out;
}

/**
 * `base` (the report, or the report with its known changes) with own catalogs merged in, in
 * order: each catalog's changes replace the cells they name (the base's value stays in the base
 * catalog, for the UI to show beside them), and its tools join after the report's. A later
 * catalog wins where two name the same tool or cell: a link's version over the saved one.
 * Own tools that reuse a report tool's id are left out (the checks refuse them anyway).
 * Pure: neither input changes, and with no catalogs `base` itself comes back, so its ranking's
 * preparation is reused.
 * @example withOwn(reportCatalog, [{ catalog: example, via: 'saved' }]).tools.length // 15
 */
export function withOwn(base: Catalog, entries: readonly OwnEntry[]): Catalog {
  if (!entries.length) return base;
  const catalogs: OwnCatalogRef[] = [];
  const sources: Record<string, OwnSourceRef> = {};
  const changed = new Map<ToolId, Map<RowId, Cell>>();
  const added = new Map<string, Tool>();
  entries.forEach(({ catalog: own, via }, k) => {
    catalogs.push({ title: own.title, publisher: own.publisher, date: own.date, via });
    sources[ownSourceKey(k)] = { catalog: k };
    for (const [key, s] of Object.entries(own.sources)) sources[ownSourceKey(k, key)] = { ...s, catalog: k };
    for (const c of own.changes) {
      const rows = changed.get(c.tool) ?? new Map<RowId, Cell>();
      rows.set(c.row, toCell(c.cell, k));
      changed.set(c.tool, rows);
    }
    for (const t of own.tools) if (isOwnToolId(t.id)) added.set(t.id, toTool(t, k, own, via));
  });
  const tools = base.tools.map((tool) => {
    const rows = changed.get(tool.id as ToolId);
    return rows ? { ...tool, cells: { ...tool.cells, ...Object.fromEntries(rows) } } : tool;
  });
  return { ...base, tools: [...tools, ...added.values()], own: { catalogs, sources } };
}

/** Whether an own catalog keeps the limits on how many tools, changes and sources it holds. */
export const withinOwnLimits = (c: OwnCatalog): boolean =>
  c.tools.length <= ownLimits.tools && c.changes.length <= ownLimits.changes && Object.keys(c.sources).length <= ownLimits.sources;

/**
 * `into` with `added`'s tools, changes and sources: a tool with the same id, or a change to the
 * same cell, replaces the one in `into`; a source whose key `into` already uses for another source
 * gets a new key ("w1-2"), and the cells that cite it follow. The title, publisher and date stay
 * `into`'s. Pure.
 * @example addOwnCatalog(mine, example).tools.length // mine's tools plus the example's five
 */
export function addOwnCatalog(into: OwnCatalog, added: OwnCatalog): OwnCatalog {
  const sources = { ...into.sources };
  const renamed = new Map<string, string>();
  for (const [key, source] of Object.entries(added.sources)) {
    let k = key;
    for (let n = 2; Object.hasOwn(sources, k) && JSON.stringify(sources[k]) !== JSON.stringify(source); n++) k = `${key}-${n}`;
    sources[k] = source;
    if (k !== key) renamed.set(key, k);
  }
  const cite = (cell: OwnCell): OwnCell => (cell.source !== undefined && renamed.has(cell.source) ? { ...cell, source: renamed.get(cell.source)! } : cell);
  const tools = new Map(into.tools.map((t) => [t.id, t]));
  for (const t of added.tools) {
    tools.set(t.id, { ...t, cells: Object.fromEntries(rowIds.map((row) => [row, cite(t.cells[row])])) as OwnTool['cells'] });
  }
  const changes = new Map(into.changes.map((c) => [`${c.tool} ${c.row}`, c]));
  for (const c of added.changes) changes.set(`${c.tool} ${c.row}`, { ...c, cell: cite(c.cell) });
  return { ...into, sources, tools: [...tools.values()], changes: [...changes.values()] };
}
