import type { Footnote, FootnoteCondition, Tool, ToolId, ToolText, Update } from '../catalog/types';
import { concerns } from '../catalog/apply-updates';
import { generalTipIds, generalTipsSection, isToolId } from '../catalog/types';
import type { Answers, CriterionId, ReasonCode, ToolResult, Verdict } from '../scoring/types';
import type { ChecklistCode, ChecklistItem, ChecklistSource } from './types';
import { checklistGroups } from './types';

/**
 * The reasons that mean "this verdict holds only if you do something", what the item asks, and
 * which footnote condition it cites. Every other reason is a plain mark, a limit or a failure:
 * nothing to arrange (a failure of a must-have makes the tool unsuitable anyway).
 */
const footnoteConditions: Partial<Record<ReasonCode, { code: ChecklistCode; type: FootnoteCondition['type'] }>> = {
  paidPlanOnly: { code: 'paidPlan', type: 'paidPlan' }, // 4: on the pricier plans; you can pay
  locationUncertainOnFree: { code: 'paidPlanForLocation', type: 'freeLocationUncertain' }, // 5: the free service's location is not certain
  ownServerConfig: { code: 'ownServer', type: 'ownServer' }, // 3: depends on your own server; you can run one
};

/**
 * Per tool, the facts of its chapter's login section that are about protecting the account or the
 * meeting: multi-factor authentication, single sign-on, a PIN, a biometric lock, security that
 * depends on the set-up, an own server. The others there (which account you log in with, guest
 * accounts, a phone number) describe logging in and ask nothing; `tip` facts are all taken.
 * @example accountFacts.signal // ['pin', 'biometricLock']
 */
export const accountFacts: Readonly<Partial<Record<ToolId, readonly string[]>>> = {
  teams: ['microsoftAccount', 'mfaViaMicrosoft', 'securityDependsOnSetup'], // SSO, MFA, set-up
  lifesize: ['ssoMfaViaAddOn'], // SSO and MFA through a program of your own
  'google-meet': ['mfa', 'meetingPin'], // MFA, a PIN per meeting
  zoom: ['ssoMfa'], // SSO and MFA
  jitsi: ['ownServer'], // an own server, with the knowledge it takes
  webex: ['ssoMfaViaIdp'], // SSO and MFA only through an identity provider of your own
  slack: ['accountOrIdp'], // SSO and MFA through your identity provider
  gotomeeting: ['activeDirectory', 'mfaViaActiveDirectory'], // SSO, MFA depending on Active Directory
  signal: ['pin', 'biometricLock'], // the registration PIN, the biometric lock
  'skype-for-business': ['microsoftAccount', 'mfaViaMicrosoft', 'securityDependsOnSetup'], // as Teams
};

/**
 * The changes since the report that ask something of the user or an administrator, and the
 * criteria they bear on: shown only when one of those counts (none listed: always shown).
 * `notSelfHosted`: not shown when the company runs its own server, which the change leaves alone.
 * Every other change informs only (owners, reviews, court rulings) and stays out.
 * Each has its wording at `checklist:updates.<id>`, resting on the update's own source.
 * @example Object.keys(actionUpdates).includes('teamsE2eOneToOneCalls') // true
 */
export const actionUpdates: Readonly<Record<string, { criteria: readonly CriterionId[]; notSelfHosted?: true }>> = {
  zoomE2e: { criteria: ['e2e'] }, // the Zoom app, not the browser; turns off cloud recording and more
  webexZeroTrustE2e: { criteria: ['e2e'] }, // an option to choose; some features do not work in it
  teamsE2eOneToOneCalls: { criteria: ['e2e'] }, // off by default: an admin allows it, then each user turns it on
  googleMeetClientSideEncryption: { criteria: ['e2e'] }, // Enterprise Plus, Education Standard or Plus; your organisation holds the keys
  teamsE2eMeetings: { criteria: ['e2e'] }, // needs Teams Premium, a paid add-on; not in the browser
  dataPrivacyFramework: { criteria: [] }, // check that the provider is certified under it
  jitsiMeetLoginRequired: { criteria: [], notSelfHosted: true }, // starting on meet.jit.si needs a login
  signalUsernames: { criteria: [] }, // a username, and whether people may find you by your number
};

export interface ChecklistInput {
  /** The tool as the data in use has it (the report's, or with the known changes). */
  tool: Tool;
  /** Its result under `answers`, from `rank()` on the same data. */
  result: ToolResult;
  answers: Answers;
  /** The tool's facts and notes (`report-2020-text.json`, which the caller loads). */
  text: ToolText;
  /** The catalog's footnotes, for the conditions they set (the same in both data sets). */
  footnotes: readonly Footnote[];
  /** The updates that concern the tool when ranking on current data; empty for the report as published. */
  updates: readonly Update[];
}

const counts = (v: Verdict) => v.importance !== 'ignore';

/**
 * The conditions the counted verdicts rely on: one item per condition and source, naming its
 * criteria in verdict order. A condition that came with a change since the report (Teams' and
 * Google Meet's pricier plans, Jitsi's own server) is the change's, and cites it, never a footnote
 * of the report; one from a consultant's own list cites that list's source.
 */
function conditions({ result, answers, footnotes }: ChecklistInput): ChecklistItem[] {
  // Insertion order is the order of each condition's first verdict.
  const found = new Map<string, { item: ChecklistItem; criteria: string[] }>();
  for (const v of result.verdicts) {
    if (!counts(v) || v.status !== 'conditional') continue;
    if (v.reason === 'largerPlanOnRequest') {
      const item: ChecklistItem = { group: 'conditions', code: 'largerPlan', params: { max: Number(v.params?.max), participants: answers.participants }, source: { kind: 'row', row: 'maxParticipants' } };
      found.set('largerPlan', { item, criteria: [] });
      continue;
    }
    const condition = footnoteConditions[v.reason];
    const code = v.reason === 'selfHostedOnly' ? 'selfHostedOnly' : condition?.code;
    let source: ChecklistSource | undefined;
    if (v.source?.kind === 'update') source = { kind: 'update', updateId: v.source.id };
    else if (v.source?.kind === 'own') source = { kind: 'own', id: v.source.id };
    else {
      const id = condition && footnotes.find((f) => f.condition.type === condition.type && v.footnotes.includes(f.id))?.id;
      if (id) source = { kind: 'footnote', id };
    }
    if (!code || !source) continue;
    const key = `${code}|${source.kind === 'update' ? source.updateId : source.kind === 'footnote' || source.kind === 'own' ? source.id : ''}`;
    const entry = found.get(key) ?? { item: { group: 'conditions', code, source }, criteria: [] };
    entry.criteria.push(v.criterion);
    found.set(key, entry);
  }
  return [...found.values()].map(({ item, criteria }) => (criteria.length ? { ...item, params: { criteria: criteria.join(',') } } : item));
}

/**
 * Whether the checklist lists this change for `tool` on current data: it asks for an action, and
 * bears on what this company weighs and how it hosts.
 * @example listsUpdate(teamsE2eOneToOneCalls, teams, { ...answers, importance: { e2e: 'must' } }) // true
 */
export function listsUpdate(update: Update, tool: Tool, answers: Answers): boolean {
  const action = actionUpdates[update.id];
  if (!action || !concerns(update, tool.id)) return false;
  if (action.notSelfHosted && answers.hosting === 'self') return false;
  return !action.criteria.length || action.criteria.some((c) => (answers.importance[c] ?? 'ignore') !== 'ignore');
}

/**
 * "Before you start": what a company should arrange before using a tool, each item with its source.
 * In order: the conditions the tool's verdicts rely on (only verdicts that count: not
 * "doesn't matter"), the data processing agreement where the table says one is possible, the
 * login facts and tips from the tool's chapter and the report's three general tips, and on
 * current data the changes since the report that ask for an action. Pure: same input, same list.
 *
 * @example
 * // Webex, data in the EU a must, paying allowed: its ✔⁴ holds on the pricier plans only.
 * checklist({ tool: webex, result, answers, text: toolText('webex'), footnotes: reportCatalog.footnotes, updates: [] })[0];
 * // { group: 'conditions', code: 'paidPlan', params: { criteria: 'dataInEU' }, source: { kind: 'footnote', id: 4 } }
 */
export function checklist(input: ChecklistInput): ChecklistItem[] {
  const { tool, text, answers, updates } = input;
  const account = new Set(isToolId(tool.id) ? accountFacts[tool.id] ?? [] : []);
  const items: ChecklistItem[] = [...conditions(input)];
  // The agreement is possible according to the table, or to the own list that gives the cell.
  const { dpa } = tool.cells;
  if (dpa.value === true) items.push({ group: 'contract', code: 'signDpa', source: dpa.ownSource ? { kind: 'own', id: dpa.ownSource } : { kind: 'row', row: 'dpa' } });
  // Login facts first, then the tool's tips, each in the chapter's order.
  for (const topic of ['login', 'tip'] as const) {
    for (const f of text.facts) {
      if (f.topic !== topic || (topic === 'login' && !account.has(f.id))) continue;
      items.push({
        group: 'safety', code: topic === 'login' ? 'loginFact' : 'toolTip', ...(f.params ? { params: f.params } : {}),
        source: { kind: 'fact', factId: f.id, section: f.section },
      });
    }
  }
  for (const id of generalTipIds) items.push({ group: 'safety', code: 'generalTip', source: { kind: 'generalTip', id, section: generalTipsSection } });
  for (const u of updates) {
    if (listsUpdate(u, tool, answers)) items.push({ group: 'since', code: 'update', source: { kind: 'update', updateId: u.id } });
  }
  return items;
}

/**
 * The items by group, in `checklistGroups` order, leaving out empty groups (for small headings).
 * @example byGroup(items).map((g) => g.group) // ['contract', 'safety']
 */
export function byGroup(items: readonly ChecklistItem[]): { group: ChecklistItem['group']; items: ChecklistItem[] }[] {
  return checklistGroups.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter((g) => g.items.length);
}
