import type { RowId } from '../catalog/types';
import { criterionIds, type CriterionId, type VerdictCriterion } from './types';

/** The criteria not judged on their own row of the same name alone. */
const otherRows: Partial<Record<CriterionId, readonly RowId[]>> = {
  dataMinimisation: ['storesLocation', 'storesCallData', 'storesMetadata'],
  noThirdPartySharing: ['thirdPartySharing'],
  euController: ['controllerLocation'],
  // End-to-end encryption implies encryption in transit (see the transit rule in `rules.ts`).
  transitEncryption: ['transitEncryption', 'e2e'],
};

/**
 * The report's rows each criterion is judged on, the first being its own.
 * @example criterionRows.transitEncryption // ['transitEncryption', 'e2e']
 */
export const criterionRows = Object.fromEntries(
  criterionIds.map((id) => [id, otherRows[id] ?? [id as RowId]]),
) as Readonly<Record<CriterionId, readonly RowId[]>>;

/**
 * The report's rows each verdict rests on: a criterion's rows, and those of the three answers
 * that filter (meeting size, hosting, price). Availability rests on the end of support, no row.
 * @example verdictRows.participants // ['maxParticipants']
 */
export const verdictRows: Readonly<Record<VerdictCriterion, readonly RowId[]>> = {
  ...criterionRows,
  participants: ['maxParticipants'],
  hosting: ['selfHosting'],
  budget: ['subscription', 'freeTier'],
  availability: [],
};
