import { criterionGroups, criterionIds, verdictOrder, type CriterionGroup, type Importance, type ToolResult, type Verdict, type VerdictCriterion } from '../scoring/types';

const weight: Record<Importance, number> = { must: 2, nice: 1, ignore: 0 };
const position = (c: VerdictCriterion) => verdictOrder.indexOf(c);
const byWeightThenOrder = (a: Verdict, b: Verdict) =>
  weight[b.importance] - weight[a.importance] || position(a.criterion) - position(b.criterion);

const isCriterion = (c: VerdictCriterion) => (criterionIds as readonly string[]).includes(c);

/**
 * The two or three verdicts that speak most for a tool: met criteria the company weighs
 * (must before nice, then in the report's order). A n.v.t. cell counts as met but says nothing
 * for the tool, so it is never among them. When the company weighs fewer than two, hosting,
 * the participant limit and the price fill up, so a card never shows an empty list.
 */
export function strongestVerdicts(result: ToolResult, max = 3): Verdict[] {
  const weighed = result.verdicts
    .filter((v) => v.status === 'met' && v.reason !== 'notApplicable' && v.importance !== 'ignore' && isCriterion(v.criterion))
    .sort(byWeightThenOrder);
  const picked = weighed.slice(0, max);
  if (picked.length < 2) {
    for (const criterion of ['hosting', 'participants', 'budget'] as const) {
      const v = result.verdicts.find((x) => x.criterion === criterion && x.status === 'met');
      if (v && v.reason !== 'hostingOpen' && picked.length < max) picked.push(v);
    }
  }
  return picked;
}

/** Criteria the company weighs that the tool meets only on a condition, not at all, or unknown. */
export function watchPoints(result: ToolResult, max = 2): Verdict[] {
  return result.verdicts
    .filter((v) => v.status !== 'met' && v.importance !== 'ignore')
    .sort(byWeightThenOrder)
    .slice(0, max);
}

export type VerdictGroup = CriterionGroup | 'pricing' | 'availability';

/** The report's group of each verdict: the criteria's own groups, and the answers' gates beside them. */
const groupOf = Object.fromEntries([
  ...Object.entries(criterionGroups).flatMap(([group, ids]) => ids.map((id) => [id, group])),
  ['hosting', 'features'], ['participants', 'features'], ['budget', 'pricing'], ['availability', 'availability'],
]) as Record<VerdictCriterion, VerdictGroup>;

/** A tool's verdicts grouped as in the report's table, each group in `verdictOrder`. */
export function groupVerdicts(verdicts: readonly Verdict[]): { group: VerdictGroup; verdicts: Verdict[] }[] {
  const groups: { group: VerdictGroup; verdicts: Verdict[] }[] = [];
  const sorted = [...verdicts].sort((a, b) => position(a.criterion) - position(b.criterion));
  for (const v of sorted) {
    const group = groupOf[v.criterion];
    const last = groups[groups.length - 1];
    if (last?.group === group) last.verdicts.push(v);
    else groups.push({ group, verdicts: [v] });
  }
  return groups;
}
