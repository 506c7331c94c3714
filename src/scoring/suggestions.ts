/**
 * The importances a sensitivity answer suggests, apart from the answer's list (`sensitivity.ts`):
 * only the pages that take the answer need them, never a results link's first screen.
 */
import type { Sensitivity } from './sensitivity';
import { criterionIds, importances, type Answers, type CriterionId, type Importance } from './types';

/** The least importance each answer suggests; `everyday` suggests nothing. */
export const suggestions: Readonly<Record<Sensitivity, Readonly<Partial<Record<CriterionId, Importance>>>>> = {
  everyday: {},
  confidential: { dpa: 'must', e2e: 'nice', dataInEU: 'nice', noThirdPartySharing: 'nice' },
  special: { dpa: 'must', e2e: 'must', dataInEU: 'must', noThirdPartySharing: 'must' },
};

/** How strong an importance is: ignore < nice < must. */
const strength = (i: Importance = 'ignore'): number => -importances.indexOf(i);

/**
 * A new importance map: each suggested criterion raised to at least its suggested level, never lowered.
 * @example suggestedImportance('confidential', { e2e: 'must' }) // { e2e: 'must', dpa: 'must', dataInEU: 'nice', noThirdPartySharing: 'nice' }
 */
export function suggestedImportance(sensitivity: Sensitivity, importance: Answers['importance']): Answers['importance'] {
  const merged = { ...importance };
  for (const [criterion, level] of Object.entries(suggestions[sensitivity]) as [CriterionId, Importance][]) {
    if (strength(level) > strength(merged[criterion])) merged[criterion] = level;
  }
  return merged;
}

/**
 * The criteria the suggestion raises, in the report's order ("suggested because your calls are …").
 * @example raisedBySuggestion('special', { dpa: 'must' }) // ['noThirdPartySharing', 'dataInEU', 'e2e']
 */
export function raisedBySuggestion(sensitivity: Sensitivity, importance: Answers['importance']): CriterionId[] {
  const merged = suggestedImportance(sensitivity, importance);
  return criterionIds.filter((c) => merged[c] !== importance[c]);
}
