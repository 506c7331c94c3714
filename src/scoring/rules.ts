import type { Cell, FootnoteCondition, RowId, Tool } from '../catalog/types';
import { criterionRows } from './criterion-rows';
import { euCountries } from './eu';
import { criterionIds, type Answers, type CriterionId, type Importance, type ReasonCode, type Verdict, type VerdictCriterion, type VerdictStatus } from './types';

/** What the rules need of the answers and the catalog's footnotes (by number), worked out once per ranking. */
export interface Context {
  answers: Answers;
  freeOnly: boolean;
  importance: Readonly<Record<CriterionId, Importance>>;
  footnotes: ReadonlyMap<number, FootnoteCondition>;
}

/** The context for one ranking of answers that passed `checkAnswers`. */
export function context(footnotes: ReadonlyMap<number, FootnoteCondition>, answers: Answers): Context {
  const importance = {} as Record<CriterionId, Importance>;
  for (const id of criterionIds) importance[id] = answers.importance[id] ?? 'ignore';
  return { answers, freeOnly: answers.budget === 'free-only', importance, footnotes };
}

const noFootnotes = Object.freeze([]) as unknown as number[];

/** A frozen verdict; footnotes come out ascending, each once. */
export function verdict(
  criterion: VerdictCriterion, importance: Importance, status: VerdictStatus, reason: ReasonCode,
  footnotes: readonly number[] = noFootnotes, params?: Record<string, string | number>,
): Verdict {
  const list = footnotes.length === 0 ? noFootnotes : (Object.freeze([...new Set(footnotes)].sort((a, b) => a - b)) as number[]);
  const v: Verdict = { criterion, importance, status, footnotes: list, reason };
  if (params) v.params = Object.freeze(params);
  return Object.freeze(v);
}

const severity: Record<VerdictStatus, number> = { met: 0, conditional: 1, unknown: 2, unmet: 3 };

type Effect = { status: VerdictStatus; reason: ReasonCode };

/** What one footnote's condition makes of a ✔ on `row`, under the answers; null when it only explains. */
function effectOf(condition: FootnoteCondition, row: RowId, { answers, freeOnly }: Context): Effect | null {
  switch (condition.type) {
    case 'explanation':
    case 'noVideoInFreeTier': // handled by the rows it takes away, not as a cell condition
      return null;
    case 'browserOnly':
      return { status: 'met', reason: 'browserOnly' };
    case 'ownServer':
      if (condition.explanationOnlyOn.includes(row)) return null;
      return answers.hosting === 'cloud' ? { status: 'unmet', reason: 'ownServerRequired' } : { status: 'conditional', reason: 'ownServerConfig' };
    case 'paidPlan':
      return freeOnly ? { status: 'unmet', reason: 'paidPlanNotFree' } : { status: 'conditional', reason: 'paidPlanOnly' };
    case 'freeLocationUncertain':
      // The report puts "no certainty about the location on the free service" on this cell and
      // says no more: on the free service the verdict is unknown, never a failure or a pass.
      return freeOnly ? { status: 'unknown', reason: 'locationUncertainFreeOnly' } : { status: 'conditional', reason: 'locationUncertainOnFree' };
  }
}

/**
 * The verdict on one table cell: ✔ is met with `yes` unless a footnote on it sets a condition
 * (the strictest wins), ✘ is unmet with `no`, n.v.t. is met (its own mark), "planned" unknown.
 * @example judgeCell('dataInEU', 'must', { value: true, footnotes: [4] }, 'dataInEU', freeOnlyCtx).reason // 'paidPlanNotFree'
 */
export function judgeCell(
  criterion: VerdictCriterion, importance: Importance, cell: Cell, row: RowId, ctx: Context,
  yes: ReasonCode = 'supported', no: ReasonCode = 'notSupported',
): Verdict {
  const footnotes = cell.footnotes ?? [];
  if (cell.value === 'n/a') return verdict(criterion, importance, 'met', 'notApplicable', footnotes);
  if (cell.value === 'planned') return verdict(criterion, importance, 'unknown', 'planned', footnotes, { when: cell.note ?? '' });
  if (cell.value !== true) return verdict(criterion, importance, 'unmet', no, footnotes);
  let best: Effect = { status: 'met', reason: yes };
  for (const id of footnotes) {
    const condition = ctx.footnotes.get(id);
    const effect = condition ? effectOf(condition, row, ctx) : null;
    if (effect && (severity[effect.status] > severity[best.status] || best.reason === yes)) best = effect;
  }
  return verdict(criterion, importance, best.status, best.reason, footnotes);
}

/** Footnote 6 on the free tier: under free-only the company is on the free version, which lacks `row`. */
function lostOnFree(criterion: VerdictCriterion, importance: Importance, row: RowId, cell: Cell, freeTierFootnotes: Maybe<number[]>, ctx: Context): Verdict | null {
  if (!ctx.freeOnly) return null;
  for (const id of freeTierFootnotes ?? noFootnotes) {
    const c = ctx.footnotes.get(id);
    if (c?.type === 'noVideoInFreeTier' && c.affects.includes(row)) {
      return verdict(criterion, importance, 'unmet', 'noVideoInFreeTier', [...(cell.footnotes ?? noFootnotes), id]);
    }
  }
  return null;
}

/**
 * One verdict: what it reads of a tool, and how it judges that. `judge` sees only what `reads`
 * returned, as JSON carries it (missing may be null): tools that read the same are judged once.
 */
export interface Rule {
  criterion: VerdictCriterion;
  reads: (tool: Tool) => unknown[];
  judge: (inputs: unknown[], ctx: Context) => Verdict;
}

const rule = <I extends unknown[]>(criterion: VerdictCriterion, reads: (t: Tool) => I, judge: (inputs: I, ctx: Context) => Verdict): Rule =>
  ({ criterion, reads, judge: judge as Rule['judge'] });

type Maybe<T> = T | null | undefined;

/** Criteria read straight off their own row of the table. */
type RowCriterion = Exclude<Extract<CriterionId, RowId>, 'transitEncryption'>;

const rowRule = (criterion: RowCriterion): Rule =>
  rule(criterion, (t): [Cell, Maybe<number[]>] => [t.cells[criterion], t.cells.freeTier.footnotes], ([cell, freeTierFootnotes], ctx) => {
    const importance = ctx.importance[criterion];
    return lostOnFree(criterion, importance, criterion, cell, freeTierFootnotes, ctx) ?? judgeCell(criterion, importance, cell, criterion, ctx);
  });

const participants = rule(
  'participants',
  (t): [Cell, Maybe<number[]>, Maybe<number>, Maybe<boolean>] =>
    [t.cells.maxParticipants, t.cells.freeTier.footnotes, t.freeTier?.maxParticipants, t.freeTier?.maxParticipantsInferred],
  ([cell, freeTierFootnotes, freeTierMax, inferred], ctx) => {
    const lost = lostOnFree('participants', 'must', 'maxParticipants', cell, freeTierFootnotes, ctx);
    if (lost) return lost;
    const footnotes = cell.footnotes;
    const max = cell.value as number; // the schema allows only numbers on this row
    const n = ctx.answers.participants;
    if (n > max) {
      const reason = !cell.orMore ? 'aboveLimit' : ctx.freeOnly ? 'largerPlanNotFree' : 'largerPlanOnRequest';
      return verdict('participants', 'must', reason === 'largerPlanOnRequest' ? 'conditional' : 'unmet', reason, footnotes, { max });
    }
    const freeMax = ctx.freeOnly && freeTierMax != null && freeTierMax < max ? freeTierMax : null;
    if (freeMax !== null && n > freeMax) {
      return verdict('participants', 'must', 'unmet', inferred ? 'freeTierLimitInferred' : 'freeTierLimit', footnotes, { max: freeMax, paidMax: max });
    }
    const reason = freeMax !== null && inferred ? 'withinFreeLimitInferred' : 'withinLimit';
    return verdict('participants', 'must', 'met', reason, footnotes, { max: freeMax ?? max });
  },
);

const hosting = rule('hosting', (t): [Cell] => [t.cells.selfHosting], ([cell], ctx) =>
  ctx.answers.hosting === 'self'
    ? judgeCell('hosting', 'must', cell, 'selfHosting', ctx, 'selfHostable', 'notSelfHostable')
    : verdict('hosting', 'ignore', 'met', 'hostingOpen'));

const storageRows = criterionRows.dataMinimisation;

const dataMinimisation = rule('dataMinimisation', (t): Cell[] => storageRows.map((row) => t.cells[row]), (cells, ctx) => {
  const importance = ctx.importance.dataMinimisation;
  const footnotes = cells.flatMap((c) => c.footnotes ?? noFootnotes);
  const stored = storageRows.filter((_, i) => cells[i]!.value === true);
  if (stored.length) return verdict('dataMinimisation', importance, 'unmet', 'storesData', footnotes, { kinds: stored.join(',') });
  const planned = cells.find((c) => c.value === 'planned');
  if (planned) return verdict('dataMinimisation', importance, 'unknown', 'planned', footnotes, { when: planned.note ?? '' });
  return verdict('dataMinimisation', importance, 'met', 'storesNothing', footnotes);
});

const noThirdPartySharing = rule('noThirdPartySharing', (t): [Cell] => [t.cells.thirdPartySharing], ([cell], ctx) => {
  const importance = ctx.importance.noThirdPartySharing;
  const footnotes = cell.footnotes ?? noFootnotes;
  if (cell.value === false) return verdict('noThirdPartySharing', importance, 'met', 'noSharing', footnotes);
  if (cell.value !== true) return judgeCell('noThirdPartySharing', importance, cell, 'thirdPartySharing', ctx);
  // ✔ stays sharing, even when explained as "only where the law makes it necessary" (footnote 1).
  const explained = footnotes.some((id) => ctx.footnotes.get(id)?.type === 'explanation');
  return verdict('noThirdPartySharing', importance, 'unmet', explained ? 'sharesWhenLegallyRequired' : 'sharesData', footnotes);
});

const euController = rule('euController', (t): [Cell] => [t.cells.controllerLocation], ([cell], ctx) => {
  const importance = ctx.importance.euController;
  const footnotes = cell.footnotes;
  if (cell.value === 'n/a') return verdict('euController', importance, 'met', 'notApplicable', footnotes);
  const country = String(cell.value); // a country code, as the schema checks
  return euCountries.has(country)
    ? verdict('euController', importance, 'met', 'controllerInEU', footnotes, { country })
    : verdict('euController', importance, 'unmet', 'controllerOutsideEU', footnotes, { country });
});

/**
 * Met by ✔ on the transit row, or on the end-to-end row: end-to-end encryption implies it
 * (the report's ✘ on transit for GoToMeeting and Signal means "end-to-end only: the provider
 * cannot read it"). The footnote conditions of the cell used apply; the better of the two wins.
 */
const transitEncryption = rule('transitEncryption', (t): [Cell, Cell] => [t.cells.transitEncryption, t.cells.e2e], ([transit, e2e], ctx) => {
  const importance = ctx.importance.transitEncryption;
  const own = judgeCell('transitEncryption', importance, transit, 'transitEncryption', ctx);
  if (own.status === 'met' || e2e.value !== true) return own;
  const viaE2e = judgeCell('transitEncryption', importance, e2e, 'e2e', ctx, 'impliedByE2e');
  return severity[viaE2e.status] < severity[own.status] ? viaE2e : own;
});

const budget = rule('budget', (t): [Cell, Maybe<boolean>] => [t.cells.freeTier, t.freeTier?.temporary], ([cell, temporary], ctx) => {
  const b = ctx.answers.budget;
  if (b === 'paid-ok') return verdict('budget', 'ignore', 'met', 'paidOk');
  const importance = b === 'free-only' ? 'must' : 'nice';
  const noVideo = (cell.footnotes ?? noFootnotes).some((id) => ctx.footnotes.get(id)?.type === 'noVideoInFreeTier');
  if (cell.value === true && noVideo) {
    // Footnote 6 counts once per budget: under free-only the free version exists and the missing
    // video is judged on the calls and the meeting size; under free-preferred it earns no credit.
    return b === 'free-only'
      ? verdict('budget', importance, 'met', 'freeTierNoVideo', cell.footnotes)
      : verdict('budget', importance, 'unmet', 'noVideoInFreeTier', cell.footnotes);
  }
  return judgeCell('budget', importance, cell, 'freeTier', ctx, temporary ? 'freeTierTemporary' : 'freeTier', 'noFreeTier');
});

const availability = rule('availability', (t): [Maybe<string>] => [t.endOfSupport?.date], ([date], ctx) => {
  if (date == null) return verdict('availability', 'must', 'met', 'available');
  return ctx.answers.includeDiscontinued
    ? verdict('availability', 'must', 'met', 'discontinuedIncluded', undefined, { date })
    : verdict('availability', 'must', 'unmet', 'discontinued', undefined, { date });
});

/** The rules, one per verdict, in `verdictOrder`. */
export const rules: readonly Rule[] = [
  rowRule('groupChat'), rowRule('oneToOneCalls'), rowRule('groupCalls'), hosting,
  rowRule('joinWithoutAccount'), rowRule('browser'), rowRule('multiPlatform'), participants,
  dataMinimisation,
  rowRule('dpa'), noThirdPartySharing, euController, rowRule('dataInEU'),
  rowRule('e2e'), transitEncryption, rowRule('openSource'),
  budget,
  availability,
];

/** Whether a verdict blocks: a must-have that is unmet or unknown. */
export const blocks = (v: Verdict): boolean => v.importance === 'must' && (v.status === 'unmet' || v.status === 'unknown');
