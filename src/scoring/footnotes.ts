import type { Cell, RowId, Tool } from '../catalog/types';
import type { Context } from './context';
import { internVerdict } from './intern';
import type { Importance, ReasonCode, Verdict, VerdictCriterion, VerdictStatus } from './types';

/**
 * A verdict (shared and frozen, see `intern.ts`). `footnotes`: those of the cells it rests on;
 * `extra`: one more footnote, 0 for none; `a`, `b`: the reason's parameters.
 *
 * @example
 * verdict(ctx, 'participants', 'must', 'unmet', 'aboveLimit', undefined, 0, 250);
 * // { criterion: 'participants', importance: 'must', status: 'unmet', footnotes: [], reason: 'aboveLimit', params: { max: 250 } }
 */
export function verdict(
  ctx: Context, criterion: VerdictCriterion, importance: Importance, status: VerdictStatus, reason: ReasonCode,
  footnotes?: readonly number[], extra = 0, a?: string | number, b?: string | number,
): Verdict {
  return internVerdict(ctx.cache, criterion, importance, status, reason, footnotes, extra, a, b);
}

const severity: Record<VerdictStatus, number> = { met: 0, conditional: 1, unknown: 2, unmet: 3 };

/**
 * The verdict on one table cell: ✔ is met with `yes` unless a footnote on it sets a
 * condition (the strictest wins), ✘ is unmet with `no`, n.v.t. is met, "planned" unknown.
 * Callers memoise it by cell shape (`memo.ts`).
 *
 * @example
 * // Webex dataInEU ✔⁴ under free-only
 * judgeCell('dataInEU', 'must', { value: true, footnotes: [4] }, 'dataInEU', 'supported', 'notSupported', ctx);
 * // { status: 'unmet', reason: 'paidPlanNotFree', footnotes: [4], ... }
 */
export function judgeCell(
  criterion: VerdictCriterion, importance: Importance, cell: Cell, row: RowId, yes: ReasonCode, no: ReasonCode, ctx: Context,
): Verdict {
  const footnotes = cell.footnotes;
  const value = cell.value;
  if (value === true) {
    let status: VerdictStatus = 'met';
    let reason = yes;
    if (footnotes !== undefined) {
      for (const id of footnotes) {
        const rule = ctx.rules[id];
        if (rule === undefined || rule.status === null || rule.reason === null) continue;
        if (rule.explanationOnlyOn !== null && rule.explanationOnlyOn.has(row)) continue;
        const s = severity[rule.status];
        if (s > severity[status] || (s === severity[status] && reason === yes)) {
          status = rule.status;
          reason = rule.reason;
        }
      }
    }
    return verdict(ctx, criterion, importance, status, reason, footnotes);
  }
  if (value === 'n/a') return verdict(ctx, criterion, importance, 'met', 'notApplicable', footnotes);
  if (value === 'planned') return verdict(ctx, criterion, importance, 'unknown', 'planned', footnotes, 0, cell.note);
  return verdict(ctx, criterion, importance, 'unmet', no, footnotes);
}

/**
 * The better of two verdicts on the same criterion (ties keep the first).
 * @example better(unmetVerdict, metVerdict) === metVerdict; // true
 */
export function better(a: Verdict, b: Verdict): Verdict {
  return severity[b.status] < severity[a.status] ? b : a;
}

/**
 * The footnote on the tool's free-tier cell that says the free version has no video calls
 * (footnote 6), or 0 when there is none.
 *
 * @example
 * noVideoFootnote(slack, ctx); // 6
 * noVideoFootnote(teams, ctx); // 0
 */
export function noVideoFootnote(tool: Tool, ctx: Context): number {
  const f = tool.cells.freeTier.footnotes;
  if (f === undefined) return 0;
  for (const id of f) if (ctx.rules[id]?.affects) return id;
  return 0;
}

/**
 * Whether footnote `nv` (from `noVideoFootnote`) takes `row` away under free-only.
 * @example lostInFreeTier(6, 'groupCalls', freeOnlyCtx); // true; with 'groupChat': false
 */
export function lostInFreeTier(nv: number, row: RowId, ctx: Context): boolean {
  return nv !== 0 && ctx.freeOnly && ctx.rules[nv]?.affects?.has(row) === true;
}
