import type { RowId } from '../catalog/types';
import { criterionRows } from '../scoring/criterion-rows';
import type { Answers, CriterionId, Importance } from '../scoring/types';

/** How much a table row matters to the company: the strongest importance that points at it. */
export type RowRelevance = Exclude<Importance, 'ignore'>;

const stronger = (a: RowRelevance | undefined, b: RowRelevance): RowRelevance =>
  a === 'must' || b === 'must' ? 'must' : 'nice';

/**
 * The rows to highlight in the report's table, with how much each matters.
 * The meeting size always matters (every tool must fit it); running your own server is a must
 * only when you asked for it; the free version is a must for free-only and nice for free-preferred.
 * Example: `{ importance: { e2e: 'must' }, hosting: 'either', budget: 'free-preferred' }`
 * gives maxParticipants → must, e2e → must, freeTier → nice.
 */
export function relevantRows(answers: Answers): Map<RowId, RowRelevance> {
  const rows = new Map<RowId, RowRelevance>();
  const mark = (row: RowId, level: RowRelevance) => rows.set(row, stronger(rows.get(row), level));
  mark('maxParticipants', 'must');
  if (answers.hosting === 'self') mark('selfHosting', 'must');
  if (answers.budget === 'free-only') mark('freeTier', 'must');
  if (answers.budget === 'free-preferred') mark('freeTier', 'nice');
  for (const [criterion, level] of Object.entries(answers.importance) as [CriterionId, Importance][]) {
    // The same rows the scoring judges on (one source): transit encryption also reads the e2e row.
    if (level === 'ignore' || !(criterion in criterionRows)) continue;
    for (const row of criterionRows[criterion]) mark(row, level);
  }
  return rows;
}
