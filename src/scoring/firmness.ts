import type { Catalog } from '../catalog/types';
import { rank } from './rank';
import { topGroup } from './standing';
import { budgets, criterionIds, hostings, importances, type Answers, type Budget, type CriterionId, type Hosting, type Importance, type ToolResult } from './types';

/**
 * One change to the answers that firmness tries: a criterion's importance moved by one step,
 * the budget or the hosting one step, or the meeting size just past the next limit a tool has.
 * Its own type: `AnswerChange` (the loosenings) only ever loosens.
 */
export type FirmnessChange =
  | { kind: 'importance'; criterion: CriterionId; from: Importance; to: Importance }
  | { kind: 'budget'; from: Budget; to: Budget }
  | { kind: 'hosting'; from: Hosting; to: Hosting }
  | { kind: 'participants'; from: number; to: number };

/** How firm the top of a ranking is. */
export type Firmness =
  /** No tool fits. */
  | { kind: 'none' }
  /** Two or more tools share the first place. */
  | { kind: 'tie'; tools: string[] }
  /**
   * One tool leads alone: by `lead` points over the next tool that fits (null when no other fits,
   * or nothing is weighed), and the first single `change` after which another tool leads or
   * shares the lead (`top`, after the change), or null when no single change does that.
   */
  | { kind: 'lead'; leader: string; lead: number | null; change: FirmnessChange | null; top: string[] };

/** The most people the meeting-size question accepts (as `share/limits`, which scoring may not import). */
const maxParticipants = 100_000;

/** The steps next to `value` in `list`, the one before first. */
const neighbours = <T>(list: readonly T[], value: T): T[] => {
  const i = list.indexOf(value);
  return [list[i - 1], list[i + 1]].filter((x): x is T => x !== undefined);
};

/** Every meeting size at which some tool's verdict can change: its limits and its free version's. */
function limits(catalog: Catalog): number[] {
  const found = new Set<number>();
  for (const tool of catalog.tools) {
    const max = tool.cells.maxParticipants.value;
    if (typeof max === 'number') found.add(max);
    if (tool.freeTier?.maxParticipants) found.add(tool.freeTier.maxParticipants);
    for (const cell of Object.values(tool.cells)) {
      for (const c of cell.conditions ?? []) if (typeof c === 'object') found.add(c.upToParticipants);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The changes firmness tries, in its order: each criterion's importance one step up, then down
 * (ignore < nice < must), in the report's order; the budget one step either way; the hosting one
 * step either way; the meeting size just past the next limit at or above it.
 * @example firmnessChanges(catalog, { ...defaultAnswers, importance: {} })[0] // { kind: 'importance', criterion: 'groupChat', from: 'ignore', to: 'nice' }
 */
export function firmnessChanges(catalog: Catalog, answers: Answers): FirmnessChange[] {
  const changes: FirmnessChange[] = [];
  const stronger = [...importances].reverse(); // ignore, nice, must
  for (const criterion of criterionIds) {
    const from = answers.importance[criterion] ?? 'ignore';
    for (const to of neighbours(stronger, from).reverse()) changes.push({ kind: 'importance', criterion, from, to });
  }
  for (const to of neighbours(budgets, answers.budget)) changes.push({ kind: 'budget', from: answers.budget, to });
  for (const to of neighbours(hostings, answers.hosting)) changes.push({ kind: 'hosting', from: answers.hosting, to });
  const next = limits(catalog).find((n) => n >= answers.participants);
  if (next !== undefined && next + 1 <= maxParticipants) changes.push({ kind: 'participants', from: answers.participants, to: next + 1 });
  return changes;
}

/** The answers after one firmness change. */
export function applyFirmnessChange(answers: Answers, change: FirmnessChange): Answers {
  switch (change.kind) {
    case 'importance': {
      const importance = { ...answers.importance };
      if (change.to === 'ignore') delete importance[change.criterion];
      else importance[change.criterion] = change.to;
      return { ...answers, importance };
    }
    case 'budget': return { ...answers, budget: change.to };
    case 'hosting': return { ...answers, hosting: change.to };
    case 'participants': return { ...answers, participants: change.to };
  }
}

/**
 * How firm the top of the ranking is: a tie, or a lead with its margin and the first single change
 * (in `firmnessChanges` order) after which another tool stands first, alone or beside the leader.
 * @example firmness(reportCatalog, { ...defaultAnswers, hosting: 'self', importance: { e2e: 'nice', openSource: 'nice' } })
 * // { kind: 'lead', leader: 'jitsi', lead: 38, change: { kind: 'importance', criterion: 'groupChat', ... }, top: [...] }
 */
export function firmness(catalog: Catalog, answers: Answers, ranked: readonly ToolResult[] = rank(catalog, answers)): Firmness {
  const top = topGroup(ranked);
  if (!top.length) return { kind: 'none' };
  if (top.length > 1) return { kind: 'tie', tools: top.map((r) => r.toolId) };
  const leader = top[0]!;
  const next = ranked.find((r) => r.eligible && r.toolId !== leader.toolId);
  const lead = next && leader.score !== null && next.score !== null ? leader.score - next.score : null;
  for (const change of firmnessChanges(catalog, answers)) {
    const after = topGroup(rank(catalog, applyFirmnessChange(answers, change))).map((r) => r.toolId);
    if (after.some((id) => id !== leader.toolId)) return { kind: 'lead', leader: leader.toolId, lead, change, top: after };
  }
  return { kind: 'lead', leader: leader.toolId, lead, change: null, top: [leader.toolId] };
}
