/**
 * Public types of the checklist module: "Before you start", what to arrange before a company
 * uses a tool. Codes with parameters and a source, never sentences; the wording lives in the
 * locales (`checklist` namespace), as the verdicts' does.
 */
import type { FootnoteId, GeneralTipId, RowId, Section } from '../catalog/types';

/**
 * The parts of a checklist, in the order the UI shows them: what the tool's verdicts rely on, the
 * contract, logging in and the report's safety tips, and (on current data) the changes since the report.
 * @example checklistGroups[0] // 'conditions'
 */
export const checklistGroups = ['conditions', 'contract', 'safety', 'since'] as const;
export type ChecklistGroup = (typeof checklistGroups)[number];

/**
 * What an item asks. The UI words each code (`checklist:items.<code>`; a condition that cites a
 * change, `checklist:items.<code>_cited`), except these: `loginFact`
 * as the step its fact asks for (`checklist:login.<factId>`), and the ones that show the cited
 * text itself: `toolTip` (`tools:<toolId>.facts.<factId>`), `generalTip`
 * (`catalog:generalTips.<id>`) and `update` (`checklist:updates.<updateId>`).
 * @example checklistCodes.includes('paidPlan') // true
 */
export const checklistCodes = [
  // Conditions: a verdict that counts holds only if the company does this.
  'paidPlan', // footnote 4: on the pricier plans only (params.criteria)
  'paidPlanForLocation', // footnote 5: on the free service the location is not certain (params.criteria)
  'ownServer', // footnote 3: depends on how your own server is set up (params.criteria)
  'largerPlan', // the table's "250+": above it, a larger plan on request (params.max, params.participants)
  'selfHostedOnly', // a change since the report: it holds on your own server only (params.criteria)
  // The contract.
  'signDpa', // the table says a data processing agreement is possible
  // Logging in and the report's tips.
  'loginFact', // a fact from the tool's chapter on protecting the account or the meeting
  'toolTip', // one of the report's tips for this tool
  'generalTip', // one of the report's three general tips
  // Since the report (current data only).
  'update', // a change since the report that asks something of the user or an administrator
] as const;
export type ChecklistCode = (typeof checklistCodes)[number];

/** Where an item comes from. Each kind points at something the catalog or the updates hold. */
export type ChecklistSource =
  /** A footnote of the report's table. */
  | { kind: 'footnote'; id: FootnoteId }
  /** A row of the report's table (for this tool's column). */
  | { kind: 'row'; row: RowId }
  /** A fact from the tool's chapter (`ToolText.facts`), with its chapter and sub-heading. */
  | { kind: 'fact'; factId: string; section: Section }
  /** One of the report's general tips, with where the report gives them. */
  | { kind: 'generalTip'; id: GeneralTipId; section: Section }
  /** A dated change since the report (`updates.json`); for a condition, the change that brought it. */
  | { kind: 'update'; updateId: string }
  /** A source of a consultant's own list (its key in `Catalog.own.sources`): for an own tool, or a cell a file corrected. */
  | { kind: 'own'; id: string };

/**
 * One thing to do before you start.
 * @example
 * { group: 'conditions', code: 'paidPlan', params: { criteria: 'dataInEU' }, source: { kind: 'footnote', id: 4 } }
 */
export interface ChecklistItem {
  group: ChecklistGroup;
  code: ChecklistCode;
  /** Figures and codes for the wording; `criteria` is a comma-separated list of criterion ids, in verdict order. */
  params?: Record<string, string | number>;
  source: ChecklistSource;
}
