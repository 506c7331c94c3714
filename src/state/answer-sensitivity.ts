import type { Sensitivity } from '../scoring/sensitivity';
import { raisedBySuggestion, suggestedImportance } from '../scoring/suggestions';
import type { CriterionId, Importance } from '../scoring/types';
import type { PersistedState } from './persisted';
import { useStore } from './store';

/**
 * Answers the sensitivity question: raises the importances it suggests (never lowers one) and
 * remembers which, so the pages can mark them. Importances an earlier answer raised, and the user
 * left alone, first go back to what they were. Apart from the store, with the pages that ask the
 * question: a results link's first screen never needs it.
 */
export function answerSensitivity(sensitivity: Sensitivity): void {
  useStore.setState((s) => {
    // Put back what an earlier answer raised and the user left alone, then raise afresh.
    const importance = { ...s.answers.importance };
    for (const [criterion, mark] of Object.entries(s.suggested) as [CriterionId, { from: Importance }][]) {
      if (mark.from === 'ignore') delete importance[criterion];
      else importance[criterion] = mark.from;
    }
    const suggested: PersistedState['suggested'] = {};
    for (const criterion of raisedBySuggestion(sensitivity, importance)) {
      suggested[criterion] = { by: sensitivity, from: importance[criterion] ?? 'ignore' };
    }
    return { sensitivity, suggested, answers: { ...s.answers, importance: suggestedImportance(sensitivity, importance) } };
  });
}
