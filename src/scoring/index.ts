/**
 * Scoring: judges the catalog's tools against a company's answers. Pure: no UI, no storage,
 * no clock, no randomness. Returns reason codes with parameters and footnote numbers; the
 * wording lives in the locales.
 *
 * @example
 * import { rank, defaultAnswers } from './scoring';
 * rank(reportCatalog, { ...defaultAnswers, participants: 5 })[0].toolId; // 'webex' (all eligible tie, then by name)
 */
export * from './types';
export { rank } from './rank';
export { relaxations, candidateChanges } from './relaxations';
export { checkAnswers, defaultAnswers } from './answers';
export { applyChange } from './apply-change';
export { criterionRows, verdictRows } from './criterion-rows';
export { euCountries } from './eu';
export { raisedBySuggestion, sensitivities, suggestedImportance, suggestions } from './sensitivity';
export type { Sensitivity } from './sensitivity';
