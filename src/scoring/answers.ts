import type { AnswerChange, Answers } from './types';

/**
 * The answers before the company has said anything: a meeting of 10, hosting either way,
 * paying is fine, tools past their end of support hidden, no criterion weighed. Frozen: copy it.
 *
 * @example
 * rank(reportCatalog, defaultAnswers).filter((r) => r.eligible).length; // 8: all but Signal (2 people) and Skype (ended)
 */
export const defaultAnswers: Answers = Object.freeze({
  participants: 10,
  hosting: 'either',
  budget: 'paid-ok',
  includeDiscontinued: false,
  importance: Object.freeze({}),
});

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
