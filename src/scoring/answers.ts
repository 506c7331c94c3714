import { budgets, criterionIds, hostings, importances, type Answers } from './types';

/**
 * The answers before the company has said anything: 10 people, hosting either way, paying is
 * fine, ended tools hidden, nothing weighed. Frozen. With them, 8 tools fit: not Signal (2 people) nor Skype (ended).
 */
export const defaultAnswers: Answers = Object.freeze({
  participants: 10,
  hosting: 'either',
  budget: 'paid-ok',
  includeDiscontinued: false,
  importance: Object.freeze({}),
});

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const oneOf = (list: readonly string[], x: unknown): boolean => typeof x === 'string' && list.includes(x);
const fail = (message: string): never => { throw new TypeError(message); };
const shown = (x: unknown): string => (typeof x === 'string' ? JSON.stringify(x) : String(x));

/**
 * Throws a `TypeError` naming the field at fault when `answers` breaks the `Answers` type, so
 * garbage is never ranked silently; `rank` and `relaxations` call it first.
 * @example checkAnswers({ ...defaultAnswers, importance: { teleport: 'must' } }) // TypeError('importance.teleport: unknown criterion')
 */
export function checkAnswers(answers: unknown): asserts answers is Answers {
  if (!isRecord(answers)) return fail('answers: expected an object');
  const { participants, hosting, budget, includeDiscontinued, importance } = answers;
  if (!Number.isInteger(participants) || (participants as number) < 2) {
    fail(`participants: expected a whole number of at least 2, got ${shown(participants)}`);
  }
  if (!oneOf(hostings, hosting)) fail(`hosting: unknown value ${shown(hosting)}`);
  if (!oneOf(budgets, budget)) fail(`budget: unknown value ${shown(budget)}`);
  if (typeof includeDiscontinued !== 'boolean') fail(`includeDiscontinued: expected true or false, got ${shown(includeDiscontinued)}`);
  if (!isRecord(importance)) return fail('importance: expected an object');
  for (const [criterion, level] of Object.entries(importance)) {
    if (!oneOf(criterionIds, criterion)) fail(`importance.${criterion}: unknown criterion`);
    // An explicit undefined is a missing key: 'ignore'.
    if (level !== undefined && !oneOf(importances, level)) fail(`importance.${criterion}: unknown importance ${shown(level)}`);
  }
}
