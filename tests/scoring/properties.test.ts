import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { applyChange, criterionIds, rank, relaxations, verdictOrder } from '../../src/scoring';
import type { Answers, CriterionId, Importance } from '../../src/scoring';
import { anyAnswers } from './helpers';

const numRuns = 300;
const criterionArb = fc.constantFrom(...criterionIds);

const answersArb = anyAnswers(5000);

type Step =
  | { kind: 'importance'; criterion: CriterionId }
  | { kind: 'budget' }
  | { kind: 'hosting'; to: 'self' | 'cloud' }
  | { kind: 'discontinued' }
  | { kind: 'participants'; by: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  criterionArb.map((criterion) => ({ kind: 'importance' as const, criterion })),
  fc.constant({ kind: 'budget' as const }),
  fc.constantFrom('self' as const, 'cloud' as const).map((to) => ({ kind: 'hosting' as const, to })),
  fc.constant({ kind: 'discontinued' as const }),
  fc.integer({ min: 1, max: 3000 }).map((by) => ({ kind: 'participants' as const, by })),
);

const nextImportance: Record<Importance, Importance> = { ignore: 'nice', nice: 'must', must: 'must' };
const nextBudget = { 'paid-ok': 'free-preferred', 'free-preferred': 'free-only', 'free-only': 'free-only' } as const;

/** A pair of answers one step apart: [looser, stricter]. */
function tighten(a: Answers, step: Step): [Answers, Answers] {
  switch (step.kind) {
    case 'importance': {
      const now = a.importance[step.criterion] ?? 'ignore';
      if (now === 'must') return [{ ...a, importance: { ...a.importance, [step.criterion]: 'nice' } }, a];
      return [a, { ...a, importance: { ...a.importance, [step.criterion]: nextImportance[now] } }];
    }
    case 'budget':
      if (a.budget === 'free-only') return [{ ...a, budget: 'free-preferred' }, a];
      return [a, { ...a, budget: nextBudget[a.budget] }];
    case 'hosting':
      if (a.hosting !== 'either') return [{ ...a, hosting: 'either' }, a];
      return [a, { ...a, hosting: step.to }];
    case 'discontinued':
      return [{ ...a, includeDiscontinued: true }, { ...a, includeDiscontinued: false }];
    case 'participants':
      return [a, { ...a, participants: a.participants + step.by }];
  }
}

const eligible = (a: Answers): Set<string> =>
  new Set(rank(reportCatalog, a).filter((r) => r.eligible).map((r) => r.toolId));

describe('properties of rank', () => {
  it('making any one answer stricter never adds an eligible tool', () => {
    fc.assert(
      fc.property(answersArb, stepArb, (a, step) => {
        const [loose, strict] = tighten(a, step);
        const allowed = eligible(loose);
        for (const id of eligible(strict)) expect(allowed.has(id)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('blockers exactly explain ineligibility; eligible tools come first; verdicts in fixed order', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const ranked = rank(reportCatalog, a);
        expect(ranked).toHaveLength(reportCatalog.tools.length);
        let seenIneligible = false;
        for (const r of ranked) {
          expect(r.verdicts.map((v) => v.criterion)).toEqual([...verdictOrder]);
          if (r.eligible) expect(seenIneligible).toBe(false);
          else seenIneligible = true;
          expect(r.blockers.length > 0).toBe(!r.eligible);
          expect(r.blockers).toEqual(r.verdicts.filter((v) => v.importance === 'must' && (v.status === 'unmet' || v.status === 'unknown')));
        }
      }),
      { numRuns },
    );
  });

  it('score is a whole number in 0..100, or null for every tool when nothing is weighed', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const weighed =
          Object.values(a.importance).some((i) => i !== 'ignore') || a.hosting === 'self' || a.budget !== 'paid-ok';
        for (const r of rank(reportCatalog, a)) {
          if (!weighed) expect(r.score).toBeNull();
          else {
            expect(Number.isInteger(r.score)).toBe(true);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns },
    );
  });

  it('is deterministic, whatever the order the importance keys were set in', () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (a, randoms) => {
        const keys = Object.keys(a.importance) as CriterionId[];
        const shuffled = keys
          .map((key) => ({ key, sort: randoms.next().value as number }))
          .sort((x, y) => x.sort - y.sort)
          .map(({ key }) => key);
        const reordered: Answers = { ...a, importance: Object.fromEntries(shuffled.map((k) => [k, a.importance[k]])) };
        const once = rank(reportCatalog, a);
        expect(rank(reportCatalog, a)).toEqual(once);
        expect(rank(reportCatalog, reordered)).toEqual(once);
      }),
      { numRuns },
    );
  });
});

describe('properties of relaxations', () => {
  it('agree with re-ranking', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const before = eligible(a);
        const report = relaxations(reportCatalog, a);
        for (const { change, admits } of report.single) {
          const after = rank(reportCatalog, applyChange(a, change)).filter((r) => r.eligible).map((r) => r.toolId);
          expect(admits).toEqual(after.filter((id) => !before.has(id)));
          expect(admits.length).toBeGreaterThan(0);
        }
        if (before.size > 0) expect(report.smallest).toBeNull();
        if (report.smallest !== null) {
          const after = report.smallest.changes.reduce(applyChange, a);
          expect(rank(reportCatalog, after).filter((r) => r.eligible).map((r) => r.toolId)).toEqual(report.smallest.admits);
          expect(report.smallest.admits.length).toBeGreaterThan(0);
          // Fewest changes: a set of two or more only when no single change helps.
          if (report.smallest.changes.length > 1) expect(report.single).toEqual([]);
          else expect(report.single.map((s) => s.change)).toContainEqual(report.smallest.changes[0]);
        } else if (before.size === 0) {
          expect(report.single).toEqual([]);
        }
      }),
      { numRuns },
    );
  });
});
