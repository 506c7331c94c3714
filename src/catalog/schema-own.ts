/**
 * The check at the door of an own catalog: a file a consultant imports, or the part of a link
 * that carries one. It loads only with that feature (valibot is never on the first screen), and
 * it refuses a file whole: every problem comes back as a code at a place (`OwnProblem`), which
 * the UI words in the user's language. The text's size is checked first, before any parsing.
 */
import * as v from 'valibot';
import {
  fitsOwnRow, isOwnToolId, maxOwnProblems, ownConditionNames, ownConditionsProblem, ownFormat, ownIdPattern, ownLimits, ownNotApplicableRows, ownVersion,
  type OwnCatalog, type OwnCell,
} from './own';
import { isUpdateDate } from './dates';
import { isToolId, rowIds, type RowId } from './types';

/** What is wrong, as a code; the UI words each at `own:problems.<code>`. */
export const ownProblemCodes = [
  // The whole file.
  'tooLarge', 'notJson', 'notOwnCatalog', 'newerVersion',
  // A field.
  'missing', 'unknownField', 'wrongType', 'empty', 'tooLong', 'badDate', 'notHttps', 'tooMany',
  // Ids and references.
  'badId', 'reportToolId', 'duplicateId', 'notReportTool', 'duplicateChange', 'sourceMissing', 'sourceNotListed',
  // A cell.
  'valueNotOnRow', 'notApplicableNotOnRow', 'badCount', 'conditionNotAllowed', 'conditionOnFreeTier', 'conditionRepeated',
] as const;
export type OwnProblemCode = (typeof ownProblemCodes)[number];

/**
 * Where a problem is, as the UI names it: "Tool 3 (OpenTalk), row Open source". Indexes
 * count from 0; `name` is the tool's name where the file gives one as text.
 */
export interface OwnPlace {
  tool?: { index: number; name?: string };
  change?: { index: number };
  source?: string;
  row?: RowId;
  /** The field within the place (e.g. `website`, `note`, `date`), or at the top of the file (`title`). */
  field?: string;
}

export interface OwnProblem {
  code: OwnProblemCode;
  at: OwnPlace;
  params?: Record<string, string | number>;
}

export type OwnParse = { ok: true; catalog: OwnCatalog } | { ok: false; problems: OwnProblem[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
type PathKey = string | number;

// Messages are codes; `field` objects say missing vs unknown vs of the wrong type.
const objectIssue = (issue: v.BaseIssue<unknown>): OwnProblemCode =>
  issue.expected === 'never' ? 'unknownField' : issue.received === 'undefined' ? 'missing' : 'wrongType';
const text = (max: number = ownLimits.text) => v.pipe(
  v.string((i) => (i.received === 'undefined' ? 'missing' : 'wrongType')),
  v.trim(),
  v.nonEmpty('empty'),
  v.maxLength(max, 'tooLong'),
);
const date = v.pipe(v.string((i) => (i.received === 'undefined' ? 'missing' : 'wrongType')), v.check(isUpdateDate, 'badDate'));
const https = v.pipe(
  v.string('wrongType'),
  v.maxLength(ownLimits.url, 'tooLong'),
  v.check((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'notHttps'),
);
const count = v.pipe(v.number('wrongType'), v.integer('badCount'), v.minValue(2, 'badCount'), v.maxValue(1_000_000, 'badCount'));

const condition = v.union([
  v.picklist(ownConditionNames),
  v.strictObject({ upToParticipants: count }, objectIssue),
], 'wrongType');

const cellValue = v.union([
  v.boolean(),
  v.picklist(['n/a', 'unknown']),
  v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1_000_000)),
  v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
], 'wrongType');

const cell = v.strictObject({
  value: cellValue,
  conditions: v.optional(v.pipe(v.array(condition, 'wrongType'), v.maxLength(4, 'tooMany'))),
  source: v.optional(v.pipe(v.string('wrongType'), v.nonEmpty('empty'), v.maxLength(40, 'tooLong'))),
  note: v.optional(text(ownLimits.note)),
}, objectIssue);

const cells = v.strictObject(
  Object.fromEntries(rowIds.map((row) => [row, cell])) as Record<RowId, typeof cell>,
  objectIssue,
);

const source = v.strictObject({
  publisher: text(),
  title: text(),
  date: v.optional(date),
  url: v.optional(https),
}, objectIssue);

const tool = v.strictObject({
  id: v.pipe(v.string((i) => (i.received === 'undefined' ? 'missing' : 'wrongType')), v.regex(ownIdPattern, 'badId')),
  name: text(),
  provider: text(),
  website: v.optional(https),
  cells,
}, objectIssue);

const change = v.strictObject({
  tool: v.string((i) => (i.received === 'undefined' ? 'missing' : 'wrongType')),
  row: v.picklist(rowIds, (i) => (i.received === 'undefined' ? 'missing' : 'wrongType')),
  cell,
}, objectIssue);

/** The rules between fields: the file's own references, and what a cell may hold on its row. */
function checkCell(c: OwnCell, row: RowId, sources: Record<string, unknown>, base: PathKey[], add: (code: OwnProblemCode, path: PathKey[], params?: OwnProblem['params']) => void) {
  if (c.value === 'n/a' && !ownNotApplicableRows.includes(row)) add('notApplicableNotOnRow', [...base, 'value']);
  else if (!fitsOwnRow(row, c.value)) add('valueNotOnRow', [...base, 'value']);
  if (c.value !== 'unknown' && c.source === undefined) add('sourceMissing', [...base, 'source']);
  if (c.source !== undefined && !Object.hasOwn(sources, c.source)) add('sourceNotListed', [...base, 'source'], { source: c.source });
  const conditions = ownConditionsProblem(row, c);
  if (conditions) add(conditions, [...base, 'conditions']);
}

const catalogSchema = v.strictObject({
    format: v.literal(ownFormat, 'notOwnCatalog'),
    version: v.literal(ownVersion, 'wrongType'),
    title: text(),
    publisher: text(),
    date,
    sources: v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'badId')), source, objectIssue),
      v.check((s) => Object.keys(s).length <= ownLimits.sources, 'tooMany'),
    ),
    tools: v.pipe(v.array(tool, objectIssue), v.maxLength(ownLimits.tools, 'tooMany')),
  changes: v.optional(v.pipe(v.array(change, objectIssue), v.maxLength(ownLimits.changes, 'tooMany')), []),
}, objectIssue);

/**
 * The rules between fields, once the shape holds: ids unique and not the report's, changes only
 * to the report's tools, each cell once, and what each cell may hold on its row.
 */
function relations({ sources, tools, changes }: OwnCatalog): Array<{ code: OwnProblemCode; path: PathKey[]; params?: OwnProblem['params'] }> {
  const out: Array<{ code: OwnProblemCode; path: PathKey[]; params?: OwnProblem['params'] }> = [];
  const add = (code: OwnProblemCode, path: PathKey[], params?: OwnProblem['params']) => out.push(params ? { code, path, params } : { code, path });
  const ids = new Set<string>();
  tools.forEach((t, i) => {
    if (!isOwnToolId(t.id)) add('reportToolId', ['tools', i, 'id'], { id: t.id });
    else if (ids.has(t.id)) add('duplicateId', ['tools', i, 'id'], { id: t.id });
    ids.add(t.id);
    for (const row of rowIds) checkCell(t.cells[row], row, sources, ['tools', i, 'cells', row], add);
  });
  const seen = new Set<string>();
  changes.forEach((c, i) => {
    if (!isToolId(c.tool)) add('notReportTool', ['changes', i, 'tool'], { id: String(c.tool).slice(0, 40) });
    const key = `${c.tool} ${c.row}`;
    if (seen.has(key)) add('duplicateChange', ['changes', i, 'row']);
    seen.add(key);
    checkCell(c.cell, c.row, sources, ['changes', i, 'cell'], add);
  });
  return out;
}

/**
 * `relations` on a file whose shape is broken somewhere: what it can check where the lists of
 * tools and changes are whole; nothing where they are not, or where it cannot.
 */
function relationsAsFarAsTheyGo(input: Record<string, unknown>): ReturnType<typeof relations> {
  const whole = (x: unknown, key: string) => Array.isArray(x) && x.every((t) => isRecord(t) && isRecord(t[key]));
  if (!whole(input.tools ?? [], 'cells') || !whole(input.changes ?? [], 'cell')) return [];
  try {
    const sources = isRecord(input.sources) ? input.sources : {};
    return relations({ sources, tools: input.tools ?? [], changes: input.changes ?? [] } as unknown as OwnCatalog);
  } catch {
    return [];
  }
}

/** The place of a path in the file, for the UI's words. */
function placeOf(path: readonly PathKey[], input: unknown): OwnPlace {
  const place: OwnPlace = {};
  const root = isRecord(input) ? input : {};
  const [top, index, ...rest] = path;
  if (top === 'tools' && typeof index === 'number') {
    const t = Array.isArray(root.tools) ? root.tools[index] : undefined;
    const name = isRecord(t) && typeof t.name === 'string' && t.name.trim() ? t.name.trim().slice(0, ownLimits.text) : undefined;
    place.tool = name === undefined ? { index } : { index, name };
    if (rest[0] === 'cells' && typeof rest[1] === 'string' && (rowIds as readonly string[]).includes(rest[1])) {
      place.row = rest[1] as RowId;
      if (typeof rest[2] === 'string' && rest[2] !== 'value') place.field = rest[2];
    } else if (typeof rest[0] === 'string' && rest[0] !== 'cells') place.field = rest[0];
    else if (rest[0] === 'cells' && typeof rest[1] === 'string') place.field = rest[1];
  } else if (top === 'changes' && typeof index === 'number') {
    place.change = { index };
    const c = Array.isArray(root.changes) ? root.changes[index] : undefined;
    if (isRecord(c) && typeof c.row === 'string' && (rowIds as readonly string[]).includes(c.row)) place.row = c.row as RowId;
    const field = rest[0] === 'cell' ? rest[1] : rest[0];
    if (typeof field === 'string' && field !== 'value' && field !== 'row') place.field = field;
  } else if (top === 'sources' && typeof index === 'string') {
    place.source = index.slice(0, 40);
    if (typeof rest[0] === 'string') place.field = rest[0];
  } else if (typeof top === 'string') {
    place.field = top;
  }
  return place;
}

const byteLength = (s: string): number => new TextEncoder().encode(s).length;


/**
 * Checks an own catalog given as parsed JSON: the catalog (changes default to none), or every
 * problem at its place. A newer version than this app reads is refused with its own code.
 * @example checkOwnCatalog({ format: 'videobelwijzer-tools', version: 1, … }).ok // true
 */
export function checkOwnCatalog(input: unknown): OwnParse {
  if (!isRecord(input) || input.format !== ownFormat) return { ok: false, problems: [{ code: 'notOwnCatalog', at: {} }] };
  if (typeof input.version === 'number' && input.version > ownVersion) {
    return { ok: false, problems: [{ code: 'newerVersion', at: { field: 'version' }, params: { version: input.version } }] };
  }
  const result = v.safeParse(catalogSchema, input);
  const found: ReturnType<typeof relations> = result.success
    ? relations(result.output as OwnCatalog)
    : result.issues.map((issue) => ({
      code: (ownProblemCodes as readonly string[]).includes(issue.message) ? (issue.message as OwnProblemCode) : 'wrongType',
      path: (issue.path ?? []).map((p) => p.key as PathKey),
    }));
  if (!result.success) {
    // The rules between fields too, as far as the shape allows, so one round of corrections fixes
    // all; a place the shape's check already names is not named twice.
    const named = new Set(found.map((f) => f.path.join('.')));
    found.push(...relationsAsFarAsTheyGo(input).filter((f) => !named.has(f.path.join('.'))));
  }
  if (result.success && !found.length) return { ok: true, catalog: result.output as OwnCatalog };
  const problems: OwnProblem[] = [];
  const seen = new Set<string>();
  for (const { code, path, params } of found) {
    const key = `${code} ${path.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(params ? { code, at: placeOf(path, input), params } : { code, at: placeOf(path, input) });
    if (problems.length >= maxOwnProblems) break;
  }
  return { ok: false, problems };
}

/**
 * Checks an own catalog file's text: its size first (at most `ownLimits.bytes`), then its JSON,
 * then `checkOwnCatalog`.
 * @example parseOwnCatalog('{ "format": "something else" }') // { ok: false, problems: [{ code: 'notOwnCatalog', at: {} }] }
 */
export function parseOwnCatalog(text: string): OwnParse {
  // A UTF-8 character takes at most 3 bytes per UTF-16 code unit: a cheap bound before encoding.
  if (text.length > ownLimits.bytes || (text.length * 3 > ownLimits.bytes && byteLength(text) > ownLimits.bytes)) {
    return { ok: false, problems: [{ code: 'tooLarge', at: {}, params: { max: ownLimits.bytes } }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'notJson', at: {} }] };
  }
  return checkOwnCatalog(json);
}
