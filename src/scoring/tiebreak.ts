import type { Catalog } from '../catalog/types';
import { rank } from './rank';
import { criterionIds, type Answers, type CriterionId, type Importance, type Verdict, type VerdictStatus } from './types';

/** A verdict's mark as the tiebreak shows it: its status, or n.v.t. (met for scoring, a mark of its own). */
export type TiebreakMark = VerdictStatus | 'na';

export interface TiebreakItem {
  criterion: CriterionId;
  /** How much it matters to the company now: nice to have, or doesn't matter (never a must). */
  importance: Exclude<Importance, 'must'>;
  /** The tools by mark, in the order of the first tool of each mark in `tools`. */
  groups: { mark: TiebreakMark; tools: string[] }[];
}

const points: Record<VerdictStatus, number> = { met: 2, conditional: 1, unknown: 0, unmet: 0 };
const markOf = (v: Verdict): TiebreakMark => (v.reason === 'notApplicable' ? 'na' : v.status);

/**
 * What sets tied tools apart: the criteria the company has not made a must on which `tools` differ,
 * each judged as a nice-to-have (the points differ, or one tool is unknown where another is
 * not). Nice-to-haves first, then what doesn't matter, each in the report's order. The tools'
 * verdicts do not depend on how much a criterion matters, so one ranking judges them all.
 * @example tiebreak(reportCatalog, { ...defaultAnswers, importance: { groupCalls: 'must' } }, ['webex', 'zoom'])
 * // [{ criterion: 'e2e', importance: 'ignore', groups: [{ mark: 'conditional', tools: ['webex'] }, { mark: 'unknown', tools: ['zoom'] }] }, ...]
 */
export function tiebreak(catalog: Catalog, answers: Answers, tools: readonly string[]): TiebreakItem[] {
  const open = criterionIds.filter((c) => answers.importance[c] !== 'must');
  const asNice: Answers = { ...answers, importance: { ...answers.importance, ...Object.fromEntries(open.map((c) => [c, 'nice'])) } };
  const byTool = new Map(rank(catalog, asNice).map((r) => [r.toolId, r]));
  const items: TiebreakItem[] = [];
  for (const criterion of open) {
    const judged = tools.flatMap((id) => {
      const v = byTool.get(id)?.verdicts.find((x) => x.criterion === criterion);
      return v ? [{ id, v }] : [];
    });
    const key = ({ v }: { v: Verdict }) => `${points[v.status]}|${v.status === 'unknown'}`;
    if (new Set(judged.map(key)).size < 2) continue;
    const groups: TiebreakItem['groups'] = [];
    for (const { id, v } of judged) {
      const mark = markOf(v);
      const group = groups.find((g) => g.mark === mark);
      if (group) group.tools.push(id);
      else groups.push({ mark, tools: [id] });
    }
    items.push({ criterion, importance: answers.importance[criterion] === 'nice' ? 'nice' : 'ignore', groups });
  }
  return [...items.filter((i) => i.importance === 'nice'), ...items.filter((i) => i.importance === 'ignore')];
}
