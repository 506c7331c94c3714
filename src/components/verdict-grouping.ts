/**
 * A tool's verdicts in the report's groups, for an opened card. Apart from the highlights, which
 * every card's first view needs: this loads with the parts that list all verdicts.
 */
import { criterionGroups, type CriterionGroup, type Verdict, type VerdictCriterion } from '../scoring/types';
import { position } from './highlights';

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
