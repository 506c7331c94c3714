import type { VerdictCriterion } from './types';

/**
 * The fixed order of a tool's verdicts: the report's row groups, so the UI can group them.
 * Features (with hosting and participants), storage, information flow, security, pricing,
 * then availability.
 *
 * @example
 * verdictOrder.indexOf('e2e'); // 13
 * verdictOrder[verdictOrder.length - 1]; // 'availability'
 */
export const verdictOrder = [
  // features
  'groupChat', 'oneToOneCalls', 'groupCalls', 'hosting', 'joinWithoutAccount', 'browser', 'multiPlatform', 'participants',
  // storage
  'dataMinimisation',
  // information flow
  'dpa', 'noThirdPartySharing', 'euController', 'dataInEU',
  // security
  'e2e', 'transitEncryption', 'openSource',
  // pricing
  'budget',
  // gate
  'availability',
] as const satisfies readonly VerdictCriterion[];
