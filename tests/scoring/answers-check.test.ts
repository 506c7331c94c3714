import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { budgets, checkAnswers, criterionIds, defaultAnswers, hostings, importances, rank, relaxations } from '../../src/scoring';
import type { Answers } from '../../src/scoring';

const bad = (over: Record<string, unknown>) => ({ ...defaultAnswers, ...over }) as unknown as Answers;

describe('rank and relaxations refuse answers that break the Answers type', () => {
  it.each<[string, unknown, RegExp]>([
    ['no object', null, /^answers: expected an object$/],
    ['an array', [], /^answers: expected an object$/],
    ['participants not a number', bad({ participants: '10' }), /^participants: expected a whole number of at least 2/],
    ['participants not whole', bad({ participants: 2.5 }), /^participants: /],
    ['participants below 2', bad({ participants: 1 }), /^participants: /],
    ['participants NaN', bad({ participants: Number.NaN }), /^participants: /],
    ['participants missing', bad({ participants: undefined }), /^participants: /],
    ['an unknown hosting', bad({ hosting: 'moon' }), /^hosting: unknown value "moon"$/],
    ['an unknown budget', bad({ budget: 'cheap' }), /^budget: unknown value "cheap"$/],
    ['includeDiscontinued not a boolean', bad({ includeDiscontinued: 'yes' }), /^includeDiscontinued: expected true or false/],
    ['importance not an object', bad({ importance: 'all' }), /^importance: expected an object$/],
    ['importance an array', bad({ importance: ['e2e'] }), /^importance: expected an object$/],
    ['an unknown criterion', bad({ importance: { teleport: 'must' } }), /^importance\.teleport: unknown criterion$/],
    ['an unknown importance', bad({ importance: { e2e: 'always' } }), /^importance\.e2e: unknown importance "always"$/],
  ])('%s', (_, answers, message) => {
    expect(() => rank(reportCatalog, answers as Answers)).toThrow(TypeError);
    expect(() => rank(reportCatalog, answers as Answers)).toThrow(message);
    expect(() => relaxations(reportCatalog, answers as Answers)).toThrow(message);
    expect(() => checkAnswers(answers)).toThrow(message);
  });

  it('accepts an explicit undefined importance as "doesn\'t matter"', () => {
    expect(() => rank(reportCatalog, bad({ importance: { e2e: undefined } }))).not.toThrow();
  });

  /** Whether a value is of the Answers type, written out independently of `checkAnswers`. */
  const isAnswers = (x: unknown): boolean => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
    const a = x as Record<string, unknown>;
    const imp = a.importance;
    return Number.isInteger(a.participants) && (a.participants as number) >= 2
      && (hostings as readonly unknown[]).includes(a.hosting) && (budgets as readonly unknown[]).includes(a.budget)
      && typeof a.includeDiscontinued === 'boolean'
      && typeof imp === 'object' && imp !== null && !Array.isArray(imp)
      && Object.entries(imp).every(([k, v]) => (criterionIds as readonly string[]).includes(k) && (v === undefined || (importances as readonly unknown[]).includes(v)));
  };

  it('never ranks random JSON silently: it throws a TypeError unless the input is of the type', () => {
    const field = <T>(good: fc.Arbitrary<T>) => fc.oneof(good, fc.jsonValue());
    const arb = fc.oneof(
      fc.jsonValue(),
      fc.record({
        participants: field(fc.integer({ min: -3, max: 400 })),
        hosting: field(fc.constantFrom(...hostings, 'moon')),
        budget: field(fc.constantFrom(...budgets, 'cheap')),
        includeDiscontinued: field(fc.boolean()),
        importance: field(fc.dictionary(fc.constantFrom(...criterionIds, 'teleport'), fc.constantFrom(...importances, 'always', 1))),
      }, { requiredKeys: [] }),
    );
    fc.assert(fc.property(arb, (input) => {
      if (isAnswers(input)) {
        expect(rank(reportCatalog, input as Answers)).toHaveLength(10);
      } else {
        expect(() => rank(reportCatalog, input as Answers)).toThrow(TypeError);
        expect(() => relaxations(reportCatalog, input as Answers)).toThrow(TypeError);
      }
    }), { numRuns: 500 });
  });
});
