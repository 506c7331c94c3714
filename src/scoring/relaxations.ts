import type { Catalog } from '../catalog/types';
import { applyChange } from './apply-change';
import { checkAnswers } from './answers';
import { rank } from './rank';
import { smallestRelaxation } from './smallest';
import { criterionIds, type AnswerChange, type Answers, type Relaxation, type RelaxationReport } from './types';

/**
 * Every single loosening of the answers, in a fixed order: each must-have to nice-to-have (in
 * criterion order), free-only to free-preferred, self or cloud hosting to either, then showing
 * discontinued tools.
 * @example candidateChanges({ ...defaultAnswers, importance: { e2e: 'must' } }) // [e2e must→nice, includeDiscontinued]
 */
export function candidateChanges(answers: Answers): AnswerChange[] {
  const changes: AnswerChange[] = criterionIds
    .filter((criterion) => answers.importance[criterion] === 'must')
    .map((criterion) => ({ kind: 'importance', criterion, from: 'must', to: 'nice' }));
  if (answers.budget === 'free-only') changes.push({ kind: 'budget', from: 'free-only', to: 'free-preferred' });
  if (answers.hosting !== 'either') changes.push({ kind: 'hosting', from: answers.hosting, to: 'either' });
  if (!answers.includeDiscontinued) changes.push({ kind: 'includeDiscontinued', from: false, to: true });
  return changes;
}

/**
 * What the company could loosen to see more tools. `single`: each one change that makes more
 * tools eligible, with those in the new rank order. `smallest`: when none is eligible, the fewest
 * changes that together admit one (else null).
 * @example relaxations(reportCatalog, { ...defaultAnswers, participants: 300, importance: { e2e: 'must', dataInEU: 'must' } });
 * // single: dataInEU must→nice admits gotomeeting, e2e must→nice admits zoom; smallest: null (Webex fits)
 */
export function relaxations(catalog: Catalog, answers: Answers): RelaxationReport {
  checkAnswers(answers);
  const eligible = new Set(rank(catalog, answers).flatMap((r) => (r.eligible ? [r.toolId] : [])));
  const changes = candidateChanges(answers);
  const single: Relaxation[] = [];
  for (const change of changes) {
    const admits = rank(catalog, applyChange(answers, change)).flatMap((r) => (r.eligible && !eligible.has(r.toolId) ? [r.toolId] : []));
    if (admits.length > 0) single.push({ change, admits });
  }
  return { single, smallest: eligible.size > 0 ? null : smallestRelaxation(catalog, answers, changes) };
}
