import type { Catalog, CellValue, Footnote, FootnoteId, RowId } from '../catalog/types';
import { internVerdict, newCache } from './intern';
import type { VerdictCache } from './intern';
import { newMemos } from './memo';
import type { Memo, MemoName } from './memo';
import { criterionIds } from './types';
import type { Answers, Budget, CriterionId, Hosting, Importance, ReasonCode, Verdict, VerdictStatus } from './types';

/** What one footnote does under one set of answers. @example prepare(catalog, answers).rules[2] // { type: 'browserOnly', status: 'met', reason: 'browserOnly', ... } */
export interface FootnoteRule {
  type: Footnote['condition']['type'];
  /** The status and reason a ✔ cell gets from it; null when it only explains the cell. */
  status: VerdictStatus | null;
  reason: ReasonCode | null;
  /** Rows on which it only explains (footnote 3 on openSource). */
  explanationOnlyOn: ReadonlySet<RowId> | null;
  /** Rows the free tier lacks (footnote 6): unmet under free-only. */
  affects: ReadonlySet<RowId> | null;
}

/** Everything that depends on the answers only, worked out once per ranking. @example prepare(catalog, answers).freeOnly // true for budget 'free-only' */
export interface Context {
  participants: number;
  hosting: Hosting;
  budget: Budget;
  freeOnly: boolean;
  includeDiscontinued: boolean;
  importance: Readonly<Record<CriterionId, Importance>>;
  /** Indexed by footnote number. */
  rules: ReadonlyArray<FootnoteRule | undefined>;
  /** Verdicts made so far in this ranking, to share between tools. */
  cache: VerdictCache;
  /** Verdicts by cell shape, per judge (`memo.ts`). */
  memos: Record<MemoName, Memo>;
  /** Controller verdicts by country, for cells without footnotes. */
  controllers: Map<CellValue, Verdict>;
  /** Verdicts that are the same for every tool. */
  hostingOpen: Verdict;
  paidOk: Verdict;
  available: Verdict;
}

/** Footnote 5 words the paid-plan condition as a matter of location; others as plan level. */
const paidPlanReasons: Partial<Record<FootnoteId, readonly [ReasonCode, ReasonCode]>> = {
  5: ['paidLocationCertain', 'freeLocationUncertain'],
};
const defaultPaidPlanReasons = ['paidPlanOnly', 'paidPlanNotFree'] as const;

function ruleFor(footnote: Footnote, answers: Answers): FootnoteRule {
  const c = footnote.condition;
  const base: FootnoteRule = { type: c.type, status: null, reason: null, explanationOnlyOn: null, affects: null };
  switch (c.type) {
    case 'explanation':
      return base;
    case 'browserOnly':
      return { ...base, status: 'met', reason: 'browserOnly' };
    case 'ownServer': {
      const cloud = answers.hosting === 'cloud';
      return {
        ...base,
        status: cloud ? 'unmet' : 'conditional',
        reason: cloud ? 'ownServerRequired' : 'ownServerConfig',
        explanationOnlyOn: new Set(c.explanationOnlyOn),
      };
    }
    case 'paidPlan': {
      const [paid, free] = paidPlanReasons[footnote.id] ?? defaultPaidPlanReasons;
      const freeOnly = answers.budget === 'free-only';
      return { ...base, status: freeOnly ? 'unmet' : 'conditional', reason: freeOnly ? free : paid };
    }
    case 'noVideoInFreeTier':
      return { ...base, affects: new Set(c.affects) };
  }
}

const asImportance = (value: unknown): Importance => (value === 'must' || value === 'nice' ? value : 'ignore');

/**
 * Works out, once, everything the verdicts need from the answers.
 *
 * @example
 * const ctx = prepare(reportCatalog, { ...defaultAnswers, hosting: 'cloud' });
 * ctx.rules[3]; // { type: 'ownServer', status: 'unmet', reason: 'ownServerRequired', explanationOnlyOn: Set {'openSource'}, affects: null }
 */
export function prepare(catalog: Catalog, answers: Answers): Context {
  const importance = {} as Record<CriterionId, Importance>;
  for (const id of criterionIds) importance[id] = asImportance(answers.importance[id]);
  const rules: Array<FootnoteRule | undefined> = [];
  for (const footnote of catalog.footnotes) rules[footnote.id] = ruleFor(footnote, answers);
  const cache = newCache();
  return {
    participants: answers.participants,
    hosting: answers.hosting,
    budget: answers.budget,
    freeOnly: answers.budget === 'free-only',
    includeDiscontinued: answers.includeDiscontinued,
    importance,
    rules,
    cache,
    memos: newMemos(),
    controllers: new Map(),
    hostingOpen: internVerdict(cache, 'hosting', 'ignore', 'met', 'hostingOpen', undefined, 0),
    paidOk: internVerdict(cache, 'budget', 'ignore', 'met', 'paidOk', undefined, 0),
    available: internVerdict(cache, 'availability', 'must', 'met', 'available', undefined, 0),
  };
}
