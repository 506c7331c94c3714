import type { AnswerChange, Answers } from './types';

/**
 * Applies one loosening (as `relaxations` offers it) to new answers. A change whose `from` no
 * longer matches (a stale button) returns the same object. A file of its own, so the results
 * page's first load does not carry it: only the loosenings, loaded when idle, apply changes.
 *
 * @example
 * applyChange({ ...defaultAnswers, budget: 'free-only' }, { kind: 'budget', from: 'free-only', to: 'free-preferred' });
 * // { participants: 10, hosting: 'either', budget: 'free-preferred', includeDiscontinued: false, importance: {} }
 */
export function applyChange(answers: Answers, change: AnswerChange): Answers {
  if (change.kind === 'importance') {
    if (answers.importance[change.criterion] !== change.from) return answers;
    return { ...answers, importance: { ...answers.importance, [change.criterion]: change.to } };
  }
  return answers[change.kind] === change.from ? { ...answers, [change.kind]: change.to } : answers;
}
