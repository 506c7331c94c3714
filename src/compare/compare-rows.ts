import { verdictOrder } from '../scoring';
import type { Importance, ToolResult, Verdict, VerdictCriterion } from '../scoring/types';

/** One criterion across the compared tools: each tool's verdict, in column order. */
export interface CompareRow {
  criterion: VerdictCriterion;
  importance: Importance;
  verdicts: Verdict[];
  /** The tools do not all get the same status on this criterion. */
  differs: boolean;
}

/** Criteria that come from the company's own answers, whatever their weight. */
const answerCriteria: readonly VerdictCriterion[] = ['participants', 'hosting', 'budget', 'availability'];
const weight: Record<Importance, number> = { must: 0, nice: 1, ignore: 2 };

/**
 * Splits the compared tools' verdicts into the company's criteria (must, nice, and the answers on
 * meeting size, hosting, price and support) and the rest. Within each part: must before nice
 * before the rest, then the report's order (`verdictOrder`).
 * Example: with `{ e2e: 'must' }`, `company` starts participants, e2e, availability, then hosting, budget.
 */
export function compareRows(results: readonly ToolResult[]): { company: CompareRow[]; others: CompareRow[] } {
  const rows: CompareRow[] = [];
  for (const criterion of verdictOrder) {
    const verdicts = results
      .map((r) => r.verdicts.find((v) => v.criterion === criterion))
      .filter((v): v is Verdict => v !== undefined);
    if (verdicts.length !== results.length || verdicts.length === 0) continue;
    const importance = verdicts[0]!.importance;
    const differs = verdicts.some((v) => v.status !== verdicts[0]!.status);
    rows.push({ criterion, importance, verdicts, differs });
  }
  const isCompany = (r: CompareRow) => r.importance !== 'ignore' || answerCriteria.includes(r.criterion);
  const byWeight = (a: CompareRow, b: CompareRow) => weight[a.importance] - weight[b.importance];
  return {
    company: rows.filter(isCompany).sort(byWeight),
    others: rows.filter((r) => !isCompany(r)),
  };
}
