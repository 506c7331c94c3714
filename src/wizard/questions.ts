import type { CriterionId } from '../scoring/types';

/**
 * The questionnaire as data: one page per topic, in this order. Related criteria share a page,
 * so the flow has eight pages rather than eighteen. Wording lives at `wizard:steps.<id>`
 * and `wizard:criteria.<criterionId>`.
 */
export type Question =
  | { id: 'participants'; kind: 'participants' }
  | { id: 'hosting'; kind: 'hosting' }
  | { id: 'budget'; kind: 'budget' }
  | { id: StepWithCriteria; kind: 'importance'; criteria: readonly CriterionId[] }
  | { id: 'discontinued'; kind: 'discontinued' };

type StepWithCriteria = 'features' | 'privacy' | 'gdpr' | 'security';

export const questions = [
  { id: 'participants', kind: 'participants' },
  { id: 'hosting', kind: 'hosting' },
  { id: 'budget', kind: 'budget' },
  { id: 'features', kind: 'importance', criteria: ['groupChat', 'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform'] },
  { id: 'privacy', kind: 'importance', criteria: ['dataMinimisation', 'noThirdPartySharing'] },
  { id: 'gdpr', kind: 'importance', criteria: ['dpa', 'euController', 'dataInEU'] },
  { id: 'security', kind: 'importance', criteria: ['e2e', 'transitEncryption', 'openSource'] },
  { id: 'discontinued', kind: 'discontinued' },
] as const satisfies readonly Question[];

export type StepId = (typeof questions)[number]['id'];
export const stepIds: readonly StepId[] = questions.map((q) => q.id);

export function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (stepIds as readonly string[]).includes(value);
}

/** The page on which a criterion is asked, for Change links and the adjust panel. */
export function stepOfCriterion(criterion: CriterionId): StepId {
  const q = questions.find((q) => q.kind === 'importance' && (q.criteria as readonly string[]).includes(criterion));
  return q ? q.id : 'features';
}
