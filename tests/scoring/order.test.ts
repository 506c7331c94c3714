import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportCatalog } from '../../src/catalog';
import type { Catalog, Tool, ToolId } from '../../src/catalog';
import { criterionIds, rank } from '../../src/scoring';
import type { Answers, CriterionId, Importance, ToolResult } from '../../src/scoring';

// rank() orders with a counting sort over the tools presorted by name. Here a plain comparison
// sort on the ranking rules' keys must give the very same order, for any answers and catalogs.

const answersArb: fc.Arbitrary<Answers> = fc.record({
  participants: fc.integer({ min: 2, max: 5000 }),
  hosting: fc.constantFrom('self', 'either', 'cloud'),
  budget: fc.constantFrom('free-only', 'free-preferred', 'paid-ok'),
  includeDiscontinued: fc.boolean(),
  importance: fc.dictionary(fc.constantFrom(...criterionIds), fc.constantFrom<Importance>('ignore', 'nice', 'must')) as fc.Arbitrary<Partial<Record<CriterionId, Importance>>>,
});

/** A catalog of 1 to 40 tools, each a real tool's cells under a random (often repeated) name. */
const catalogArb: fc.Arbitrary<Catalog> = fc
  .array(fc.record({ from: fc.integer({ min: 0, max: 9 }), name: fc.constantFrom('A', 'B', 'Zoom', 'zoom', 'Äpp', 'b', '') }), { minLength: 1, maxLength: 40 })
  .map((specs) => ({
    ...reportCatalog,
    tools: specs.map(({ from, name }, i): Tool => ({ ...reportCatalog.tools[from]!, id: `t${String(i).padStart(2, '0')}` as ToolId, name })),
  }));

const weighed = (importance: string) => importance !== 'ignore';

/** The ranking rules as a comparator: eligible, score high to low, fewer unknowns, name, id. */
function referenceOrder(catalog: Catalog, results: readonly ToolResult[]): string[] {
  const nameOf = new Map(catalog.tools.map((t) => [t.id as string, t.name]));
  const unknowns = (r: ToolResult) =>
    r.verdicts.filter((v) => v.status === 'unknown' && weighed(v.importance) && v.criterion !== 'participants' && v.criterion !== 'availability').length;
  const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...results]
    .sort((a, b) =>
      Number(b.eligible) - Number(a.eligible)
      || (b.score ?? 0) - (a.score ?? 0)
      || unknowns(a) - unknowns(b)
      || code(nameOf.get(a.toolId)!, nameOf.get(b.toolId)!)
      || code(a.toolId, b.toolId))
    .map((r) => r.toolId);
}

describe('rank order', () => {
  it('equals a plain comparison sort on the real catalog, for any answers', () => {
    fc.assert(fc.property(answersArb, (answers) => {
      const results = rank(reportCatalog, answers);
      expect(results.map((r) => r.toolId)).toEqual(referenceOrder(reportCatalog, [...results].reverse()));
    }), { numRuns: 300 });
  });

  it('equals a plain comparison sort on random catalogs with repeated names', () => {
    fc.assert(fc.property(catalogArb, answersArb, (catalog, answers) => {
      const results = rank(catalog, answers);
      expect(results).toHaveLength(catalog.tools.length);
      expect(results.map((r) => r.toolId)).toEqual(referenceOrder(catalog, results));
    }), { numRuns: 200 });
  });
});
