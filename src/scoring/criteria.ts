import type { Cell, RowId, Tool } from '../catalog/types';
import type { Context } from './context';
import { euCountries } from './eu';
import { better, judgeCell, lostInFreeTier, verdict } from './footnotes';
import { judged } from './memo';
import type { CellJudge } from './memo';
import type { CriterionId, Verdict } from './types';

/**
 * Criteria read straight off their own row of the table (transit has its own rule).
 * @example const c: RowCriterion = 'e2e';
 */
export type RowCriterion = Exclude<Extract<CriterionId, RowId>, 'transitEncryption'>;

const rowJudge = (criterion: RowCriterion): CellJudge => (cell, lost, ctx) =>
  lost !== 0
    ? verdict(ctx, criterion, ctx.importance[criterion], 'unmet', 'noVideoInFreeTier', cell.footnotes, lost)
    : judgeCell(criterion, ctx.importance[criterion], cell, criterion, 'supported', 'notSupported', ctx);

const rowJudges: Record<RowCriterion, CellJudge> = {
  groupChat: rowJudge('groupChat'),
  oneToOneCalls: rowJudge('oneToOneCalls'),
  groupCalls: rowJudge('groupCalls'),
  joinWithoutAccount: rowJudge('joinWithoutAccount'),
  browser: rowJudge('browser'),
  multiPlatform: rowJudge('multiPlatform'),
  dpa: rowJudge('dpa'),
  dataInEU: rowJudge('dataInEU'),
  e2e: rowJudge('e2e'),
  openSource: rowJudge('openSource'),
};

/**
 * A criterion met by ✔ on its own row, under the row's footnote conditions.
 *
 * @example
 * rowCriterion('multiPlatform', zoom, ctx, 0); // { criterion: 'multiPlatform', status: 'met', reason: 'browserOnly', footnotes: [2], ... }
 */
export function rowCriterion(criterion: RowCriterion, tool: Tool, ctx: Context, nv: number): Verdict {
  const lost = nv !== 0 && lostInFreeTier(nv, criterion, ctx) ? nv : 0;
  return judged(ctx.memos[criterion], rowJudges[criterion], tool.cells[criterion], lost, ctx);
}

const storageRows = ['storesLocation', 'storesCallData', 'storesMetadata'] as const;
/** `params.kinds` for each combination of storage rows with ✔ (bit i: storageRows[i]). */
const kindsByMask = Array.from({ length: 8 }, (_, mask) => storageRows.filter((_, i) => (mask >> i) & 1).join(','));

/**
 * Met when the tool stores no location, call data or metadata.
 *
 * @example
 * dataMinimisation(teams, ctx); // { status: 'unmet', reason: 'storesData', params: { kinds: 'storesLocation,storesCallData,storesMetadata' }, ... }
 */
export function dataMinimisation(tool: Tool, ctx: Context): Verdict {
  const { storesLocation: a, storesCallData: b, storesMetadata: c } = tool.cells;
  const mask = (a.value === true ? 1 : 0) | (b.value === true ? 2 : 0) | (c.value === true ? 4 : 0);
  const plain = a.footnotes === undefined && b.footnotes === undefined && c.footnotes === undefined;
  const seen = plain ? ctx.memos.dataMinimisation[mask] : undefined;
  if (seen !== undefined) return seen;
  const footnotes = plain ? undefined : [...(a.footnotes ?? []), ...(b.footnotes ?? []), ...(c.footnotes ?? [])];
  const importance = ctx.importance.dataMinimisation;
  const made = mask === 0
    ? verdict(ctx, 'dataMinimisation', importance, 'met', 'storesNothing', footnotes)
    : verdict(ctx, 'dataMinimisation', importance, 'unmet', 'storesData', footnotes, 0, kindsByMask[mask]);
  if (plain) ctx.memos.dataMinimisation[mask] = made;
  return made;
}

const sharingJudge: CellJudge = (cell, _, ctx) => {
  const importance = ctx.importance.noThirdPartySharing;
  const footnotes = cell.footnotes;
  switch (cell.value) {
    case false:
      return verdict(ctx, 'noThirdPartySharing', importance, 'met', 'noSharing', footnotes);
    case 'n/a':
      return verdict(ctx, 'noThirdPartySharing', importance, 'met', 'notApplicable', footnotes);
    case 'planned':
      return verdict(ctx, 'noThirdPartySharing', importance, 'unknown', 'planned', footnotes, 0, cell.note);
  }
  // ✔, even when explained as "only when the law requires" (footnote 1): it is still sharing.
  const explained = footnotes !== undefined && footnotes.some((id) => ctx.rules[id]?.type === 'explanation');
  return verdict(ctx, 'noThirdPartySharing', importance, 'unmet', explained ? 'sharesWhenLegallyRequired' : 'sharesData', footnotes);
};

/**
 * Met when the provider shares nothing with third parties (✘) or processes no personal data.
 *
 * @example
 * noThirdPartySharing(teams, ctx); // { status: 'unmet', reason: 'sharesWhenLegallyRequired', footnotes: [1], ... }
 */
export function noThirdPartySharing(tool: Tool, ctx: Context): Verdict {
  return judged(ctx.memos.noThirdPartySharing, sharingJudge, tool.cells.thirdPartySharing, 0, ctx);
}

function controllerVerdict(cell: Cell, ctx: Context): Verdict {
  const importance = ctx.importance.euController;
  const value = cell.value;
  if (value === 'n/a') return verdict(ctx, 'euController', importance, 'met', 'notApplicable', cell.footnotes);
  const country = typeof value === 'string' ? value : String(value);
  return euCountries.has(country)
    ? verdict(ctx, 'euController', importance, 'met', 'controllerInEU', cell.footnotes, 0, country)
    : verdict(ctx, 'euController', importance, 'unmet', 'controllerOutsideEU', cell.footnotes, 0, country);
}

/**
 * Met when the controller sits in the EU/EEA (upper-case country code), or there is none (n.v.t.).
 *
 * @example
 * euController(zoom, ctx); // { status: 'unmet', reason: 'controllerOutsideEU', params: { country: 'US' }, ... }
 */
export function euController(tool: Tool, ctx: Context): Verdict {
  const cell = tool.cells.controllerLocation;
  if (cell.footnotes !== undefined) return controllerVerdict(cell, ctx);
  let seen = ctx.controllers.get(cell.value);
  if (seen === undefined) ctx.controllers.set(cell.value, (seen = controllerVerdict(cell, ctx)));
  return seen;
}

const transitJudge: CellJudge = (cell, _, ctx) =>
  judgeCell('transitEncryption', ctx.importance.transitEncryption, cell, 'transitEncryption', 'supported', 'notSupported', ctx);
const viaE2eJudge: CellJudge = (cell, _, ctx) =>
  judgeCell('transitEncryption', ctx.importance.transitEncryption, cell, 'e2e', 'impliedByE2e', 'notSupported', ctx);

/**
 * Met by ✔ on the transit row, or on the end-to-end row: end-to-end encryption implies it
 * (the report's ✘ on transit for GoToMeeting and Signal means "the provider cannot read it").
 * The footnote conditions of the cell used apply; the better of the two cells wins.
 *
 * @example
 * transitEncryption(signal, ctx); // { status: 'met', reason: 'impliedByE2e', footnotes: [], ... }
 */
export function transitEncryption(tool: Tool, ctx: Context): Verdict {
  const own = judged(ctx.memos.transit, transitJudge, tool.cells.transitEncryption, 0, ctx);
  const e2e = tool.cells.e2e;
  if (own.status === 'met' || e2e.value !== true) return own;
  return better(own, judged(ctx.memos.transitViaE2e, viaE2eJudge, e2e, 0, ctx));
}
