/**
 * Scoring: judges the catalog's tools against a company's answers. Pure: no UI, storage, clock
 * or randomness. Returns reason codes with parameters and footnote numbers; the locales word them.
 * @example rank(reportCatalog, { ...defaultAnswers, participants: 5 })[0].toolId // 'webex' (all fit and tie, then by name)
 */
export * from './types';
export { rank } from './rank';
export { relaxations, candidateChanges } from './relaxations';
export { checkAnswers, defaultAnswers } from './answers';
export { applyChange } from './apply-change';
export { criterionRows, verdictRows } from './criterion-rows';
export { euCountries } from './eu';
export { sensitivities } from './sensitivity';
export { raisedBySuggestion, suggestedImportance, suggestions } from './suggestions';
export type { Sensitivity } from './sensitivity';
export { places, topGroup, weighed } from './standing';
export { tiebreak } from './tiebreak';
export type { TiebreakItem, TiebreakMark } from './tiebreak';
export { applyFirmnessChange, firmness, firmnessChanges } from './firmness';
export type { Firmness, FirmnessChange } from './firmness';
