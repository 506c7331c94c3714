import type { Cell, CellCondition, FootnoteCondition, RowId, Tool } from '../catalog/types';
import { criterionRows } from './criterion-rows';
import { euCountries } from './eu';
import {
  criterionIds, type Answers, type CriterionId, type Importance, type ReasonCode, type Verdict, type VerdictCriterion, type VerdictSource, type VerdictStatus,
} from './types';

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

/** The report's table, as a verdict's source (shared: sources are frozen). */
export const tableSource: VerdictSource = Object.freeze({ kind: 'report', part: 'table' });
const textSource = (section: string): VerdictSource => Object.freeze({ kind: 'report', part: 'text', section });

/**
 * The source of a verdict resting on these cells: an own catalog's source when one of them comes
 * from one, else a change since the report when one carries it, else the report's table.
 */
function cellSource(...cells: Cell[]): VerdictSource {
  for (const c of cells) if (c.ownSource !== undefined) return Object.freeze({ kind: 'own', id: c.ownSource });
  for (const c of cells) if (c.updateId !== undefined) return Object.freeze({ kind: 'update', id: c.updateId });
  return tableSource;
}

/** A frozen verdict; footnotes come out ascending, each once. */
export function verdict(
  criterion: VerdictCriterion, importance: Importance, status: VerdictStatus, reason: ReasonCode,
  footnotes: readonly number[] = noFootnotes, params?: Record<string, string | number>, source?: VerdictSource,
): Verdict {
  const list = footnotes.length === 0 ? noFootnotes : (Object.freeze([...new Set(footnotes)].sort((a, b) => a - b)) as number[]);
  const v: Verdict = { criterion, importance, status, footnotes: list, reason };
  if (params) v.params = Object.freeze(params);
  if (source) v.source = source;
  return Object.freeze(v);
}

const severity: Record<VerdictStatus, number> = { met: 0, conditional: 1, unknown: 2, unmet: 3 };

type Effect = { status: VerdictStatus; reason: ReasonCode; params?: Record<string, string | number> };

/** The named conditions that work as the report's footnotes do (4, 3 and 2). */
const asFootnote: Record<'paidPlan' | 'ownServer' | 'browserOnly', FootnoteCondition> = {
  paidPlan: { type: 'paidPlan' },
  ownServer: { type: 'ownServer', explanationOnlyOn: ['openSource'] },
  browserOnly: { type: 'browserOnly' },
};

/** What a cell's condition makes of a ✔ or a n.v.t. on `row`; null when it holds for these answers. */
function conditionEffect(condition: CellCondition, row: RowId, ctx: Context): Effect | null {
  if (typeof condition === 'object') {
    const max = condition.upToParticipants;
    return ctx.answers.participants > max ? { status: 'unknown', reason: 'upToParticipants', params: { max } } : null;
  }
  if (condition !== 'selfHostedOnly') return effectOf(asFootnote[condition], row, ctx);
  const { hosting } = ctx.answers;
  return hosting === 'self' ? null : hosting === 'either' ? { status: 'conditional', reason: 'selfHostedOnly' } : { status: 'unknown', reason: 'hostedServiceUnknown' };
}

/**
 * The strictest of `base` and what each effect makes of it. An effect replaces `base` when it is
 * stricter, or when `base` is a plain pass (`plain`): a pass through the browser only says more.
 */
function strictest(base: Effect, plain: boolean, effects: Iterable<Effect | null>): Effect {
  let best = base;
  let replaceable = plain;
  for (const effect of effects) {
    if (effect && (severity[effect.status] > severity[best.status] || replaceable)) {
      best = { ...effect, params: base.params || effect.params ? { ...base.params, ...effect.params } : undefined };
      replaceable = false;
    }
  }
  return best;
}

/** The effects of a cell's conditions, in their order. */
function* conditionEffects(cell: Cell, row: RowId, ctx: Context): Generator<Effect | null> {
  for (const c of cell.conditions ?? []) yield conditionEffect(c, row, ctx);
}

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
 * (the strictest wins), ✘ is unmet with `no`, n.v.t. is met (its own mark), "planned" unknown,
 * and so is an own catalog's "unknown" (not found in its sources).
 * Conditions that came with a change (`cell.conditions`) then weaken a ✔ or a n.v.t. alike.
 * The source is the change that made the cell, else the report's table.
 * @example judgeCell('dataInEU', 'must', { value: true, footnotes: [4] }, 'dataInEU', freeOnlyCtx).reason // 'paidPlanNotFree'
 */
export function judgeCell(
  criterion: VerdictCriterion, importance: Importance, cell: Cell, row: RowId, ctx: Context,
  yes: ReasonCode = 'supported', no: ReasonCode = 'notSupported',
): Verdict {
  const footnotes = cell.footnotes ?? noFootnotes;
  const source = cellSource(cell);
  if (cell.value === 'unknown') return verdict(criterion, importance, 'unknown', 'notFound', footnotes, undefined, source);
  if (cell.value === 'planned') return verdict(criterion, importance, 'unknown', 'planned', footnotes, { when: cell.note ?? '' }, source);
  if (cell.value !== true && cell.value !== 'n/a') return verdict(criterion, importance, 'unmet', no, footnotes, undefined, source);
  const fromFootnotes = cell.value === true ? footnotes.map((id) => {
    const condition = ctx.footnotes.get(id);
    return condition ? effectOf(condition, row, ctx) : null;
  }) : [];
  const base: Effect = cell.value === true ? { status: 'met', reason: yes } : { status: 'met', reason: 'notApplicable' };
  const { status, reason, params } = strictest(base, cell.value === true, [...fromFootnotes, ...conditionEffects(cell, row, ctx)]);
  return verdict(criterion, importance, status, reason, footnotes, params, source);
}

/**
 * Footnote 6 on the free tier: under free-only the company is on the free version, which has no
 * video calls. Its meeting size does not hold (`affects`); whether its calls ("audio/video") keep
 * their audio the report does not say (`unknownOn`).
 */
function lostOnFree(criterion: VerdictCriterion, importance: Importance, row: RowId, cell: Cell, freeTierFootnotes: Maybe<number[]>, ctx: Context): Verdict | null {
  if (!ctx.freeOnly) return null;
  for (const id of freeTierFootnotes ?? noFootnotes) {
    const c = ctx.footnotes.get(id);
    if (c?.type !== 'noVideoInFreeTier') continue;
    const footnotes = [...(cell.footnotes ?? noFootnotes), id];
    if (c.affects.includes(row)) return verdict(criterion, importance, 'unmet', 'noVideoInFreeTier', footnotes, undefined, tableSource);
    if (c.unknownOn.includes(row)) return verdict(criterion, importance, 'unknown', 'noVideoInFreeTierUnknown', footnotes, undefined, tableSource);
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

/**
 * Meeting size: a gate. Within the table's limit it is met, unless the cell's conditions weaken it.
 * Under free-only the free version's own limit counts where the report's text gives one (its
 * chapter is then the source), and where a tool with plans and a free version has only one limit,
 * the verdict says the free version may allow fewer.
 */
const participants = rule(
  'participants',
  (t): [Cell, Maybe<number[]>, Maybe<number>, Maybe<boolean>, Maybe<string>, boolean] => [
    t.cells.maxParticipants, t.cells.freeTier.footnotes, t.freeTier?.maxParticipants, t.freeTier?.maxParticipantsInferred,
    t.freeTier?.section, t.cells.subscription.value === true && t.cells.freeTier.value === true,
  ],
  ([cell, freeTierFootnotes, freeTierMax, inferred, freeSection, plansAndFree], ctx) => {
    const lost = lostOnFree('participants', 'must', 'maxParticipants', cell, freeTierFootnotes, ctx);
    if (lost) return lost;
    const footnotes = cell.footnotes;
    // An own catalog's unknown size never meets the gate.
    if (cell.value === 'unknown') return judgeCell('participants', 'must', cell, 'maxParticipants', ctx);
    const max = cell.value as number; // the checks allow only a number on this row, or unknown
    const n = ctx.answers.participants;
    if (n > max) {
      const reason = !cell.orMore ? 'aboveLimit' : ctx.freeOnly ? 'largerPlanNotFree' : 'largerPlanOnRequest';
      return verdict('participants', 'must', reason === 'largerPlanOnRequest' ? 'conditional' : 'unmet', reason, footnotes, { max }, cellSource(cell));
    }
    const freeMax = ctx.freeOnly && freeTierMax != null && freeTierMax < max ? freeTierMax : null;
    if (freeMax !== null) {
      // The free version's limit, from the tool's chapter.
      const fromText = textSource(freeSection ?? '');
      if (n > freeMax) return verdict('participants', 'must', 'unmet', inferred ? 'freeTierLimitInferred' : 'freeTierLimit', footnotes, { max: freeMax, paidMax: max }, fromText);
      return verdict('participants', 'must', 'met', inferred ? 'withinFreeLimitInferred' : 'withinLimit', footnotes, { max: freeMax }, fromText);
    }
    const unstated = ctx.freeOnly && freeTierMax == null && plansAndFree;
    const base: Effect = { status: 'met', reason: unstated ? 'withinLimitFreeUnstated' : 'withinLimit', params: { max } };
    const { status, reason, params } = strictest(base, false, conditionEffects(cell, 'maxParticipants', ctx));
    return verdict('participants', 'must', status, reason, footnotes, params, cellSource(cell));
  },
);

// Hosting filters only when the company must run its own server; otherwise the verdict quotes its answer.
const hosting = rule('hosting', (t): [Cell] => [t.cells.selfHosting], ([cell], ctx) =>
  ctx.answers.hosting === 'self'
    ? judgeCell('hosting', 'must', cell, 'selfHosting', ctx, 'selfHostable', 'notSelfHostable')
    : verdict('hosting', 'ignore', 'met', ctx.answers.hosting === 'cloud' ? 'hostingCloud' : 'hostingOpen'));

const storageRows = criterionRows.dataMinimisation;

const dataMinimisation = rule('dataMinimisation', (t): Cell[] => storageRows.map((row) => t.cells[row]), (cells, ctx) => {
  const importance = ctx.importance.dataMinimisation;
  const footnotes = cells.flatMap((c) => c.footnotes ?? noFootnotes);
  const source = cellSource(...cells);
  const stored = storageRows.filter((_, i) => cells[i]!.value === true);
  if (stored.length) return verdict('dataMinimisation', importance, 'unmet', 'storesData', footnotes, { kinds: stored.join(',') }, source);
  const planned = cells.find((c) => c.value === 'planned');
  if (planned) return verdict('dataMinimisation', importance, 'unknown', 'planned', footnotes, { when: planned.note ?? '' }, source);
  const notFound = cells.find((c) => c.value === 'unknown');
  if (notFound) return verdict('dataMinimisation', importance, 'unknown', 'notFound', footnotes, undefined, cellSource(notFound));
  return verdict('dataMinimisation', importance, 'met', 'storesNothing', footnotes, undefined, source);
});

const noThirdPartySharing = rule('noThirdPartySharing', (t): [Cell] => [t.cells.thirdPartySharing], ([cell], ctx) => {
  const importance = ctx.importance.noThirdPartySharing;
  const footnotes = cell.footnotes ?? noFootnotes;
  if (cell.value === false) return verdict('noThirdPartySharing', importance, 'met', 'noSharing', footnotes, undefined, cellSource(cell));
  if (cell.value !== true) return judgeCell('noThirdPartySharing', importance, cell, 'thirdPartySharing', ctx);
  // ✔ stays sharing, even when explained as "only where the law makes it necessary" (footnote 1).
  const explained = footnotes.some((id) => ctx.footnotes.get(id)?.type === 'explanation');
  return verdict('noThirdPartySharing', importance, 'unmet', explained ? 'sharesWhenLegallyRequired' : 'sharesData', footnotes, undefined, cellSource(cell));
});

const euController = rule('euController', (t): [Cell] => [t.cells.controllerLocation], ([cell], ctx) => {
  const importance = ctx.importance.euController;
  if (cell.value === 'n/a' || cell.value === 'unknown') return judgeCell('euController', importance, cell, 'controllerLocation', ctx);
  const country = String(cell.value); // a country code, as the schema checks
  return euCountries.has(country)
    ? verdict('euController', importance, 'met', 'controllerInEU', cell.footnotes, { country }, cellSource(cell))
    : verdict('euController', importance, 'unmet', 'controllerOutsideEU', cell.footnotes, { country }, cellSource(cell));
});

/**
 * Met by ✔ on the transit row, or on the end-to-end row. This is our reading, not the report's:
 * the table marks transit ✘ for GoToMeeting and Signal, while their chapters say they encrypt end
 * to end, which protects a call on the way too, so we count it as met (a disagreement note on
 * each tool says so). The footnote conditions of the cell used apply; the better of the two wins.
 */
const transitEncryption = rule('transitEncryption', (t): [Cell, Cell] => [t.cells.transitEncryption, t.cells.e2e], ([transit, e2e], ctx) => {
  const importance = ctx.importance.transitEncryption;
  const own = judgeCell('transitEncryption', importance, transit, 'transitEncryption', ctx);
  if (own.status === 'met' || e2e.value !== true) return own;
  const viaE2e = judgeCell('transitEncryption', importance, e2e, 'e2e', ctx, 'impliedByE2e');
  return severity[viaE2e.status] < severity[own.status] ? viaE2e : own;
});

const budget = rule('budget', (t): [Cell, Maybe<boolean>, Maybe<string>] => [t.cells.freeTier, t.freeTier?.temporary, t.freeTier?.section], ([cell, temporary, section], ctx) => {
  const b = ctx.answers.budget;
  if (b === 'paid-ok') return verdict('budget', 'ignore', 'met', 'paidOk');
  const importance = b === 'free-only' ? 'must' : 'nice';
  const noVideo = (cell.footnotes ?? noFootnotes).some((id) => ctx.footnotes.get(id)?.type === 'noVideoInFreeTier');
  if (cell.value === true && noVideo) {
    // Footnote 6 counts once per budget: under free-only the free version exists and the missing
    // video is judged on the calls and the meeting size; under free-preferred it earns no credit.
    return b === 'free-only'
      ? verdict('budget', importance, 'met', 'freeTierNoVideo', cell.footnotes, undefined, cellSource(cell))
      : verdict('budget', importance, 'unmet', 'noVideoInFreeTier', cell.footnotes, undefined, cellSource(cell));
  }
  // A free version the chapter calls temporary (GoToMeeting, 2020): whether it is still there is not
  // known, so it neither meets "free only" nor earns the credit of "free preferred".
  if (cell.value === true && temporary && cell.updateId === undefined && cell.ownSource === undefined) {
    return verdict('budget', importance, 'unknown', 'freeTierTemporary', cell.footnotes, undefined, textSource(section ?? ''));
  }
  return judgeCell('budget', importance, cell, 'freeTier', ctx, 'freeTier', 'noFreeTier');
});

const availability = rule('availability', (t): [Maybe<string>, Maybe<string>] => [t.endOfSupport?.date, t.endOfSupport?.section], ([date, section], ctx) => {
  if (date == null) return verdict('availability', 'must', 'met', 'available');
  // The end of support comes from the tool's chapter.
  return ctx.answers.includeDiscontinued
    ? verdict('availability', 'must', 'met', 'discontinuedIncluded', undefined, { date }, textSource(section ?? ''))
    : verdict('availability', 'must', 'unmet', 'discontinued', undefined, { date }, textSource(section ?? ''));
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
