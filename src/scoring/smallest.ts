import type { Catalog } from '../catalog/types';
import { applyChange } from './apply-change';
import { rank } from './rank';
import { blocks } from './rules';
import type { AnswerChange, Answers, RelaxationReport, ToolResult, Verdict } from './types';

/** A set of changes: a bit mask over the candidate changes (at most 17). */
type Mask = number;

const bitCount = (mask: Mask): number => (mask === 0 ? 0 : 1 + bitCount(mask & (mask - 1)));

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
function earlier(a: Mask, b: Mask): boolean {
  const differ = a ^ b;
  return (a & differ & -differ) !== 0; // differ & -differ: the lowest bit they differ in
}

const same = (a: Verdict, b: Verdict): boolean =>
  a.status === b.status && a.importance === b.importance && a.reason === b.reason;

/**
 * The fewest changes that together make at least one tool eligible, when none is; null when
 * nothing helps. A smallest set that admits a tool holds only changes that touch that tool. So,
 * per tool: a change that alone cures one of its blockers, and is the only one to, is always in;
 * the rest come from the changes that lift a blocker alone (or, when a blocker needs several,
 * from all that alter the tool's verdicts). Sets grow until one admits a tool. Among sets of that
 * size: more tools admitted, then the changes earlier in the list.
 * @example // 30 people; data minimisation and an EU controller must: no tool has either.
 * smallestRelaxation(reportCatalog, a, candidateChanges(a)).changes; // [dataMinimisation must→nice, euController must→nice]
 */
export function smallestRelaxation(catalog: Catalog, answers: Answers, changes: readonly AnswerChange[]): RelaxationReport['smallest'] {
  if (changes.length === 0) return null;
  const answersFor = (mask: Mask): Answers =>
    changes.reduce((acc, change, i) => ((mask >> i) & 1 ? applyChange(acc, change) : acc), answers);
  // Each set is tried by ranking the catalog, once: cheaper than judging one tool on its own.
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

  const found = new Set<Mask>(); // the sets of the smallest size that admit a tool
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
    const more = admits.length - (best?.admits.length ?? 0);
    if (best === null || more > 0 || (more === 0 && earlier(mask, best.mask))) best = { mask, admits };
  }
  return best && { changes: changes.filter((_, i) => (best.mask >> i) & 1), admits: best.admits };
}
