import type { Catalog } from '../catalog/types';
import { applyChange } from './apply-change';
import { rank } from './rank';
import { blocks } from './rules';
import type { AnswerChange, Answers, ToolResult, Verdict } from './types';

/** Sets of changes are bit masks over the list of candidate changes (at most 17 of them). */
type Mask = number;

const bitCount = (mask: Mask): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

/** Every `size`-subset of the bits in `pool`, lowest bits first. */
function subsets(pool: Mask, size: number, visit: (subset: Mask) => void): void {
  const bits: Mask[] = [];
  for (let m = pool; m !== 0; m &= m - 1) bits.push(m & -m);
  const walk = (from: number, left: number, acc: Mask): void => {
    if (left === 0) return visit(acc);
    for (let i = from; i <= bits.length - left; i++) walk(i + 1, left - 1, acc | bits[i]!);
  };
  walk(0, size, 0);
}

/** `a` before `b` when, of the changes they differ in, the earliest in the list is a's. */
const earlier = (a: Mask, b: Mask): boolean => {
  const d = a ^ b;
  return (a & d & -d) !== 0;
};

const same = (a: Verdict, b: Verdict): boolean =>
  a.status === b.status && a.importance === b.importance && a.reason === b.reason;

/**
 * The fewest changes that together make at least one tool eligible, when none is.
 *
 * A set that admits a tool, and is as small as can be, holds only changes that touch that tool.
 * So, per tool: a change that is the only single cure of one of its blockers is always in; the
 * others come from the changes that lift a blocker on their own (or, when some blocker needs
 * changes together, from every change that alters any of the tool's verdicts). Sets grow in size
 * until one admits a tool, checked by ranking. Among those of that size: more tools admitted
 * (by re-ranking), then the earlier changes in the list. Null when nothing helps.
 *
 * @example
 * // 30 people, data minimisation and an EU controller both musts: no tool has either.
 * smallestRelaxation(reportCatalog, a, candidateChanges(a));
 * // { changes: [dataMinimisation must→nice, euController must→nice],
 * //   admits: ['webex', 'gotomeeting', 'google-meet', 'lifesize', 'teams', 'zoom'] }
 */
export function smallestRelaxation(
  catalog: Catalog,
  answers: Answers,
  changes: readonly AnswerChange[],
): { changes: AnswerChange[]; admits: string[] } | null {
  if (changes.length === 0) return null;
  const answersFor = (mask: Mask): Answers =>
    changes.reduce((acc, change, i) => ((mask >> i) & 1 ? applyChange(acc, change) : acc), answers);
  // Ranking the catalog is cheaper than judging one tool on its own (it judges each class of
  // cells once), so every set of changes is tried by ranking, once.
  const ranked = new Map<Mask, Map<string, ToolResult>>();
  const resultsFor = (mask: Mask): Map<string, ToolResult> => {
    let byTool = ranked.get(mask);
    if (byTool === undefined) ranked.set(mask, (byTool = new Map(rank(catalog, answersFor(mask)).map((r) => [r.toolId, r]))));
    return byTool;
  };

  const plans = catalog.tools.map(({ id }) => {
    const base = resultsFor(0).get(id)!.verdicts;
    const alone = changes.map((_, k) => resultsFor(1 << k).get(id)!.verdicts);
    const blockerAt = base.flatMap((v, j) => (blocks(v) ? [j] : []));
    const fixes = blockerAt.map((j) => alone.reduce((acc, after, k) => (blocks(after[j]!) ? acc : acc | (1 << k)), 0));
    if (fixes.every((f) => f !== 0)) {
      const forced = fixes.reduce((acc, f) => (bitCount(f) === 1 ? acc | f : acc), 0);
      return { id, forced, optional: fixes.reduce((acc, f) => acc | f, 0) & ~forced };
    }
    const touches = alone.reduce((acc, after, k) => (after.every((v, j) => same(v, base[j]!)) ? acc : acc | (1 << k)), 0);
    return { id, forced: 0, optional: touches };
  });

  const found = new Set<Mask>();
  for (let size = 1; size <= changes.length && found.size === 0; size++) {
    for (const plan of plans) {
      const rest = size - bitCount(plan.forced);
      if (rest < 0 || rest > bitCount(plan.optional)) continue;
      subsets(plan.optional, rest, (sub) => {
        const mask = plan.forced | sub;
        if (!found.has(mask) && resultsFor(mask).get(plan.id)!.eligible) found.add(mask);
      });
    }
  }

  let best: { mask: Mask; admits: string[] } | null = null;
  for (const mask of found) {
    const admits = [...resultsFor(mask).values()].flatMap((r) => (r.eligible ? [r.toolId] : []));
    if (best === null || admits.length > best.admits.length || (admits.length === best.admits.length && earlier(mask, best.mask))) {
      best = { mask, admits };
    }
  }
  if (best === null) return null;
  const chosen = best.mask;
  return { changes: changes.filter((_, i) => ((chosen >> i) & 1) === 1), admits: best.admits };
}
