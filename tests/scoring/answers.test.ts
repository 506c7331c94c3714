import { describe, expect, it } from 'vitest';
import { applyChange, defaultAnswers } from '../../src/scoring';
import type { AnswerChange, Answers } from '../../src/scoring';

describe('defaultAnswers', () => {
  it('are 10 people, either hosting, paying fine, discontinued hidden, nothing weighed', () => {
    expect(defaultAnswers).toEqual({ participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} });
  });
  it('are frozen', () => {
    expect(Object.isFrozen(defaultAnswers)).toBe(true);
    expect(Object.isFrozen(defaultAnswers.importance)).toBe(true);
  });
});

describe('applyChange', () => {
  const start: Answers = {
    participants: 5, hosting: 'self', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must', dpa: 'nice' },
  };

  it.each<[AnswerChange, Partial<Answers>]>([
    [{ kind: 'importance', criterion: 'e2e', from: 'must', to: 'nice' }, { importance: { e2e: 'nice', dpa: 'nice' } }],
    [{ kind: 'budget', from: 'free-only', to: 'free-preferred' }, { budget: 'free-preferred' }],
    [{ kind: 'hosting', from: 'self', to: 'either' }, { hosting: 'either' }],
    [{ kind: 'includeDiscontinued', from: false, to: true }, { includeDiscontinued: true }],
  ])('%j', (change, expected) => {
    const copy = structuredClone(start);
    expect(applyChange(start, change)).toEqual({ ...start, ...expected });
    expect(start).toEqual(copy);
  });

  it.each<AnswerChange>([
    { kind: 'importance', criterion: 'dpa', from: 'must', to: 'nice' },
    { kind: 'importance', criterion: 'browser', from: 'must', to: 'nice' },
    { kind: 'hosting', from: 'cloud', to: 'either' },
  ])('a stale change (%j) changes nothing', (change) => {
    expect(applyChange(start, change)).toBe(start);
  });

  it('stale budget and discontinued changes change nothing', () => {
    const loose: Answers = { ...start, budget: 'paid-ok', includeDiscontinued: true };
    expect(applyChange(loose, { kind: 'budget', from: 'free-only', to: 'free-preferred' })).toBe(loose);
    expect(applyChange(loose, { kind: 'includeDiscontinued', from: false, to: true })).toBe(loose);
  });
});
