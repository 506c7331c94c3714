import type { AnswerChange, Answers } from './types';

/**
 * Applies one loosening (as `relaxations` offers it) to new answers; a change whose `from` no longer
 * matches (a stale button) returns the same object. Its own file, so the results page's first load
 * does not carry it: only the loosenings, loaded when idle, apply changes.
 * @example applyChange({ ...defaultAnswers, budget: 'free-only' }, { kind: 'budget', from: 'free-only', to: 'free-preferred' }).budget // 'free-preferred'
 */
export function applyChange(answers: Answers, change: AnswerChange): Answers {
  if (change.kind === 'importance') {
    if (answers.importance[change.criterion] !== change.from) return answers;
    return { ...answers, importance: { ...answers.importance, [change.criterion]: change.to } };
  }
  return answers[change.kind] === change.from ? { ...answers, [change.kind]: change.to } : answers;
}
