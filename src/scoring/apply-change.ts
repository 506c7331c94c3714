import type { AnswerChange, Answers } from './types';

// A file of its own so the first load of the results page does not carry it: only the
// loosenings, which load when the page is idle, apply changes.

/**
 * Applies one loosening (as offered by `relaxations`) and returns new answers; the input is
 * not changed. A change whose `from` no longer matches the answers (a stale button) changes
 * nothing and returns the same object.
 *
 * @example
 * applyChange({ ...defaultAnswers, budget: 'free-only' }, { kind: 'budget', from: 'free-only', to: 'free-preferred' });
 * // { participants: 10, hosting: 'either', budget: 'free-preferred', includeDiscontinued: false, importance: {} }
 */
export function applyChange(answers: Answers, change: AnswerChange): Answers {
  switch (change.kind) {
    case 'importance':
      if (answers.importance[change.criterion] !== change.from) return answers;
      return { ...answers, importance: { ...answers.importance, [change.criterion]: change.to } };
    case 'budget':
      return answers.budget === change.from ? { ...answers, budget: change.to } : answers;
    case 'hosting':
      return answers.hosting === change.from ? { ...answers, hosting: change.to } : answers;
    case 'includeDiscontinued':
      return answers.includeDiscontinued === change.from ? { ...answers, includeDiscontinued: change.to } : answers;
  }
}
