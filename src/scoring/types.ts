/**
 * The scoring module's public types, and the one definition of each list the app derives from
 * them. `Answers`, `Verdict` and `ToolResult` are fixed: the UI, the link and checks rely on them.
 */

/** How much a criterion matters, strongest first. */
export const importances = ['must', 'nice', 'ignore'] as const;
export type Importance = (typeof importances)[number];

/** Where the tool may run: must run it ourselves / either / will not run servers. */
export const hostings = ['self', 'either', 'cloud'] as const;
export type Hosting = (typeof hostings)[number];

/** What the tool may cost, strictest first. */
export const budgets = ['free-only', 'free-preferred', 'paid-ok'] as const;
export type Budget = (typeof budgets)[number];

/** The criteria a company can weigh, grouped as the report's table groups its rows (hosting, size and price are answers). */
export const criterionGroups = {
  features: ['groupChat', 'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform'],
  storage: ['dataMinimisation'],
  dataFlow: ['dpa', 'noThirdPartySharing', 'euController', 'dataInEU'],
  security: ['e2e', 'transitEncryption', 'openSource'],
} as const;
export type CriterionGroup = keyof typeof criterionGroups;
export type CriterionId = (typeof criterionGroups)[CriterionGroup][number];

/** Every criterion, in the report's order. */
export const criterionIds: readonly CriterionId[] = Object.values(criterionGroups).flat();

export interface Answers {
  /** The largest meeting expected, a whole number >= 2. */
  participants: number;
  hosting: Hosting;
  budget: Budget;
  /** Show tools past their end of support; false by default. */
  includeDiscontinued: boolean;
  /** Missing means 'ignore'. */
  importance: Partial<Record<CriterionId, Importance>>;
}

export type VerdictCriterion = CriterionId | 'participants' | 'hosting' | 'budget' | 'availability';
export type VerdictStatus = 'met' | 'conditional' | 'unmet' | 'unknown';

/** The order of a tool's verdicts, in the report's row groups (hosting and size with the features). */
export const verdictOrder = [
  'groupChat', 'oneToOneCalls', 'groupCalls', 'hosting', 'joinWithoutAccount', 'browser', 'multiPlatform', 'participants',
  'dataMinimisation',
  'dpa', 'noThirdPartySharing', 'euController', 'dataInEU',
  'e2e', 'transitEncryption', 'openSource',
  'budget',
  'availability',
] as const satisfies readonly VerdictCriterion[];

/** Why a verdict came out as it did; the UI words each (`results:reasons.<code>`) with `params` and the tool's name. */
export const reasonCodes = [
  // Table marks ✔ ✘ n.v.t. (no personal data: met, its own mark), and promised for later (params.when).
  'supported', 'notSupported', 'notApplicable', 'planned',
  // Footnotes: 2 browser only; 3 own server (you can self-host / you will not); 4 pricier plans (you can
  // pay / free only); 5 no location certainty on the free service (you can pay / free only: unknown); 6 no video free.
  'browserOnly', 'ownServerConfig', 'ownServerRequired', 'paidPlanOnly', 'paidPlanNotFree',
  'locationUncertainOnFree', 'locationUncertainFreeOnly', 'noVideoInFreeTier',
  // Footnote 6 on calls ("audio/video") under free-only: no video, and the report is silent on audio.
  'noVideoInFreeTierUnknown',
  // Participants (params.max, free tier's paidMax). Inferred: a free limit the text's figures imply;
  // largerPlan*: above an "or more" limit, a larger plan on request; freeUnstated: free-only, and the
  // report gives one limit for a tool with a free version and plans, none for the free version.
  'withinLimit', 'aboveLimit', 'largerPlanOnRequest', 'largerPlanNotFree', 'freeTierLimit', 'freeTierLimitInferred', 'withinFreeLimitInferred',
  'withinLimitFreeUnstated',
  // Conditions that come with a change: a meeting larger than params.max; holds on your own server
  // only (you may run one / you will not: unknown on the hosted service).
  'upToParticipants', 'selfHostedOnly', 'hostedServiceUnknown',
  // An own catalog's "unknown": not found in its sources.
  'notFound',
  // Hosting (hostingOpen: either is fine; hostingCloud: the provider's service, no servers of your
  // own: neither filters); budget (freeTierNoVideo: footnote 6).
  'selfHostable', 'notSelfHostable', 'hostingOpen', 'hostingCloud', 'freeTier', 'freeTierTemporary', 'freeTierNoVideo', 'noFreeTier', 'paidOk',
  // Data: storesData params.kinds (row ids), controllerOutsideEU params.country, sharesWhenLegallyRequired
  // footnote 1, impliedByE2e: transit met through end-to-end encryption. Availability: params.date.
  'storesNothing', 'storesData', 'noSharing', 'sharesData', 'sharesWhenLegallyRequired',
  'controllerInEU', 'controllerOutsideEU', 'impliedByE2e', 'available', 'discontinued', 'discontinuedIncluded',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * Where a verdict's facts come from, as a code the UI words and never has to guess: the report's
 * table, the report's text (a section of a tool's chapter, as printed), a change since the report
 * (an update's id), or a source of a consultant's own catalog. `kind` is what the UI marks as
 * `data-source`. A verdict that rests only on the answers ("hosting open", "paying is fine",
 * "available") has none.
 * @example { kind: 'update', id: 'zoomE2e' }
 */
export type VerdictSource =
  | { kind: 'report'; part: 'table' }
  | { kind: 'report'; part: 'text'; section: string }
  | { kind: 'update'; id: string }
  | { kind: 'own'; id: string };

export interface Verdict {
  criterion: VerdictCriterion;
  /** participants and availability are always 'must'. */
  importance: Importance;
  status: VerdictStatus;
  /**
   * The footnotes of the cells this verdict rests on, ascending. With an `update` source they are
   * the change's own (it kept the report's footnote format), not the report's.
   */
  footnotes: number[];
  reason: ReasonCode;
  params?: Record<string, string | number>;
  /** Where its facts come from; none when it rests only on the answers. */
  source?: VerdictSource;
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
  /** When no tool is eligible: the fewest changes that together admit one, and what they admit; else null. */
  smallest: { changes: AnswerChange[]; admits: string[] } | null;
}
