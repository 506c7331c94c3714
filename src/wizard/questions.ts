import { criterionGroups } from '../scoring/types';
import type { CriterionGroup, CriterionId } from '../scoring/types';
import { stepIds, type StepId } from '../share/routes';

/**
 * The questionnaire as data: one page per topic, in the order of `stepIds`. The importance pages
 * follow the report's groups of criteria (`criterionGroups`), so a criterion is asked where the
 * report's table puts it. Wording lives at `wizard:steps.<id>` and `wizard:criteria.<criterionId>`.
 */
export type Question =
  | { id: 'sensitivity'; kind: 'sensitivity' }
  | { id: 'participants'; kind: 'participants' }
  | { id: 'hosting'; kind: 'hosting' }
  | { id: 'budget'; kind: 'budget' }
  | { id: ImportanceStep; kind: 'importance'; criteria: readonly CriterionId[] }
  | { id: 'discontinued'; kind: 'discontinued' };

type ImportanceStep = 'features' | 'privacy' | 'gdpr' | 'security';

/** Which group of criteria each importance page asks about. */
const groupOfStep: Record<ImportanceStep, CriterionGroup> = {
  features: 'features',
  privacy: 'storage',
  gdpr: 'dataFlow',
  security: 'security',
};

const questionFor = (id: StepId): Question => {
  switch (id) {
    case 'sensitivity':
    case 'participants':
    case 'hosting':
    case 'budget':
    case 'discontinued':
      return { id, kind: id } as Question;
    default:
      return { id, kind: 'importance', criteria: criterionGroups[groupOfStep[id]] };
  }
};

export const questions: readonly Question[] = stepIds.map(questionFor);

/** The page on which a criterion is asked, for Change links. */
export function stepOfCriterion(criterion: CriterionId): StepId {
  const q = questions.find((q) => q.kind === 'importance' && q.criteria.includes(criterion));
  return q?.id ?? 'features';
}
