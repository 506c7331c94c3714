import type { Catalog } from '../catalog/types';
import { checkAnswers } from './answers';
import { prepared } from './prepare';
import { blocks, context, rules } from './rules';
import { weighed } from './standing';
import type { Answers, ToolResult, Verdict } from './types';

/** Half points a verdict weighs: must 4, nice 2 (so conditional earns a whole number); gates weigh nothing. */
const weightOf = (v: Verdict): number => (!weighed(v) ? 0 : v.importance === 'must' ? 4 : 2);

// Rank keys: eligible first, then score high to low, then fewer unknowns. One bucket per key.
const unknownSpan = rules.length + 1;
const scoreSpan = 101 * unknownSpan;
const noBlockers = Object.freeze([]) as unknown as Verdict[];

/**
 * Judges every tool against the company's answers, in rank order: eligible first, then score
 * (high to low), then fewer unknowns among the weighed criteria, then name (code units), then id.
 * A must weighs 2 points, a nice-to-have 1; met earns them all, conditional half. The score is the
 * share earned, 0 to 100, rounded; null when nothing is weighed. Meeting size and end of support
 * are gates, not points. Throws a `TypeError` naming the field when `answers` is not `Answers`.
 * Results are new objects; their `verdicts` and `blockers` are frozen and may be shared.
 * @example rank(reportCatalog, { ...defaultAnswers, hosting: 'self', importance: { e2e: 'nice', openSource: 'nice' } })[0]
 * // { toolId: 'jitsi', eligible: true, score: 88, ... }: hosting 2 + e2e ✔³ conditional 0.5 + open source 1, of 4
 */
export function rank(catalog: Catalog, answers: Answers): ToolResult[] {
  checkAnswers(answers);
  const { inputs, firstClass, profiles, profileCount, idsByName, profileByName, footnotes } = prepared(catalog);
  const ctx = context(footnotes, answers);
  const width = rules.length;

  // Each rule judges each of its classes once. Its points (in halves), unknown and block go in one code:
  // bits 0-2 the half points earned, bit 3 unknown, bit 4 blocks.
  const table = new Array<Verdict>(inputs.length);
  const codes = new Uint8Array(inputs.length);
  let total = 0;
  for (let r = 0, k = 0; r < width; r++) {
    const end = r + 1 < width ? firstClass[r + 1]! : inputs.length;
    for (; k < end; k++) {
      const v = (table[k] = rules[r]!.judge(inputs[k]!, ctx));
      const weight = weightOf(v);
      const earned = v.status === 'met' ? weight : v.status === 'conditional' ? weight / 2 : 0;
      codes[k] = earned | (weight > 0 && v.status === 'unknown' ? 8 : 0) | (blocks(v) ? 16 : 0);
      if (k === firstClass[r]) total += weight; // a rule weighs the same for every class
    }
  }

  // Each profile (a distinct list of classes) gets one frozen verdict list, its blockers and its key.
  const lists = new Array<Verdict[]>(profileCount);
  const blockerLists = new Array<Verdict[]>(profileCount);
  const scores = new Array<number | null>(profileCount);
  const keys = new Uint32Array(profileCount);
  for (let p = 0, at = 0; p < profileCount; p++, at += width) {
    const verdicts = new Array<Verdict>(width);
    let earned = 0;
    let unknowns = 0;
    let blocked = 0;
    for (let r = 0; r < width; r++) {
      const k = profiles[at + r]!;
      verdicts[r] = table[k]!;
      const code = codes[k]!;
      earned += code & 7;
      unknowns += (code >> 3) & 1;
      blocked += code >> 4;
    }
    lists[p] = Object.freeze(verdicts) as Verdict[];
    if (blocked === 0) blockerLists[p] = noBlockers;
    else {
      // From the codes: `verdicts.filter(blocks)` made 100,000 distinct tools about twice as slow.
      const blockers = new Array<Verdict>(blocked);
      for (let r = 0, b = 0; b < blocked; r++) if (codes[profiles[at + r]!]! & 16) blockers[b++] = verdicts[r]!;
      blockerLists[p] = Object.freeze(blockers) as Verdict[];
    }
    const score = (scores[p] = total === 0 ? null : Math.round((earned * 100) / total));
    keys[p] = (blocked === 0 ? 0 : scoreSpan) + (100 - (score ?? 0)) * unknownSpan + unknowns;
  }

  // A counting sort over the tools in name order: linear, and stable, so names break ties.
  const n = idsByName.length;
  const starts = new Uint32Array(2 * scoreSpan + 1);
  for (let i = 0; i < n; i++) starts[keys[profileByName[i]!]! + 1]!++;
  for (let k = 0; k < 2 * scoreSpan; k++) starts[k + 1]! += starts[k]!;
  const ranked = new Array<ToolResult>(n);
  for (let i = 0; i < n; i++) {
    const p = profileByName[i]!;
    const blockers = blockerLists[p]!;
    ranked[starts[keys[p]!]!++] = { toolId: idsByName[i]!, eligible: blockers.length === 0, score: scores[p]!, verdicts: lists[p]!, blockers };
  }
  return ranked;
}
