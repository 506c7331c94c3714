/**
 * Public types of the scoring module. The names and shapes of `Answers`, `Verdict` and
 * `ToolResult` are fixed by the scoring issue: the UI, the share link and automated checks rely on them.
 */

export type Importance = 'must' | 'nice' | 'ignore';

/** The criteria a company can weigh. */
export const criterionIds = [
  'groupChat', 'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform',
  'dataMinimisation', 'dpa', 'noThirdPartySharing', 'euController', 'dataInEU',
  'e2e', 'transitEncryption', 'openSource',
] as const;
export type CriterionId = (typeof criterionIds)[number];

export type Hosting = 'self' | 'either' | 'cloud';
export type Budget = 'free-only' | 'free-preferred' | 'paid-ok';

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
 * Why a verdict came out as it did. The UI translates each code (`results:reasons.<code>`),
 * with the verdict's `params` and the tool's name.
 */
export const reasonCodes = [
  // Plain table marks.
  'supported', // ✔ on the row
  'notSupported', // ✘ on the row
  'notApplicable', // n.v.t.: the provider processes no personal data
  'planned', // promised, not delivered (params.when)
  // Footnote conditions.
  'browserOnly', // 2: on several platforms, but only through the browser
  'ownServerConfig', // 3: depends on your own server; you can self-host
  'ownServerRequired', // 3: depends on your own server; you will not run one
  'paidPlanOnly', // 4: on pricier plans; you can pay
  'paidPlanNotFree', // 4: on pricier plans; you want free only
  'paidLocationCertain', // 5: location certain on paid service only; you can pay
  'freeLocationUncertain', // 5: free service gives no certainty; you want free only
  'noVideoInFreeTier', // 6: the free version has no video calls
  // Participants.
  'withinLimit', // params.max
  'aboveLimit', // params.max
  'largerPlanOnRequest', // above an "or more" limit: a larger plan on request (params.max)
  'largerPlanNotFree', // the larger plan is not free (params.max)
  'freeTierLimit', // the free version allows fewer (params.max, params.paidMax)
  // Hosting.
  'selfHostable',
  'notSelfHostable',
  'hostingOpen', // hosting does not matter to you
  // Budget.
  'freeTier',
  'freeTierTemporary', // free version on offer for a limited time only
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
  /** The footnotes of the cells this verdict rests on. */
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
