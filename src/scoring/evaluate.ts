import type { Tool } from '../catalog/types';
import type { Context } from './context';
import { dataMinimisation, euController, noThirdPartySharing, rowCriterion, transitEncryption } from './criteria';
import { noVideoFootnote } from './footnotes';
import { availability, budget, hosting, participants } from './gates';
import type { Verdict } from './types';

/**
 * Writes all verdicts on one tool into `out[0..17]`, in `verdictOrder`, and returns `out`.
 *
 * @example
 * judgeTool(jitsi, prepare(reportCatalog, defaultAnswers), scratch)[13]; // e2e: { status: 'conditional', reason: 'ownServerConfig', footnotes: [3], ... }
 */
export function judgeTool(tool: Tool, ctx: Context, out: Verdict[]): Verdict[] {
  const nv = ctx.budget === 'paid-ok' ? 0 : noVideoFootnote(tool, ctx);
  out[0] = rowCriterion('groupChat', tool, ctx, nv);
  out[1] = rowCriterion('oneToOneCalls', tool, ctx, nv);
  out[2] = rowCriterion('groupCalls', tool, ctx, nv);
  out[3] = hosting(tool, ctx);
  out[4] = rowCriterion('joinWithoutAccount', tool, ctx, nv);
  out[5] = rowCriterion('browser', tool, ctx, nv);
  out[6] = rowCriterion('multiPlatform', tool, ctx, nv);
  out[7] = participants(tool, ctx, nv);
  out[8] = dataMinimisation(tool, ctx);
  out[9] = rowCriterion('dpa', tool, ctx, nv);
  out[10] = noThirdPartySharing(tool, ctx);
  out[11] = euController(tool, ctx);
  out[12] = rowCriterion('dataInEU', tool, ctx, nv);
  out[13] = rowCriterion('e2e', tool, ctx, nv);
  out[14] = transitEncryption(tool, ctx);
  out[15] = rowCriterion('openSource', tool, ctx, nv);
  out[16] = budget(tool, ctx);
  out[17] = availability(tool, ctx);
  return out;
}

/**
 * All verdicts on one tool, in `verdictOrder`, in a new array.
 * @example verdictsFor(zoom, ctx).map((v) => v.criterion); // verdictOrder
 */
export const verdictsFor = (tool: Tool, ctx: Context): Verdict[] => judgeTool(tool, ctx, new Array<Verdict>(18));

/**
 * Whether a verdict blocks: a must-have that is unmet or unknown.
 * @example blocks({ criterion: 'e2e', importance: 'must', status: 'unknown', footnotes: [], reason: 'planned' }); // true
 */
export const blocks = (v: Verdict): boolean =>
  v.importance === 'must' && (v.status === 'unmet' || v.status === 'unknown');

/**
 * The numbers a ranking sorts on, and the blockers.
 * @example const none: Summary = { blockers: [], score: NaN, unknowns: 0 };
 */
export interface Summary {
  /** The failed must-haves, in verdict order; empty when eligible. */
  blockers: Verdict[];
  /** 0..100, or NaN when the company cares about nothing. */
  score: number;
  /** Unknown verdicts among the criteria the company cares about. */
  unknowns: number;
}

/**
 * Blockers, score and unknowns of one tool's verdicts. Weights: must 2, nice 1; met earns
 * the weight, conditional half; participants and availability are gates, not points.
 *
 * @example
 * // e2e must conditional (1 of 2), dataInEU must conditional (1 of 2): Webex, 300 people
 * summarise(verdictsFor(webex, ctx)); // { blockers: [], score: 50, unknowns: 0 }
 */
export function summarise(verdicts: readonly Verdict[]): Summary {
  const blockers: Verdict[] = [];
  let earned = 0;
  let total = 0;
  let unknowns = 0;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    const importance = v.importance;
    if (importance === 'ignore') continue;
    const status = v.status;
    if (importance === 'must' && (status === 'unmet' || status === 'unknown')) blockers.push(v);
    const criterion = v.criterion;
    if (criterion === 'participants' || criterion === 'availability') continue;
    const weight = importance === 'must' ? 2 : 1;
    total += weight;
    if (status === 'met') earned += weight;
    else if (status === 'conditional') earned += weight / 2;
    else if (status === 'unknown') unknowns++;
  }
  return { blockers, score: total === 0 ? NaN : Math.round((earned * 100) / total), unknowns };
}
