import { summarise } from './evaluate';
import type { Verdict } from './types';

/**
 * What a ranking keeps per distinct list of verdicts. All of it is frozen and shared.
 * @example rowFor(trie, verdicts).key; // 0 for an eligible tool scoring 100 with no unknowns
 */
export interface Row {
  verdicts: Verdict[];
  blockers: Verdict[];
  eligible: boolean;
  score: number | null;
  /** Eligibility, score and unknowns as one number: lower ranks first. */
  key: number;
}

/** A trie over verdict lists: verdicts are shared objects, so equal lists meet at one leaf. @example const trie: RowTrie = newRowTrie(); */
export interface RowTrie {
  next: Map<Verdict, RowTrie> | null;
  row: Row | null;
}

/** An empty trie, one per ranking. @example newRowTrie(); // { next: null, row: null } */
export const newRowTrie = (): RowTrie => ({ next: null, row: null });

function makeRow(verdicts: readonly Verdict[]): Row {
  const { blockers, score, unknowns } = summarise(verdicts);
  const eligible = blockers.length === 0;
  const scored = !Number.isNaN(score);
  return {
    verdicts: Object.freeze(verdicts.slice()) as Verdict[],
    blockers: Object.freeze(blockers) as Verdict[],
    eligible,
    score: scored ? score : null,
    key: (eligible ? 0 : 1e6) + (scored ? (100 - score) * 1e3 : 0) + unknowns,
  };
}

/**
 * The row for this list of verdicts (`scratch` may be reused by the caller). Tools with the
 * same verdicts share one frozen verdict array, one blocker array and one summary: ranking
 * 100,000 tools allocates one small result object each, nothing more.
 *
 * @example
 * rowFor(trie, verdictsFor(teams, ctx)) === rowFor(trie, verdictsFor(teamsCopy, ctx)); // true
 */
export function rowFor(trie: RowTrie, scratch: readonly Verdict[]): Row {
  let node = trie;
  for (let i = 0; i < scratch.length; i++) {
    const verdict = scratch[i]!;
    let next = node.next;
    if (next === null) node.next = next = new Map<Verdict, RowTrie>();
    let child = next.get(verdict);
    if (child === undefined) next.set(verdict, (child = { next: null, row: null }));
    node = child;
  }
  return node.row ?? (node.row = makeRow(scratch));
}
