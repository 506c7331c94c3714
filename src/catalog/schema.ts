/**
 * The catalog's runtime schema (valibot). `report-2020.json` is checked once, at the door:
 * a bad file fails loudly with every wrong path, and everything after it trusts the types.
 */
import * as v from 'valibot';
import { isIsoDate, isUpdateDate } from './dates';
import { namedCellConditions, plannedWhenKeys, rowGroupOf, rowIds, toolIds } from './types';
import type { Catalog, RowId, Tool, ToolId, ToolText, Update } from './types';

/** The tool's name in its chapter title ("Hoe veilig is <name>?"), as printed. */
const chapterNames: Record<ToolId, string> = {
  teams: 'Microsoft Teams', lifesize: 'Lifesize', 'google-meet': 'Google Meet', zoom: 'Zoom', jitsi: 'Jitsi',
  webex: 'Cisco WebEx', slack: 'Slack', gotomeeting: 'GoToMeeting', signal: 'Signal', 'skype-for-business': 'Skype for Business',
};

/**
 * The chapter title of each tool in the report, as printed.
 * @example reportChapters.zoom // 'Hoe veilig is Zoom?'
 */
export const reportChapters = Object.fromEntries(
  toolIds.map((id) => [id, `Hoe veilig is ${chapterNames[id]}?`]),
) as Record<ToolId, string>;

/**
 * The sub-headings used in the tool chapters, as printed.
 * @example reportHeadings.includes('Manier van inloggen?') // true
 */
export const reportHeadings: readonly string[] = [
  'Wat belooft het?', 'Manier van inloggen?', 'Wat wordt van mij opgeslagen en hoe?', 'En de AVG dan?',
  'Is de gratis versie voor mij?', 'Ik heb een aanbod gekregen, maar voor wat?', 'Zoom in het nieuws',
  'Waar blijft mijn data?', 'Welke versie moet ik nemen?', 'Is dit geschikt voor mijn bedrijf?',
];

type PathKey = string | number;
type Path = [v.IssuePathItem, ...v.IssuePathItem[]];

const at = (...keys: [PathKey, ...PathKey[]]): Path =>
  keys.map((key) => ({ type: 'unknown', origin: 'value', input: undefined, key, value: undefined })) as Path;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** Reports every repeated `key` in a list, at `[index].key`. */
function uniqueBy<T extends readonly unknown[]>(key: string, what: string) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    const seen = new Set<unknown>();
    list(dataset.value).forEach((item, i) => {
      const value = isRecord(item) ? item[key] : undefined;
      if (value === undefined) return;
      if (seen.has(value)) addIssue({ message: `duplicate ${what} ${JSON.stringify(value)}`, path: at(i, key) });
      seen.add(value);
    });
  });
}

const objectMessage = (what: string) => (issue: v.BaseIssue<unknown>) =>
  issue.expected === 'never' ? `unknown field, not part of ${what}`
    : issue.expected?.startsWith('"') ? `missing in ${what}` : `expected ${what}`;

const text = (what = 'text') => v.pipe(v.string(`expected ${what}`), v.nonEmpty(`expected ${what}, not empty`));
export { isIsoDate, isUpdateDate };

const camelId = v.pipe(text('an id'), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'expected a camelCase id (letters and digits)'));

const isoDate = v.pipe(text('a date'), v.check(isIsoDate, 'expected a real date as YYYY-MM-DD'));

const updateDate = v.pipe(text('a date'), v.check(isUpdateDate, 'expected a real date as YYYY-MM-DD, or YYYY-MM'));

const count = (what: string) => v.pipe(
  v.number(`expected ${what}`), v.integer(`expected ${what} as a whole number`), v.minValue(2, `expected ${what} of 2 or more`),
);

const rowId = v.picklist(rowIds, 'expected a row id of the report\'s table');
const footnoteId = v.picklist([1, 2, 3, 4, 5, 6], 'expected a footnote number from 1 to 6');

/** A section must sit in the tool's own chapter, under one of the report's sub-headings. */
const section = (tool: ToolId) => v.pipe(text('a section'), v.check((s: string) => {
  const [chapter, heading, ...rest] = s.split(' › ');
  return chapter === reportChapters[tool] && rest.length === 0 && (heading === undefined || reportHeadings.includes(heading));
}, `expected "${reportChapters[tool]}" or "${reportChapters[tool]} › <a sub-heading of that chapter>"`));

const params = v.pipe(
  v.record(camelId, v.union([v.string(), v.pipe(v.number(), v.finite())], 'expected text or a number')),
  v.rawCheck(({ dataset, addIssue }) => {
    for (const [key, value] of Object.entries(isRecord(dataset.value) ? dataset.value : {})) {
      if (key === 'date' && !(typeof value === 'string' && isIsoDate(value))) {
        addIssue({ message: 'expected a real date as YYYY-MM-DD', path: at(key) });
      } else if (key !== 'date' && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) {
        addIssue({ message: 'a date belongs in the param "date"', path: at(key) });
      }
    }
  }),
);

// ---- Cells --------------------------------------------------------------------------------

const cellValue = v.union([
  v.boolean(),
  v.literal('n/a'),
  v.literal('planned'),
  count('a number of participants'),
  v.custom<string>((x) => typeof x === 'string' && /^[A-Z]{2}$/.test(x)),
], 'expected true, false, "n/a", "planned", a number or a country code');

type CellKind = 'mark' | 'count' | 'country';
const rowKind = (row: RowId): CellKind =>
  row === 'maxParticipants' ? 'count' : row === 'controllerLocation' ? 'country' : 'mark';
const fitsRow: Record<CellKind, [(x: unknown) => boolean, string]> = {
  mark: [(x) => typeof x === 'boolean' || x === 'n/a' || x === 'planned', 'expected true, false, "n/a" or "planned" on this row'],
  count: [(x) => typeof x === 'number', 'expected a number of participants on this row'],
  country: [(x) => x === 'n/a' || (typeof x === 'string' && /^[A-Z]{2}$/.test(x)), 'expected a country code or "n/a" on this row'],
};

/** A named condition, or a participant limit (`{ upToParticipants: N }`). */
export const cellCondition = v.union([
  v.picklist(namedCellConditions),
  v.strictObject({ upToParticipants: count('a number of participants') }, objectMessage('a participant limit')),
], `expected ${namedCellConditions.map((c) => JSON.stringify(c)).join(', ')} or { "upToParticipants": <number> }`);

const conditionKey = (c: unknown) => (typeof c === 'string' ? c : 'upToParticipants');

const cell = (row: RowId) => {
  const [fits, message] = fitsRow[rowKind(row)];
  return v.pipe(
    v.strictObject({
      conditions: v.optional(v.pipe(
        v.array(cellCondition, 'expected a list of conditions'),
        v.minLength(1, 'expected at least one condition, or no list'),
        v.check((list) => new Set(list.map(conditionKey)).size === list.length, 'expected each condition once'),
      )),
      value: cellValue,
      footnotes: v.optional(v.pipe(
        v.array(footnoteId, 'expected a list of footnote numbers'),
        v.minLength(1, 'expected at least one footnote, or no list'),
        v.check((ids) => ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0)), 'expected footnotes in ascending order, each once'),
      )),
      orMore: v.optional(v.literal(true, 'expected true or no orMore')),
      note: v.optional(v.picklist(Object.keys(plannedWhenKeys) as (keyof typeof plannedWhenKeys)[],
        `expected one of ${Object.keys(plannedWhenKeys).map((k) => JSON.stringify(k)).join(', ')} (see plannedWhenKeys)`)),
    }, objectMessage('a cell')),
    v.forward(v.check((c) => fits(c.value), message), ['value']),
    v.forward(v.check((c) => c.orMore === undefined || typeof c.value === 'number', 'only allowed on a number'), ['orMore']),
    v.forward(v.check((c) => c.note === undefined || c.value === 'planned', 'only allowed on a "planned" cell'), ['note']),
    v.forward(v.check((c) => c.value !== 'planned' || c.note !== undefined, 'a "planned" cell needs a note saying when'), ['value']),
    // A condition weakens what holds: a ✔, a n.v.t. or a number. The price row takes none.
    v.forward(v.check((c) => c.conditions === undefined || (row !== 'freeTier' && (c.value === true || c.value === 'n/a' || typeof c.value === 'number')),
      row === 'freeTier' ? 'no conditions on this row' : 'only allowed on true, "n/a" or a number'), ['conditions']),
  );
};

const cells = v.strictObject(
  Object.fromEntries(rowIds.map((row) => [row, cell(row)])) as { [K in RowId]: ReturnType<typeof cell> },
  objectMessage('the 20 cells of the report\'s rows'),
);

// ---- Tools --------------------------------------------------------------------------------

const fact = (tool: ToolId) => v.strictObject({
  id: camelId,
  topic: v.picklist(['login', 'data', 'gdpr', 'plans', 'support', 'tip'], 'expected login, data, gdpr, plans, support or tip'),
  section: section(tool),
  params: v.optional(params),
}, objectMessage('a fact'));

const note = (tool: ToolId) => v.strictObject({
  id: camelId,
  rows: v.pipe(v.array(rowId, 'expected a list of row ids'), v.minLength(1, 'expected at least one row'),
    v.check((rows) => new Set(rows).size === rows.length, 'expected each row once')),
  section: section(tool),
  params: v.optional(params),
}, objectMessage('a note'));

const plan = (tool: ToolId) => v.pipe(v.strictObject({
  id: camelId,
  section: section(tool),
  minParticipants: v.optional(count('a number of participants')),
  maxParticipants: v.optional(count('a number of participants')),
  onRequest: v.optional(v.literal(true, 'expected true or no onRequest')),
}, objectMessage('a plan')), v.forward(v.check(
  (p) => p.minParticipants === undefined || p.maxParticipants === undefined || p.minParticipants <= p.maxParticipants,
  'expected maxParticipants >= minParticipants',
), ['maxParticipants']));

const tool = <T extends ToolId>(id: T) => v.pipe(v.strictObject({
  id: v.literal(id, `expected "${id}" (the report's 10 tools, each once, in its column order)`),
  name: text('a name'),
  cells,
  facts: v.pipe(v.array(fact(id), 'expected a list of facts'), uniqueBy('id', 'fact id')),
  notes: v.pipe(v.array(note(id), 'expected a list of notes'), uniqueBy('id', 'note id')),
  freeTier: v.optional(v.strictObject({
    section: section(id),
    maxParticipants: v.optional(count('a number of participants')),
    maxParticipantsInferred: v.optional(v.literal(true, 'expected true or no maxParticipantsInferred')),
    temporary: v.optional(v.literal(true, 'expected true or no temporary')),
    until: v.optional(isoDate),
    videoCalls: v.optional(v.literal(false, 'expected false or no videoCalls')),
  }, objectMessage('a free tier'))),
  plans: v.optional(v.pipe(v.array(plan(id), 'expected a list of plans'), uniqueBy('id', 'plan id'))),
  endOfSupport: v.optional(v.strictObject({ date: isoDate, section: section(id) }, objectMessage('an end of support'))),
}, objectMessage('a tool')), v.forward(v.check(
  (t) => t.freeTier === undefined || t.cells.freeTier.value === true,
  'a free tier needs true on the table\'s freeTier row',
), ['freeTier']));

// ---- Catalog ------------------------------------------------------------------------------

const footnote = v.strictObject({
  id: footnoteId,
  condition: v.variant('type', [
    v.strictObject({ type: v.literal('explanation') }, objectMessage('a footnote condition')),
    v.strictObject({ type: v.literal('browserOnly') }, objectMessage('a footnote condition')),
    v.strictObject({ type: v.literal('ownServer'), explanationOnlyOn: v.array(rowId, 'expected a list of row ids') }, objectMessage('a footnote condition')),
    v.strictObject({ type: v.literal('paidPlan') }, objectMessage('a footnote condition')),
    v.strictObject({ type: v.literal('freeLocationUncertain') }, objectMessage('a footnote condition')),
    v.strictObject({
      type: v.literal('noVideoInFreeTier'),
      affects: v.array(rowId, 'expected a list of row ids'),
      unknownOn: v.array(rowId, 'expected a list of row ids'),
    }, objectMessage('a footnote condition')),
  ], 'expected a condition type: explanation, browserOnly, ownServer, paidPlan, freeLocationUncertain or noVideoInFreeTier'),
}, objectMessage('a footnote'));

/** Every footnote a cell cites must be defined in `footnotes`. */
const footnotesDefined = <T>() => v.rawCheck<T>(({ dataset, addIssue }) => {
  const root = isRecord(dataset.value) ? dataset.value : {};
  const defined = new Set(list(root.footnotes).map((f) => (isRecord(f) ? f.id : undefined)));
  list(root.tools).forEach((t, i) => {
    const toolCells = isRecord(t) && isRecord(t.cells) ? t.cells : {};
    for (const [row, c] of Object.entries(toolCells)) {
      list(isRecord(c) ? c.footnotes : undefined).forEach((id, k) => {
        if ([1, 2, 3, 4, 5, 6].includes(id as number) && !defined.has(id)) {
          addIssue({ message: `footnote ${String(id)} is not defined in footnotes`, path: at('tools', i, 'cells', row, 'footnotes', k) });
        }
      });
    }
  });
});

/**
 * The schema of the whole catalog file. Prefer `parseCatalog`, which formats the problems.
 * @example v.safeParse(catalogSchema, json).success // true
 */
export const catalogSchema = v.pipe(v.strictObject({
  source: v.strictObject({
    title: text('a title'),
    subtitle: text('a subtitle'),
    publisher: text('a publisher'),
    year: v.pipe(v.number('expected a year'), v.integer('expected a year'), v.minValue(2000, 'expected a year'), v.maxValue(2100, 'expected a year')),
    language: v.literal('nl', 'expected "nl"'),
    disclaimer: v.strictObject({
      method: v.literal('desk-research', 'expected "desk-research"'),
      basis: v.pipe(
        v.array(v.picklist(['vendor-privacy-statements', 'reliable-sources'], 'expected vendor-privacy-statements or reliable-sources')),
        v.minLength(1, 'expected at least one basis'),
      ),
      technicalTesting: v.literal(false, 'expected false: the report did no technical testing'),
    }, objectMessage('the disclaimer')),
  }, objectMessage('the source')),
  footnotes: v.pipe(v.array(footnote, 'expected a list of footnotes'), v.rawCheck(({ dataset, addIssue }) => {
    list(dataset.value).forEach((f, i) => {
      const prev = list(dataset.value)[i - 1];
      if (i > 0 && isRecord(f) && isRecord(prev) && !((f.id as number) > (prev.id as number))) {
        addIssue({ message: 'expected footnotes in ascending order, each once', path: at(i, 'id') });
      }
    });
  })),
  rows: v.strictTuple(
    rowIds.map((id) => v.strictObject({
      id: v.literal(id, `expected "${id}" (the report's rows, in its order)`),
      group: v.literal(rowGroupOf(id), `expected "${rowGroupOf(id)}"`),
    }, objectMessage('a row'))),
    (issue) => (issue.expected === 'never' ? 'expected no more than 20 rows' : 'expected a list of the 20 rows'),
  ),
  tools: v.strictTuple(
    toolIds.map((id) => tool(id)),
    (issue) => (issue.expected === 'never' ? 'expected no more than 10 tools' : 'expected a list of the 10 tools'),
  ),
}, objectMessage('the catalog')), footnotesDefined());

// ---- Updates since the report ---------------------------------------------------------------

const updateSource = v.pipe(v.strictObject({
  publisher: text('a publisher'),
  title: v.optional(text('a title')),
  document: v.optional(text('the document, as cited')),
  date: v.optional(updateDate),
  url: v.optional(v.pipe(text('an address'), v.url('expected an address (URL)'), v.startsWith('https://', 'expected an https address'))),
  readVia: v.optional(text('where it was read')),
}, objectMessage('a source')), v.check((s) => s.title !== undefined || s.document !== undefined, 'a source needs a title or names its document'));

const updateTools = v.pipe(
  v.array(v.picklist(toolIds, 'expected a tool id of the report'), 'expected a list of tool ids'),
  v.minLength(1, 'expected at least one tool'),
  v.check((ids) => ids.every((id, i) => i === 0 || toolIds.indexOf(id) > toolIds.indexOf(ids[i - 1]!)), 'expected the tools in the report\'s column order, each once'),
);

const updateBase = {
  id: camelId,
  tools: updateTools,
  date: updateDate,
  source: updateSource,
  confidence: v.picklist(['high', 'medium'], 'expected high or medium (unconfirmed facts stay out)'),
  supersedes: v.optional(v.pipe(v.array(camelId, 'expected a list of fact ids'), v.minLength(1, 'expected at least one fact id, or no list'))),
};

const update = v.pipe(
  v.variant('kind', [
    v.strictObject({ ...updateBase, kind: v.literal('notice') }, objectMessage('a notice update')),
    v.strictObject({ ...updateBase, kind: v.literal('cell'), row: rowId, cell: v.looseObject({}, 'expected a cell') }, objectMessage('a cell update')),
    v.strictObject({
      ...updateBase,
      kind: v.literal('condition'),
      rows: v.pipe(v.array(rowId, 'expected a list of row ids'), v.minLength(1, 'expected at least one row'),
        v.check((rows) => new Set(rows).size === rows.length, 'expected each row once')),
      condition: cellCondition,
    }, objectMessage('a condition update')),
  ], 'expected kind "cell" (it changes a cell), "condition" (it adds a condition to cells) or "notice" (it informs)'),
  // A cell or condition update concerns one tool; a new cell fits its row exactly as the report's
  // cells do (whether a condition fits the cells it joins is checked once applied).
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.kind === 'notice') return;
    if (dataset.value.tools.length !== 1) addIssue({ message: `a ${dataset.value.kind} update concerns exactly one tool`, path: at('tools') });
    if (dataset.value.kind !== 'cell') return;
    const result = v.safeParse(cell(dataset.value.row), dataset.value.cell);
    for (const issue of result.success ? [] : result.issues) {
      addIssue({ message: issue.message, path: at('cell', ...(issue.path ?? []).map((p) => p.key as PathKey)) });
    }
  }),
);

/**
 * The schema of `updates.json`: the updates, each id once, oldest first.
 * @example v.safeParse(updatesSchema, json).success // true
 */
export const updatesSchema = v.strictObject({
  updates: v.pipe(
    v.array(update, 'expected a list of updates'),
    uniqueBy('id', 'update id'),
    v.rawCheck(({ dataset, addIssue }) => {
      list(dataset.value).forEach((u, i) => {
        const prev = list(dataset.value)[i - 1];
        if (i > 0 && isRecord(u) && isRecord(prev) && String(u.date) < String(prev.date)) {
          addIssue({ message: 'expected the updates oldest first', path: at(i, 'date') });
        }
      });
    }),
  ),
}, objectMessage('the updates file'));

/**
 * Checks the updates file and returns its updates, or throws a `CatalogError` naming every wrong path.
 * @example parseUpdates(json)[0].kind // 'notice'
 * parseUpdates({ updates: [{ ...zoom, date: '2020-13-01' }] }) // throws: "updates[0].date: expected a real date ..."
 */
export function parseUpdates(input: unknown): Update[] {
  const result = v.safeParse(updatesSchema, input);
  if (result.success) return result.output.updates as Update[];
  const lines = result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new CatalogError([...new Set(lines)], 'updates');
}

type Assignable<T extends Catalog> = T;
/**
 * The schema's output. Compiling this line proves it fits `Catalog`, so the two cannot drift.
 * @example const catalog: Catalog = {} as CatalogSchemaOutput; // compiles
 */
export type CatalogSchemaOutput = Assignable<v.InferOutput<typeof catalogSchema>>;

/**
 * A catalog file that does not match the schema. `problems` holds one "path: why" per wrong path.
 * @example new CatalogError(['tools[3].id: expected "zoom"']).message
 * // 'The catalog is not valid (1 problem):\ntools[3].id: expected "zoom"'
 */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  constructor(readonly problems: readonly string[], what = 'catalog') {
    super(`The ${what} is not valid (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.join('\n')}`);
  }
}

/**
 * Writes an issue's path as in code: `tools[3].cells.e2e.value`.
 * @example formatPath([{ key: 'tools' }, { key: 3 }, { key: 'id' }]) // 'tools[3].id'
 */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  if (!path?.length) return '(catalog)';
  return path.map(({ key }, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/**
 * Checks a catalog file and returns it typed, or throws a `CatalogError` listing every problem.
 * @example
 * parseCatalog(json) // the catalog
 * parseCatalog({ ...json, tools: [] }) // throws: "tools[0]: expected a tool" ... one line per problem
 */
export function parseCatalog(input: unknown): Omit<Catalog, 'tools'> & { tools: (Tool & ToolText)[] } {
  const result = v.safeParse(catalogSchema, input);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new CatalogError([...new Set(lines)]);
}

/**
 * The report as one object, as the schema checks it: the table's file with each tool's facts and
 * notes from the text file put in, by tool id. A tool the text file lacks gets none, which the
 * schema then names ("tools[3].facts: expected a list of facts").
 * @example parseCatalog(joinReport(tableJson, textJson)).tools[3].notes[0].id // 'webVersion'
 */
export function joinReport(table: unknown, text: unknown): unknown {
  if (!isRecord(table)) return table;
  const entries = isRecord(text) ? list(text.tools) : [];
  const byId = new Map(entries.filter(isRecord).map((t) => [t.id, t]));
  return {
    ...table,
    tools: list(table.tools).map((tool) => {
      const prose = isRecord(tool) ? byId.get(tool.id) : undefined;
      return isRecord(tool) ? { ...tool, facts: prose?.facts, notes: prose?.notes } : tool;
    }),
  };
}
