import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criterionIds, importances, raisedBySuggestion, sensitivities, suggestedImportance, suggestions } from '../../src/scoring';
import type { Answers, CriterionId, Importance } from '../../src/scoring';

const strength = { ignore: 0, nice: 1, must: 2 } as const;
const level = (map: Answers['importance'], c: CriterionId): Importance => map[c] ?? 'ignore';

const importanceMap = fc.dictionary(fc.constantFrom(...criterionIds), fc.constantFrom(...importances)) as fc.Arbitrary<Answers['importance']>;

describe('suggestedImportance', () => {
  it('suggests nothing for everyday calls', () => {
    expect(suggestedImportance('everyday', {})).toEqual({});
    expect(suggestedImportance('everyday', { e2e: 'ignore' })).toEqual({ e2e: 'ignore' });
  });

  it('raises the four criteria as the issue sets them for confidential calls', () => {
    expect(suggestedImportance('confidential', {})).toEqual({ dpa: 'must', e2e: 'nice', dataInEU: 'nice', noThirdPartySharing: 'nice' });
  });

  it('makes all four must-haves for special-category data', () => {
    expect(suggestedImportance('special', { e2e: 'nice', openSource: 'nice' })).toEqual({
      e2e: 'must', openSource: 'nice', dpa: 'must', dataInEU: 'must', noThirdPartySharing: 'must',
    });
  });

  it('never lowers what the user chose', () => {
    expect(suggestedImportance('confidential', { e2e: 'must', dataInEU: 'must' })).toMatchObject({ e2e: 'must', dataInEU: 'must' });
  });

  it('returns a new map and leaves the input alone', () => {
    const input = { e2e: 'ignore' } as const;
    const out = suggestedImportance('special', input);
    expect(out).not.toBe(input);
    expect(input).toEqual({ e2e: 'ignore' });
  });

  it('holds for any importances: raised to at least the suggestion, nothing else changed, idempotent', () => {
    fc.assert(fc.property(fc.constantFrom(...sensitivities), importanceMap, (sensitivity, importance) => {
      const out = suggestedImportance(sensitivity, importance);
      const suggested = suggestions[sensitivity];
      for (const c of criterionIds) {
        expect(strength[level(out, c)]).toBeGreaterThanOrEqual(strength[level(importance, c)]);
        if (suggested[c]) expect(strength[level(out, c)]).toBeGreaterThanOrEqual(strength[suggested[c]]);
        else expect(out[c]).toBe(importance[c]);
      }
      expect(suggestedImportance(sensitivity, out)).toEqual(out);
    }));
  });
});

describe('raisedBySuggestion', () => {
  it('names the criteria the suggestion raised, in the report\'s order', () => {
    expect(raisedBySuggestion('special', { dpa: 'must' })).toEqual(['noThirdPartySharing', 'dataInEU', 'e2e']);
    expect(raisedBySuggestion('confidential', { dpa: 'must', e2e: 'must', dataInEU: 'nice', noThirdPartySharing: 'must' })).toEqual([]);
    expect(raisedBySuggestion('everyday', {})).toEqual([]);
  });
});
