import type { Catalog, Tool } from '../catalog/types';
import { applyChange } from './answers';
import { prepare } from './context';
import type { Context } from './context';
import { blocks, verdictsFor } from './evaluate';
import { rank } from './rank';
import type { AnswerChange, Answers, ToolResult } from './types';

/** Sets of changes are bit masks over the list of candidate changes (at most 17 of them). */
type Mask = number;

const bitCount = (mask: Mask): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

/** Every `size`-subset of the bits in `pool`, smallest indices first. */
function subsets(pool: Mask, size: number, visit: (subset: Mask) => void): void {
  const bits: Mask[] = [];
  for (let m = pool; m !== 0; m &= m - 1) bits.push(m & -m);
  const walk = (from: number, left: number, acc: Mask): void => {
    if (left === 0) return visit(acc);
    for (let i = from; i <= bits.length - left; i++) walk(i + 1, left - 1, acc | bits[i]!);
  };
  walk(0, size, 0);
}

/** One blocked tool: for each blocker, the changes that lift it on their own. */
interface Plan {
  tool: Tool;
  fixes: Mask[];
  forced: Mask;
  optional: Mask;
}

/** `a` before `b` when, of the changes they differ in, the earliest in the list is a's. */
const earlier = (a: Mask, b: Mask): boolean => {
  const d = a ^ b;
  return (a & d & -d) !== 0;
};

/**
 * The fewest changes that together make at least one tool eligible, when none is. Per tool,
 * only the changes that lift one of its blockers on their own are tried (a blocker that no
 * single change lifts, such as a meeting above a hard limit, rules the tool out); a change
 * that is the only cure of a blocker is always in. Subsets grow in size until one admits a tool
 * (checked by evaluating it); among those of that size: more tools admitted (by re-ranking),
 * then the earlier changes in the list. Null when nothing helps.
 *
 * @example
 * // 30 people, data minimisation and an EU controller both musts: no tool has either.
 * smallestRelaxation(reportCatalog, a, rank(reportCatalog, a), candidateChanges(a));
 * // { changes: [dataMinimisation must→nice, euController must→nice],
 * //   admits: ['webex', 'gotomeeting', 'google-meet', 'lifesize', 'teams', 'zoom'] }
 */
export function smallestRelaxation(
  catalog: Catalog,
  answers: Answers,
  before: readonly ToolResult[],
  changes: readonly AnswerChange[],
): { changes: AnswerChange[]; admits: string[] } | null {
  if (before.some((r) => r.eligible) || changes.length === 0) return null;
  const answersFor = (mask: Mask): Answers =>
    changes.reduce((acc, change, i) => ((mask >> i) & 1 ? applyChange(acc, change) : acc), answers);
  const contexts = new Map<Mask, Context>();
  const contextFor = (mask: Mask): Context => {
    let ctx = contexts.get(mask);
    if (ctx === undefined) contexts.set(mask, (ctx = prepare(catalog, answersFor(mask))));
    return ctx;
  };

  const base = contextFor(0);
  const plans: Plan[] = [];
  for (const tool of catalog.tools) {
    const verdicts = verdictsFor(tool, base);
    const blockerAt = verdicts.flatMap((v, j) => (blocks(v) ? [j] : []));
    const fixes: Mask[] = blockerAt.map(() => 0);
    changes.forEach((_, k) => {
      const after = verdictsFor(tool, contextFor(1 << k));
      blockerAt.forEach((j, b) => {
        if (!blocks(after[j]!)) fixes[b]! |= 1 << k;
      });
    });
    if (fixes.some((f) => f === 0)) continue;
    const forced = fixes.reduce((acc, f) => (bitCount(f) === 1 ? acc | f : acc), 0);
    const relevant = fixes.reduce((acc, f) => acc | f, 0);
    plans.push({ tool, fixes, forced, optional: relevant & ~forced });
  }

  const found = new Set<Mask>();
  for (let size = 1; size <= changes.length && found.size === 0; size++) {
    for (const plan of plans) {
      const rest = size - bitCount(plan.forced);
      if (rest < 0 || rest > bitCount(plan.optional)) continue;
      subsets(plan.optional, rest, (sub) => {
        const mask = plan.forced | sub;
        if (found.has(mask) || !plan.fixes.every((f) => (f & mask) !== 0)) return;
        if (!verdictsFor(plan.tool, contextFor(mask)).some(blocks)) found.add(mask);
      });
    }
  }

  let best: { mask: Mask; admits: string[] } | null = null;
  for (const mask of found) {
    const admits = rank(catalog, answersFor(mask)).flatMap((r) => (r.eligible ? [r.toolId] : []));
    if (
      best === null ||
      admits.length > best.admits.length ||
      (admits.length === best.admits.length && earlier(mask, best.mask))
    ) {
      best = { mask, admits };
    }
  }
  if (best === null) return null;
  const chosen = best.mask;
  return { changes: changes.filter((_, i) => ((chosen >> i) & 1) === 1), admits: best.admits };
}
