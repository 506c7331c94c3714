/**
 * Types of the catalog: the Grant Thornton report (2020) as data.
 * The runtime schema in `schema.ts` checks `report-2020.json` against the same shape.
 */

/** The report's table rows, in its order and groups. */
export const rowGroups = {
  features: ['groupChat', 'oneToOneCalls', 'groupCalls', 'selfHosting', 'joinWithoutAccount', 'browser', 'multiPlatform', 'maxParticipants'],
  storage: ['storesLocation', 'storesCallData', 'storesMetadata'],
  dataFlow: ['dpa', 'thirdPartySharing', 'controllerLocation', 'dataInEU'],
  security: ['e2e', 'transitEncryption', 'openSource'],
  pricing: ['subscription', 'freeTier'],
} as const;

export type RowGroupId = keyof typeof rowGroups;
export type RowId = (typeof rowGroups)[RowGroupId][number];

/** Every row id, in the report's order. */
export const rowIds: readonly RowId[] = Object.values(rowGroups).flat();

const groupByRow = Object.fromEntries(
  Object.entries(rowGroups).flatMap(([group, rows]) => rows.map((row) => [row, group])),
) as Record<RowId, RowGroupId>;

/**
 * The group a row belongs to, as in the report's table.
 * @example rowGroupOf('e2e') // 'security'
 */
export function rowGroupOf(row: RowId): RowGroupId {
  return groupByRow[row];
}

/** The tools, in the report's column order. */
export const toolIds = [
  'teams', 'lifesize', 'google-meet', 'zoom', 'jitsi', 'webex', 'slack', 'gotomeeting', 'signal', 'skype-for-business',
] as const;
export type ToolId = (typeof toolIds)[number];

/**
 * True when `id` is one of the report's tool ids (for ids from a URL, storage or an own catalog).
 * @example isToolId('zoom') // true; isToolId('whatsapp') // false
 */
export function isToolId(id: unknown): id is ToolId {
  return typeof id === 'string' && (toolIds as readonly string[]).includes(id);
}

/**
 * The id of any tool a ranking may hold: one of the report's ten (`ToolId`), or a tool from a
 * consultant's own catalog (`own.ts`, lower-case letters, digits and hyphens). Links, compare, the
 * choice and the memo take this; only what exists for the report's tools alone (their chapters,
 * the dated changes) takes `ToolId`.
 */
export type AnyToolId = string;

/** Footnote numbers 1 to 6, as printed under the report's table. */
export type FootnoteId = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A table cell. `true` is ✔, `false` is ✘, `"n/a"` is n.v.t., `"planned"` a promised feature
 * (the promise itself, e.g. "Zomer 2020", is kept in `note`), a number is a participant limit
 * ("250+" is 250 with `orMore`), and a two-letter code is the controller's country ("VS" is "US").
 * `"unknown"` (not found in any source) only comes from a consultant's own catalog.
 */
export type CellValue = boolean | 'n/a' | 'planned' | 'unknown' | number | string;

/**
 * What a `"planned"` cell's `note` may say, and the locale key for it
 * (`results:plannedWhen.<key>`). The schema rejects any other note.
 * Example: the note "Zomer 2020" is shown as `t('results:plannedWhen.summer2020')`.
 */
export const plannedWhenKeys = {
  'Zomer 2020': 'summer2020',
} as const;
export type PlannedNote = keyof typeof plannedWhenKeys;
export type PlannedWhenKey = (typeof plannedWhenKeys)[PlannedNote];

/**
 * A condition a cell's value holds under, by name rather than by a footnote of the report. The
 * report's own cells have none: they come with a change since the report (or, later, with a
 * consultant's own catalog). Each only ever weakens a ✔ or a n.v.t.; a ✘ stays ✘.
 * - `paidPlan`, `ownServer`, `browserOnly`: as the report's footnotes 4, 3 and 2.
 * - `selfHostedOnly`: holds when you run the tool on your own server; on the provider's hosted
 *   service it is unknown (Jitsi's n.v.t. cells since meet.jit.si asks for a login).
 * - `{ upToParticipants: N }`: holds for meetings of at most N people; above that it is unknown.
 * @example { value: true, conditions: [{ upToParticipants: 200 }] } // Zoom's end-to-end encryption, October 2020
 */
export type CellCondition = 'paidPlan' | 'ownServer' | 'browserOnly' | 'selfHostedOnly' | { upToParticipants: number };

/** The named conditions, in the order they are checked and shown. */
export const namedCellConditions = ['paidPlan', 'ownServer', 'browserOnly', 'selfHostedOnly'] as const;

export interface Cell {
  value: CellValue;
  footnotes?: FootnoteId[];
  orMore?: true;
  note?: string;
  /** Conditions that come with a change since the report (never on the report's own cells). */
  conditions?: CellCondition[];
  /**
   * Only in `currentCatalog`: the id of the update (`updates.json`) that changed this cell since
   * the report. The report's own value stays in `reportCatalog`.
   */
  updateId?: string;
  /**
   * Only in a catalog merged with own catalogs (`withOwn`): the key of the cell's source in
   * `Catalog.own.sources`. A verdict on it cites that source, never the report.
   */
  ownSource?: string;
  /** An own cell's note: plain text from the file, shown as text only. */
  remark?: string;
}

/**
 * What a footnote does to a verdict. The wording lives in the locales (`catalog:footnotes.<id>`).
 * - `explanation`: explains the cell, changes nothing (1).
 * - `browserOnly`: the cell is met, but only through the browser (2).
 * - `ownServer`: depends on your own server's settings: conditional when you can self-host,
 *   unmet when you will not; only an explanation on the rows in `explanationOnlyOn` (3).
 * - `paidPlan`: holds on the pricier plans only: conditional when paying is allowed, unmet for free-only (4).
 * - `freeLocationUncertain`: the free service gives no certainty about the location. The report
 *   puts it on encryption cells without saying how the one bears on the other: conditional when
 *   paying is allowed, unknown (never unmet, never met) for free-only (5).
 * - `noVideoInFreeTier`: the free version has no video calls; under free-only the rows in `affects`
 *   are unmet, those in `unknownOn` (the calls, "audio/video": the report does not say whether the
 *   free version keeps audio calls) unknown, and under free-preferred the free tier earns no credit (6).
 */
export type FootnoteCondition =
  | { type: 'explanation' }
  | { type: 'browserOnly' }
  | { type: 'ownServer'; explanationOnlyOn: RowId[] }
  | { type: 'paidPlan' }
  | { type: 'freeLocationUncertain' }
  | { type: 'noVideoInFreeTier'; affects: Array<RowId>; unknownOn: Array<RowId> };

export interface Footnote {
  id: FootnoteId;
  condition: FootnoteCondition;
}

export interface Row {
  id: RowId;
  group: RowGroupId;
}

/**
 * Where a fact comes from: the tool's chapter and the sub-heading in the report, in Dutch as printed,
 * joined by " › ", e.g. "Hoe veilig is Zoom? › Manier van inloggen?". Text before the chapter's
 * first sub-heading is cited by the chapter alone, e.g. "Hoe veilig is GoToMeeting?".
 */
export type Section = string;

/**
 * The report's three general tips, in its order. Wording at `catalog:generalTips.<id>`.
 * @example generalTipIds.map((id) => t(`catalog:generalTips.${id}`))
 */
export const generalTipIds = ['strongPasswords', 'mfa', 'secureStorage'] as const;
export type GeneralTipId = (typeof generalTipIds)[number];

/**
 * Where the report gives its general tips: its summary, as printed.
 * @example generalTipsSection // 'Samenvatting'
 */
export const generalTipsSection: Section = 'Samenvatting';

export type FactTopic = 'login' | 'data' | 'gdpr' | 'plans' | 'support' | 'tip';

/**
 * A fact from a tool's chapter. Its wording is at `tools:<toolId>.facts.<id>` in the locales;
 * `params` carries its figures and dates, so they are data, not prose. A date is always the param
 * `date`, as an ISO date ("2021-07-31"); the UI passes it to `t()` as a localized string.
 * A fact with topic `tip` is one of the report's safety tips for that tool.
 */
export interface Fact {
  id: string;
  topic: FactTopic;
  section: Section;
  params?: Record<string, string | number>;
}

/**
 * A place where the report's text and its table disagree. The table's value is kept; this note
 * makes the disagreement visible. Wording at `tools:<toolId>.notes.<id>`.
 */
export interface Note {
  id: string;
  rows: RowId[];
  section: Section;
  params?: Record<string, string | number>;
}

/** What the text says of the free version, beyond the table's ✔. */
export interface FreeTier {
  section: Section;
  /** Largest meeting on the free version, where the text gives one (Lifesize 25, Google Meet 100). */
  maxParticipants?: number;
  /**
   * The text does not state `maxParticipants` as the free limit; it follows from its figures
   * (Google Meet: Essentials raises the usual 100 to 150). Verdicts then say so.
   */
  maxParticipantsInferred?: true;
  /** The free version is only temporarily on offer (GoToMeeting). */
  temporary?: true;
  /** The free offer ended on this date (ISO), as the report says. */
  until?: string;
  /** The free version has no video calls (Slack, footnote 6). */
  videoCalls?: false;
}

/** A paid plan the text names, with the meeting size it is for. */
export interface Plan {
  id: string;
  section: Section;
  minParticipants?: number;
  maxParticipants?: number;
  onRequest?: true;
}

/** What a tool from an own catalog adds: which catalog (its place in `Catalog.own.catalogs`), and who makes it. */
export interface OwnToolInfo {
  catalog: number;
  /** Who keeps the catalog it comes from ("Added by …"), and whether that came with a link. */
  by: string;
  via: 'saved' | 'link';
  provider: string;
  /** https only, as the checks allow. */
  website?: string;
}

export interface Tool {
  id: AnyToolId;
  name: string;
  cells: Record<RowId, Cell>;
  freeTier?: FreeTier;
  plans?: Plan[];
  /** End of support (ISO date), where the report gives one. */
  endOfSupport?: { date: string; section: Section };
  /** Only on a tool from an own catalog. */
  own?: OwnToolInfo;
}

export interface Source {
  title: string;
  subtitle: string;
  publisher: string;
  year: number;
  language: 'nl';
  /** The report's own disclaimer, as facts: its wording is at `catalog:source.disclaimer`. */
  disclaimer: {
    method: 'desk-research';
    basis: Array<'vendor-privacy-statements' | 'reliable-sources'>;
    technicalTesting: false;
  };
}

/** An own catalog as a merged catalog names it: for "Added by …" and the summary's line. */
export interface OwnCatalogRef {
  title: string;
  publisher: string;
  date: string;
  via: 'saved' | 'link';
}

/** A source of an own catalog, by its key in `Catalog.own.sources`; without a title it is the catalog itself. */
export interface OwnSourceRef {
  catalog: number;
  publisher?: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface Catalog {
  source: Source;
  footnotes: Footnote[];
  tools: Tool[];
  /** Only on a catalog merged with own catalogs (`withOwn`). */
  own?: { catalogs: OwnCatalogRef[]; sources: Record<string, OwnSourceRef> };
}

/**
 * What a tool's chapter says in prose: its facts and where its text and the table disagree. Kept
 * in its own file (`report-2020-text.json`), loaded when a tool's details are opened.
 */
export interface ToolText {
  facts: Fact[];
  notes: Note[];
}

/** The text file: one entry per tool, in the table's column order. */
export interface ReportText {
  tools: Array<ToolText & { id: ToolId }>;
}

// ---- Since the report -----------------------------------------------------------------------

/**
 * The two data sets a user can rank on: the report as published (`reportCatalog`), or the report
 * with the known changes since (`currentCatalog`). The report is the default.
 */
export const dataSets = ['report', 'current'] as const;
export type DataSet = (typeof dataSets)[number];

/**
 * A date as far as it is known: `YYYY-MM-DD`, or `YYYY-MM` when only the month is.
 * @example '2021-12-15'; '2020-12'
 */
export type UpdateDate = string;

/**
 * Where an update is written. The address is shown as a plain link the user may follow (the app
 * fetches nothing), and only where the page itself was opened; otherwise the document is named
 * exactly. At least one of `title` and `document` is given.
 */
export interface UpdateSource {
  publisher: string;
  /** The title as published. */
  title?: string;
  /** What the document is, as it is cited: "press release No 91/20", "judgment C-311/18". */
  document?: string;
  /** The date of the version cited, where the source gives one. */
  date?: UpdateDate;
  /** An https address of the page itself. */
  url?: string;
  /** Where it was read, when not at its publisher: a reprint, or a report about it ("plegma.host"). */
  readVia?: string;
}

/**
 * How sure the fact is: `high` when several sources agree on it, `medium` when it rests on a
 * single sound source, or on reporting about one. Unconfirmed facts are left out altogether.
 */
export type UpdateConfidence = 'high' | 'medium';

interface UpdateBase {
  /** camelCase; its sentence is at `updates:items.<id>` in the locales. */
  id: string;
  /** The tools it concerns, in the report's column order. */
  tools: ToolId[];
  date: UpdateDate;
  source: UpdateSource;
  confidence: UpdateConfidence;
  /**
   * Facts of the report's chapters (ids in `ToolText.facts` of its tools) that this change
   * contradicts: on current data they read as the state of 2020, pointing here.
   */
  supersedes?: string[];
}

/** A fact that informs and changes no cell of the table. */
export interface NoticeUpdate extends UpdateBase {
  kind: 'notice';
}

/** A fact that changes one cell of the table, for its one tool, in the report's own cell format. */
export interface CellUpdate extends UpdateBase {
  kind: 'cell';
  row: RowId;
  cell: Cell;
}

/**
 * A fact that puts a condition on cells of its one tool and keeps their values: Jitsi's n.v.t. on
 * the processing agreement, sharing, the controller and data in the EU rests on "no login, no
 * personal data", which holds since 2023 only on your own server.
 */
export interface ConditionUpdate extends UpdateBase {
  kind: 'condition';
  rows: RowId[];
  condition: CellCondition;
}

/** A dated, sourced change since the report (spring 2020). */
export type Update = NoticeUpdate | CellUpdate | ConditionUpdate;

/**
 * A change to cells as the ranking carries it: what it changes, when, and who published it (for
 * its marker). The rest of its source loads with the list of changes (`current.ts`).
 */
export type CellChange = (Omit<CellUpdate, 'source' | 'confidence'> | Omit<ConditionUpdate, 'source' | 'confidence'>) & {
  source: Pick<UpdateSource, 'publisher'>;
};
