import { criterionIds, verdictOrder, type Importance, type ToolResult, type Verdict, type VerdictCriterion } from '../scoring/types';

const weight: Record<Importance, number> = { must: 2, nice: 1, ignore: 0 };
/** A verdict's place in `verdictOrder`. */
export const position = (c: VerdictCriterion) => verdictOrder.indexOf(c);
const byWeightThenOrder = (a: Verdict, b: Verdict) =>
  weight[b.importance] - weight[a.importance] || position(a.criterion) - position(b.criterion);

const isCriterion = (c: VerdictCriterion) => (criterionIds as readonly string[]).includes(c);

const points: Record<Verdict['status'], number> = { met: 2, conditional: 1, unknown: 0, unmet: 0 };
/** A criterion's verdict in another result. */
const verdictIn = (r: ToolResult, criterion: VerdictCriterion) => r.verdicts.find((v) => v.criterion === criterion);

/**
 * The verdicts that speak most for a tool among the others that fit (`fitting`, itself included
 * or not): criteria the company weighs that it meets, where another fitting tool does worse. A
 * must-have every fitting tool meets is no strong point of one of them (the summary names it once);
 * a n.v.t. cell counts as met but says nothing for the tool. When the tool fits alone, its met
 * weighed criteria. Must before nice, then the report's order; at most `max`. Empty when nothing
 * sets it apart: the card says so.
 * @example strongestVerdicts(zoom, [webex, zoom, teams]) // [{ criterion: 'noThirdPartySharing', ... }]
 */
export function strongestVerdicts(result: ToolResult, fitting: readonly ToolResult[], max = 3): Verdict[] {
  const others = fitting.filter((r) => r.toolId !== result.toolId);
  return result.verdicts
    .filter((v) => v.status === 'met' && v.reason !== 'notApplicable' && v.importance !== 'ignore' && isCriterion(v.criterion)
      && (!others.length || others.some((r) => points[verdictIn(r, v.criterion)?.status ?? 'unmet'] < points.met)))
    .sort(byWeightThenOrder)
    .slice(0, max);
}

/**
 * Every point the company weighs (must or nice, and the meeting size) that the tool meets only on
 * a condition, does not meet, or is unknown: all of them, so none hides behind "show all verdicts".
 */
export function watchPoints(result: ToolResult): Verdict[] {
  return result.verdicts.filter((v) => v.status !== 'met' && v.importance !== 'ignore').sort(byWeightThenOrder);
}
