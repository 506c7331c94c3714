import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { applyChange, candidateChanges, criterionIds, rank, relaxations } from '../../src/scoring';
import type { AnswerChange, Answers, CriterionId, Importance } from '../../src/scoring';

/** Every set of up to `max` changes, smallest first, in list order. */
function* combinations(changes: readonly AnswerChange[], max: number): Generator<AnswerChange[]> {
  function* pick(from: number, size: number, acc: AnswerChange[]): Generator<AnswerChange[]> {
    if (acc.length === size) return yield [...acc];
    for (let i = from; i < changes.length; i++) yield* pick(i + 1, size, [...acc, changes[i]!]);
  }
  for (let size = 1; size <= max; size++) yield* pick(0, size, []);
}

const admitted = (a: Answers) => rank(reportCatalog, a).filter((r) => r.eligible).map((r) => r.toolId);

/** Answers that often leave no tool: several musts, strict budget and hosting, big meetings. */
const strictAnswers: fc.Arbitrary<Answers> = fc.record({
  participants: fc.constantFrom(2, 5, 20, 30, 100, 300, 1200),
  hosting: fc.constantFrom('self', 'either', 'cloud'),
  budget: fc.constantFrom('free-only', 'free-preferred', 'paid-ok'),
  includeDiscontinued: fc.boolean(),
  importance: fc.dictionary(fc.constantFrom<CriterionId>(...criterionIds), fc.constantFrom<Importance>('must', 'must', 'nice'), { maxKeys: 6 }),
});

describe('the smallest set of changes, against brute force on the real catalog', () => {
  it('is never larger than the smallest set brute force finds, admits a tool, and is among the sets of that size', () => {
    let checked = 0;
    fc.assert(
      fc.property(strictAnswers, (a) => {
        if (admitted(a).length > 0) return;
        const changes = candidateChanges(a);
        // Brute force: every combination of up to three loosenings.
        const smallest: AnswerChange[][] = [];
        for (const set of combinations(changes, 3)) {
          if (smallest.length && set.length > smallest[0]!.length) break;
          if (admitted(set.reduce(applyChange, a)).length > 0) smallest.push(set);
        }
        const report = relaxations(reportCatalog, a);
        if (!smallest.length) {
          // Nothing within three changes: the answer, if any, needs more than three.
          if (report.smallest) expect(report.smallest.changes.length).toBeGreaterThan(3);
          return;
        }
        checked++;
        expect(report.smallest).not.toBeNull();
        const { changes: chosen, admits } = report.smallest!;
        expect(chosen).toHaveLength(smallest[0]!.length);
        expect(smallest).toContainEqual(chosen);
        expect(admitted(chosen.reduce(applyChange, a))).toEqual(admits);
        // Among the minimal sets, none admits more tools than the one chosen.
        for (const set of smallest) expect(admitted(set.reduce(applyChange, a)).length).toBeLessThanOrEqual(admits.length);
      }),
      { numRuns: 400, seed: 20261201 },
    );
    expect(checked).toBeGreaterThan(50); // the profiles really exercise the search
  });
});
