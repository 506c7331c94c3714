/**
 * How sensitive a company's calls are, and the importances that suggests. Not part of `Answers`:
 * it raises importances once, when given; the user's own choices stand. Words: `wizard:sensitivity.*`.
 */
import { criterionIds, importances, type Answers, type CriterionId, type Importance } from './types';

/** What calls discuss: ordinary work, confidential business information, or special-category personal data. */
export const sensitivities = ['everyday', 'confidential', 'special'] as const;
export type Sensitivity = (typeof sensitivities)[number];

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
