/**
 * Public types of the scoring module, and the one definition of every list the app derives
 * from them: the criteria with their groups and order, the answer values, the verdict order.
 * The names and shapes of `Answers`, `Verdict` and `ToolResult` are fixed: the UI, the share
 * link and automated checks rely on them.
 */

/**
 * How much a criterion matters, strongest first.
 * @example importances[0] // 'must'
 */
export const importances = ['must', 'nice', 'ignore'] as const;
export type Importance = (typeof importances)[number];

/**
 * Where the tool may run: must run it ourselves / either / will not run servers.
 * @example hostings.includes('cloud') // true
 */
export const hostings = ['self', 'either', 'cloud'] as const;
export type Hosting = (typeof hostings)[number];

/**
 * What the tool may cost, strictest first.
 * @example budgets[0] // 'free-only'
 */
export const budgets = ['free-only', 'free-preferred', 'paid-ok'] as const;
export type Budget = (typeof budgets)[number];

/**
 * The criteria a company can weigh, grouped as the report's table groups its rows.
 * Hosting, meeting size and price are answers of their own, not criteria.
 * @example criterionGroups.security // ['e2e', 'transitEncryption', 'openSource']
 */
export const criterionGroups = {
  features: ['groupChat', 'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform'],
  storage: ['dataMinimisation'],
  dataFlow: ['dpa', 'noThirdPartySharing', 'euController', 'dataInEU'],
  security: ['e2e', 'transitEncryption', 'openSource'],
} as const;
export type CriterionGroup = keyof typeof criterionGroups;
export type CriterionId = (typeof criterionGroups)[CriterionGroup][number];

/**
 * Every criterion, in the report's order.
 * @example criterionIds.indexOf('e2e') // 11
 */
export const criterionIds: readonly CriterionId[] = Object.values(criterionGroups).flat();

export interface Answers {
  /** The largest meeting expected, a whole number >= 2. */
  participants: number;
  /** Must run it ourselves / could / will not run servers. */
  hosting: Hosting;
  budget: Budget;
  /** Show tools past their end of support; false by default. */
  includeDiscontinued: boolean;
  /** Missing means 'ignore'. */
  importance: Partial<Record<CriterionId, Importance>>;
}

export type VerdictCriterion = CriterionId | 'participants' | 'hosting' | 'budget' | 'availability';
export type VerdictStatus = 'met' | 'conditional' | 'unmet' | 'unknown';

/**
 * The fixed order of a tool's verdicts: the report's row groups, so the UI can group them.
 * Features (with hosting and participants), storage, information flow, security, pricing,
 * then availability.
 * @example verdictOrder.indexOf('e2e') // 13
 */
export const verdictOrder = [
  'groupChat', 'oneToOneCalls', 'groupCalls', 'hosting', 'joinWithoutAccount', 'browser', 'multiPlatform', 'participants',
  'dataMinimisation',
  'dpa', 'noThirdPartySharing', 'euController', 'dataInEU',
  'e2e', 'transitEncryption', 'openSource',
  'budget',
  'availability',
] as const satisfies readonly VerdictCriterion[];

/**
 * Why a verdict came out as it did. The UI words each code (`results:reasons.<code>`) with the
 * verdict's `params` and the tool's name.
 * @example reasonCodes.includes('paidPlanOnly') // true
 */
export const reasonCodes = [
  // Plain table marks.
  'supported', // ✔ on the row
  'notSupported', // ✘ on the row
  'notApplicable', // n.v.t.: the provider collects no personal data; counts as met, shown as its own mark
  'planned', // promised, not delivered when the report was written (params.when)
  // Footnote conditions.
  'browserOnly', // 2: on several platforms, but only through the browser
  'ownServerConfig', // 3: depends on your own server; you can self-host
  'ownServerRequired', // 3: depends on your own server; you will not run one
  'paidPlanOnly', // 4: on pricier plans; you can pay
  'paidPlanNotFree', // 4: on pricier plans; you want free only
  'locationUncertainOnFree', // 5 on this cell: the free service gives no certainty about location; you can pay
  'locationUncertainFreeOnly', // 5 on this cell, and you want free only: unknown
  'noVideoInFreeTier', // 6: the free version has no video calls
  // Participants.
  'withinLimit', // params.max
  'aboveLimit', // params.max
  'largerPlanOnRequest', // above an "or more" limit: a larger plan on request (params.max)
  'largerPlanNotFree', // the larger plan is not free (params.max)
  'freeTierLimit', // the free version allows fewer (params.max, params.paidMax)
  'freeTierLimitInferred', // as freeTierLimit, where the free limit is inferred from the text's figures
  'withinFreeLimitInferred', // within a free limit inferred from the text's figures (params.max)
  // Hosting.
  'selfHostable',
  'notSelfHostable',
  'hostingOpen', // hosting does not matter to you
  // Budget.
  'freeTier',
  'freeTierTemporary', // the free version was on offer for a limited time only
  'freeTierNoVideo', // 6: a free version exists, without video calls
  'noFreeTier',
  'paidOk',
  // Data.
  'storesNothing',
  'storesData', // params.kinds: comma-separated row ids
  'noSharing',
  'sharesData',
  'sharesWhenLegallyRequired', // footnote 1
  'controllerInEU',
  'controllerOutsideEU', // params.country
  'impliedByE2e', // transit encryption met through end-to-end encryption
  // Availability.
  'available',
  'discontinued', // params.date
  'discontinuedIncluded', // params.date
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export interface Verdict {
  criterion: VerdictCriterion;
  /** participants and availability are always 'must'. */
  importance: Importance;
  status: VerdictStatus;
  /** The footnotes of the cells this verdict rests on, ascending. */
  footnotes: number[];
  reason: ReasonCode;
  params?: Record<string, string | number>;
}

export interface ToolResult {
  toolId: string;
  eligible: boolean;
  /** 0 to 100, whole; null when the company cares about no criterion. */
  score: number | null;
  verdicts: Verdict[];
  /** The failed must-haves of an ineligible tool. */
  blockers: Verdict[];
}

/** One loosening of an answer, as `relaxations` tries it. */
export type AnswerChange =
  | { kind: 'importance'; criterion: CriterionId; from: 'must'; to: 'nice' }
  | { kind: 'budget'; from: 'free-only'; to: 'free-preferred' }
  | { kind: 'hosting'; from: 'self' | 'cloud'; to: 'either' }
  | { kind: 'includeDiscontinued'; from: false; to: true };

export interface Relaxation {
  change: AnswerChange;
  /** Tools not eligible now that this single change would make eligible, in rank order. */
  admits: string[];
}

export interface RelaxationReport {
  /** Every single loosening that admits at least one more tool. */
  single: Relaxation[];
  /**
   * When no tool is eligible: the fewest changes that together admit at least one tool,
   * and the tools they admit; null when some tool is already eligible or nothing helps.
   */
  smallest: { changes: AnswerChange[]; admits: string[] } | null;
}
