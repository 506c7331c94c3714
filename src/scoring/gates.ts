import type { Tool } from '../catalog/types';
import type { Context } from './context';
import { judgeCell, lostInFreeTier, verdict } from './footnotes';
import { judged } from './memo';
import type { CellJudge } from './memo';
import type { Verdict } from './types';

/**
 * Whether the largest meeting fits (always a must). Above an "or more" limit a larger plan
 * can be asked for (not free); under free-only the free version's own limit applies too.
 *
 * @example
 * // Lifesize, 30 people, free-only
 * participants(lifesize, ctx, 0); // { status: 'unmet', reason: 'freeTierLimit', params: { max: 25, paidMax: 1000 }, ... }
 */
export function participants(tool: Tool, ctx: Context, nv: number): Verdict {
  const cell = tool.cells.maxParticipants;
  const footnotes = cell.footnotes;
  if (lostInFreeTier(nv, 'maxParticipants', ctx)) {
    return verdict(ctx, 'participants', 'must', 'unmet', 'noVideoInFreeTier', footnotes, nv);
  }
  // The catalog's schema guarantees a number here; anything else admits no one.
  const max = typeof cell.value === 'number' ? cell.value : 0;
  const n = ctx.participants;
  if (n > max) {
    if (cell.orMore !== true) return verdict(ctx, 'participants', 'must', 'unmet', 'aboveLimit', footnotes, 0, max);
    return ctx.freeOnly
      ? verdict(ctx, 'participants', 'must', 'unmet', 'largerPlanNotFree', footnotes, 0, max)
      : verdict(ctx, 'participants', 'must', 'conditional', 'largerPlanOnRequest', footnotes, 0, max);
  }
  const freeMax = ctx.freeOnly ? tool.freeTier?.maxParticipants : undefined;
  if (freeMax !== undefined && freeMax < max) {
    return n > freeMax
      ? verdict(ctx, 'participants', 'must', 'unmet', 'freeTierLimit', footnotes, 0, freeMax, max)
      : verdict(ctx, 'participants', 'must', 'met', 'withinLimit', footnotes, 0, freeMax);
  }
  return verdict(ctx, 'participants', 'must', 'met', 'withinLimit', footnotes, 0, max);
}

const selfHostingJudge: CellJudge = (cell, _, ctx) =>
  judgeCell('hosting', 'must', cell, 'selfHosting', 'selfHostable', 'notSelfHostable', ctx);

/**
 * Self-hosting is a must when the company wants to run it itself; otherwise it does not matter.
 * @example hosting(zoom, selfCtx); // { importance: 'must', status: 'unmet', reason: 'notSelfHostable', ... }
 */
export function hosting(tool: Tool, ctx: Context): Verdict {
  if (ctx.hosting !== 'self') return ctx.hostingOpen;
  return judged(ctx.memos.selfHosting, selfHostingJudge, tool.cells.selfHosting, 0, ctx);
}

const budgetJudge = (yes: 'freeTier' | 'freeTierTemporary'): CellJudge => (cell, _, ctx) => {
  const importance = ctx.freeOnly ? 'must' : 'nice';
  const noVideo = cell.footnotes !== undefined && cell.footnotes.some((id) => ctx.rules[id]?.affects);
  if (noVideo) return verdict(ctx, 'budget', importance, 'unmet', 'noVideoInFreeTier', cell.footnotes);
  return judgeCell('budget', importance, cell, 'freeTier', yes, 'noFreeTier', ctx);
};
const freeTierJudge = budgetJudge('freeTier');
const temporaryJudge = budgetJudge('freeTierTemporary');

/**
 * The free version: a must under free-only, a nice-to-have under free-preferred. A free version
 * without video calls (footnote 6) earns nothing.
 *
 * @example
 * budget(gotomeeting, freeOnlyCtx); // { importance: 'must', status: 'met', reason: 'freeTierTemporary', ... }
 */
export function budget(tool: Tool, ctx: Context): Verdict {
  if (ctx.budget === 'paid-ok') return ctx.paidOk;
  return tool.freeTier?.temporary === true
    ? judged(ctx.memos.freeTierTemporary, temporaryJudge, tool.cells.freeTier, 0, ctx)
    : judged(ctx.memos.freeTier, freeTierJudge, tool.cells.freeTier, 0, ctx);
}

/**
 * Tools past their end of support are out, unless the company asks to see them.
 * @example availability(skype, ctx); // { status: 'unmet', reason: 'discontinued', params: { date: '2021-07-31' }, ... }
 */
export function availability(tool: Tool, ctx: Context): Verdict {
  const end = tool.endOfSupport;
  if (end === undefined) return ctx.available;
  return ctx.includeDiscontinued
    ? verdict(ctx, 'availability', 'must', 'met', 'discontinuedIncluded', undefined, 0, end.date)
    : verdict(ctx, 'availability', 'must', 'unmet', 'discontinued', undefined, 0, end.date);
}
