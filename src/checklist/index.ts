/**
 * The checklist: "Before you start", what to arrange before a company uses a tool, derived from
 * its result, the answers, its chapter's facts and (on current data) the changes since the
 * report. Pure: no UI, no storage, no clock, no randomness. Returns codes with parameters and a
 * source per item; the wording lives in the locales (`checklist` namespace).
 *
 * @example
 * import { checklist } from './checklist';
 * checklist({ tool, result, answers, text: toolText(tool.id), footnotes: catalog.footnotes, updates: [] })
 *   .map((i) => i.code); // ['signDpa', 'loginFact', 'toolTip', 'generalTip', 'generalTip', 'generalTip'] for Zoom
 */
export * from './types';
export { accountFacts, actionUpdates, byGroup, checklist, listsUpdate } from './checklist';
export type { ChecklistInput } from './checklist';
