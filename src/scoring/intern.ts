import { verdictOrder } from './order';
import { reasonCodes } from './types';
import type { Importance, ReasonCode, Verdict, VerdictCriterion, VerdictStatus } from './types';

/**
 * Verdicts are shared, frozen values: within one ranking, two tools with the same verdict on a
 * criterion get the same object. Ranking 100,000 tools then allocates a few hundred verdicts,
 * not 1.8 million.
 */
type Node = Verdict | Map<string | number, Node>;
/** @example const cache: VerdictCache = newCache(); */
export type VerdictCache = Array<Map<number, Node>>;

/**
 * One empty cache per verdict slot; importance is fixed per slot within one ranking.
 * @example const ctx = { ...others, cache: newCache() };
 */
export const newCache = (): VerdictCache => verdictOrder.map(() => new Map<number, Node>());

const slotOf = new Map<VerdictCriterion, number>(verdictOrder.map((c, i) => [c, i]));
const reasonIndex = new Map<ReasonCode, number>(reasonCodes.map((r, i) => [r, i]));
const statusIndex: Record<VerdictStatus, number> = { met: 0, conditional: 1, unknown: 2, unmet: 3 };
/** Footnote numbers (whole, as the schema checks) up to this fit in the key's bit mask; others are not shared. */
const maxMaskedFootnote = 20;
const keySpan = 2 ** (maxMaskedFootnote + 1);

/** The names of a reason's parameters, in the order they are passed. */
const paramNames: Partial<Record<ReasonCode, readonly [string] | readonly [string, string]>> = {
  planned: ['when'],
  withinLimit: ['max'],
  aboveLimit: ['max'],
  largerPlanOnRequest: ['max'],
  largerPlanNotFree: ['max'],
  freeTierLimit: ['max', 'paidMax'],
  storesData: ['kinds'],
  controllerInEU: ['country'],
  controllerOutsideEU: ['country'],
  discontinued: ['date'],
  discontinuedIncluded: ['date'],
};

const frozenEmpty: number[] = Object.freeze([]) as unknown as number[];

function build(
  criterion: VerdictCriterion, importance: Importance, status: VerdictStatus, reason: ReasonCode,
  footnotes: readonly number[] | undefined, extra: number, a: string | number | undefined, b: string | number | undefined,
): Verdict {
  const ids = new Set<number>(footnotes);
  if (extra !== 0) ids.add(extra);
  const list = ids.size === 0 ? frozenEmpty : (Object.freeze([...ids].sort((x, y) => x - y)) as number[]);
  const names = paramNames[reason];
  if (a === undefined || names === undefined) return Object.freeze({ criterion, importance, status, footnotes: list, reason });
  const params: Record<string, string | number> = { [names[0]]: a };
  if (b !== undefined && names[1] !== undefined) params[names[1]] = b;
  return Object.freeze({ criterion, importance, status, footnotes: list, reason, params: Object.freeze(params) });
}

/**
 * The verdict with these fields, from the cache when an equal one was made before. Footnotes
 * come out ascending and without duplicates; `extra` (0 for none) is one more footnote;
 * `a` and `b` are the reason's parameters, named by `paramNames`.
 *
 * @example
 * const v = internVerdict(cache, 'participants', 'must', 'met', 'withinLimit', undefined, 0, 250);
 * // { criterion: 'participants', importance: 'must', status: 'met', footnotes: [], reason: 'withinLimit', params: { max: 250 } }
 * internVerdict(cache, 'participants', 'must', 'met', 'withinLimit', undefined, 0, 250) === v; // true
 */
export function internVerdict(
  cache: VerdictCache, criterion: VerdictCriterion, importance: Importance, status: VerdictStatus, reason: ReasonCode,
  footnotes: readonly number[] | undefined, extra: number, a?: string | number, b?: string | number,
): Verdict {
  let mask = extra > 0 && extra <= maxMaskedFootnote ? 1 << extra : 0;
  let shareable = extra === 0 || mask !== 0;
  if (footnotes !== undefined) {
    for (let i = 0; i < footnotes.length; i++) {
      const id = footnotes[i]!;
      if (id > 0 && id <= maxMaskedFootnote) mask |= 1 << id;
      else shareable = false;
    }
  }
  if (!shareable) return build(criterion, importance, status, reason, footnotes, extra, a, b);
  const map = cache[slotOf.get(criterion)!]!;
  const key = ((reasonIndex.get(reason)! * 4 + statusIndex[status]) * 2 + (a === undefined ? 0 : 1)) * keySpan + mask;
  let node = map.get(key);
  if (a === undefined) {
    if (node === undefined) map.set(key, (node = build(criterion, importance, status, reason, footnotes, extra, a, b)));
    return node as Verdict;
  }
  if (node === undefined) map.set(key, (node = new Map<string | number, Node>()));
  const byA = node as Map<string | number, Node>;
  let leaf = byA.get(a);
  if (b === undefined) {
    if (leaf === undefined) byA.set(a, (leaf = build(criterion, importance, status, reason, footnotes, extra, a, b)));
    return leaf as Verdict;
  }
  if (leaf === undefined) byA.set(a, (leaf = new Map<string | number, Node>()));
  const byB = leaf as Map<string | number, Node>;
  let verdict = byB.get(b);
  if (verdict === undefined) byB.set(b, (verdict = build(criterion, importance, status, reason, footnotes, extra, a, b)));
  return verdict as Verdict;
}
