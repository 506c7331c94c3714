import type { ToolResult, Verdict } from './types';

/**
 * Whether a verdict counts towards the score: a criterion the company weighs (the gates, meeting
 * size and end of support, never do).
 * @example weighed({ criterion: 'e2e', importance: 'nice', ... }) // true
 */
export const weighed = (v: Verdict): boolean =>
  v.importance !== 'ignore' && v.criterion !== 'participants' && v.criterion !== 'availability';

/** How many of a result's weighed verdicts are unknown. */
const unknowns = (r: ToolResult): number => r.verdicts.reduce((n, v) => n + (weighed(v) && v.status === 'unknown' ? 1 : 0), 0);

/**
 * The place of each result in a ranking (as `rank` orders it), shared by the tools that stand
 * equally: both fit, their scores match (two without a score match too), and they count as many
 * unknowns among the weighed verdicts. So places may read 1, 1, 1, 4; a tool that does not fit has none.
 * The order within a tie is `rank`'s (by name), for display only.
 * @example places(rank(reportCatalog, { ...defaultAnswers, participants: 5 })) // [1, 1, 1, 1, 1, 1, 1, 1, null, null]
 */
export function places(results: readonly ToolResult[]): (number | null)[] {
  let place = 0;
  return results.map((r, i) => {
    if (!r.eligible) return null;
    const before = results[i - 1];
    if (!before || before.score !== r.score || unknowns(before) !== unknowns(r)) place = i + 1;
    return place;
  });
}

/**
 * The tools that share the first place, in display order; empty when none fits.
 * @example topGroup(rank(reportCatalog, answers)) // ['webex', 'google-meet', 'teams', 'zoom']
 */
export function topGroup(results: readonly ToolResult[]): ToolResult[] {
  const at = places(results);
  return results.filter((_, i) => at[i] === 1);
}
