import type { RowId } from '../catalog/types';
import type { CriterionId, VerdictCriterion } from './types';

/**
 * The report's rows each criterion is judged on, the first being its own. Data minimisation
 * rests on three rows; encryption in transit also on the end-to-end row, because end-to-end
 * encryption implies it (see the transit rule in `rules.ts`).
 *
 * @example criterionRows.transitEncryption // ['transitEncryption', 'e2e']
 */
export const criterionRows: Readonly<Record<CriterionId, readonly RowId[]>> = {
  groupChat: ['groupChat'],
  oneToOneCalls: ['oneToOneCalls'],
  groupCalls: ['groupCalls'],
  joinWithoutAccount: ['joinWithoutAccount'],
  browser: ['browser'],
  multiPlatform: ['multiPlatform'],
  dataMinimisation: ['storesLocation', 'storesCallData', 'storesMetadata'],
  dpa: ['dpa'],
  noThirdPartySharing: ['thirdPartySharing'],
  euController: ['controllerLocation'],
  dataInEU: ['dataInEU'],
  e2e: ['e2e'],
  transitEncryption: ['transitEncryption', 'e2e'],
  openSource: ['openSource'],
};

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
