import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalog, getTool, reportCatalog, rowIds, toolIds, updates, updatesFor } from '../../src/catalog';
import type { Catalog, ToolId } from '../../src/catalog';
import { toolText } from '../../src/catalog/text';
import { accountFacts, actionUpdates, byGroup, checklist, checklistCodes, checklistGroups } from '../../src/checklist';
import type { ChecklistItem } from '../../src/checklist';
import { rank } from '../../src/scoring';
import type { Answers } from '../../src/scoring';
import { anyAnswers, answers } from '../scoring/helpers';

/** The checklist of one tool under the answers, on the report (no updates) or on current data (its updates). */
function listFor(id: ToolId, a: Answers, data: 'report' | 'current' = 'report'): ChecklistItem[] {
  const catalog: Catalog = data === 'report' ? reportCatalog : currentCatalog;
  const result = rank(catalog, a).find((r) => r.toolId === id)!;
  return checklist({
    tool: getTool(catalog, id), result, answers: a, text: toolText(id), footnotes: catalog.footnotes,
    updates: data === 'report' ? [] : updatesFor(id),
  });
}
const codes = (items: ChecklistItem[]) => items.map((i) => i.code);
const ofGroup = (items: ChecklistItem[], group: ChecklistItem['group']) => items.filter((i) => i.group === group);
const updateIds = (items: ChecklistItem[]) => items.flatMap((i) => (i.source.kind === 'update' ? [i.source.updateId] : []));

describe('conditions the verdicts rely on', () => {
  it('asks Webex users who want data in the EU to take a paid plan, citing footnote 4', () => {
    const items = listFor('webex', answers({ budget: 'paid-ok', importance: { dataInEU: 'must' } }));
    expect(ofGroup(items, 'conditions')).toEqual([
      { group: 'conditions', code: 'paidPlan', params: { criteria: 'dataInEU' }, source: { kind: 'footnote', id: 4 } },
    ]);
  });

  it('names every criterion that rests on the same footnote once, in verdict order (Webex and footnote 5)', () => {
    const items = listFor('webex', answers({ budget: 'free-preferred', importance: { transitEncryption: 'nice', e2e: 'must', dataInEU: 'nice' } }));
    expect(ofGroup(items, 'conditions')).toEqual([
      { group: 'conditions', code: 'paidPlan', params: { criteria: 'dataInEU' }, source: { kind: 'footnote', id: 4 } },
      { group: 'conditions', code: 'paidPlanForLocation', params: { criteria: 'e2e,transitEncryption' }, source: { kind: 'footnote', id: 5 } },
    ]);
  });

  it('asks Jitsi on its own server to be set up with care for end-to-end encryption, citing footnote 3', () => {
    const items = listFor('jitsi', answers({ hosting: 'self', importance: { e2e: 'must' } }));
    expect(ofGroup(items, 'conditions')).toEqual([
      { group: 'conditions', code: 'ownServer', params: { criteria: 'e2e' }, source: { kind: 'footnote', id: 3 } },
    ]);
  });

  it('leaves out open source on Jitsi, where footnote 3 only explains', () => {
    const items = listFor('jitsi', answers({ hosting: 'self', importance: { openSource: 'must' } }));
    expect(ofGroup(items, 'conditions')).toEqual([]);
  });

  it('asks for a larger GoToMeeting plan above the table\'s "250+", citing the row', () => {
    const items = listFor('gotomeeting', answers({ participants: 400, budget: 'paid-ok' }));
    expect(ofGroup(items, 'conditions')).toEqual([
      { group: 'conditions', code: 'largerPlan', params: { max: 250, participants: 400 }, source: { kind: 'row', row: 'maxParticipants' } },
    ]);
    expect(ofGroup(listFor('gotomeeting', answers({ participants: 200 })), 'conditions')).toEqual([]);
  });

  it('asks nothing for a criterion that does not matter to the company', () => {
    expect(ofGroup(listFor('webex', answers({ budget: 'paid-ok', importance: { dataInEU: 'ignore', e2e: 'ignore' } })), 'conditions')).toEqual([]);
    expect(ofGroup(listFor('jitsi', answers({ hosting: 'self' })), 'conditions')).toEqual([]);
  });

  it.each([['teams', 'teamsE2eMeetings'], ['google-meet', 'googleMeetClientSideEncryption']] as const)(
    'on current data, asks %s users who want end-to-end encryption to take a paid plan, citing the change, not the report\'s footnote 4',
    (tool, updateId) => {
      const a = answers({ budget: 'paid-ok', importance: { e2e: 'must' } });
      expect(ofGroup(listFor(tool, a, 'current'), 'conditions')).toEqual([
        { group: 'conditions', code: 'paidPlan', params: { criteria: 'e2e' }, source: { kind: 'update', updateId } },
      ]);
      expect(ofGroup(listFor(tool, a, 'report'), 'conditions')).toEqual([]);
    },
  );

  it('on current data, asks a Jitsi user open to both to run it on their own server, citing the login change', () => {
    const a = answers({ hosting: 'either', importance: { dpa: 'must', dataInEU: 'nice' } });
    expect(ofGroup(listFor('jitsi', a, 'current'), 'conditions')).toEqual([
      { group: 'conditions', code: 'selfHostedOnly', params: { criteria: 'dpa,dataInEU' }, source: { kind: 'update', updateId: 'jitsiMeetLoginRequired' } },
    ]);
    expect(ofGroup(listFor('jitsi', a, 'report'), 'conditions')).toEqual([]);
  });
});

describe('the contract', () => {
  it.each(toolIds)('%s: a data processing agreement to sign exactly where the table says one is possible', (id) => {
    const items = ofGroup(listFor(id, answers()), 'contract');
    const offered = getTool(reportCatalog, id).cells.dpa.value === true;
    expect(items).toEqual(offered ? [{ group: 'contract', code: 'signDpa', source: { kind: 'row', row: 'dpa' } }] : []);
  });

  it('has none for Signal (✘) or Jitsi (n.v.t.)', () => {
    expect(codes(listFor('signal', answers()))).not.toContain('signDpa');
    expect(codes(listFor('jitsi', answers()))).not.toContain('signDpa');
  });
});

describe('logging in and the report\'s tips', () => {
  it('gives Signal its PIN and biometric lock, its two tips and the three general tips, in that order', () => {
    const cited = (i: ChecklistItem) => (i.source.kind === 'fact' ? i.source.factId : i.source.kind === 'generalTip' ? i.source.id : '');
    expect(ofGroup(listFor('signal', answers()), 'safety').map(cited)).toEqual([
      'pin', 'biometricLock', 'tipNoSensitiveMessaging', 'tipBiometricLock', 'strongPasswords', 'mfa', 'secureStorage',
    ]);
  });

  it('cites the chapter and sub-heading of each fact, and the summary for the general tips', () => {
    const items = ofGroup(listFor('zoom', answers()), 'safety');
    expect(items[0]).toEqual({ group: 'safety', code: 'loginFact', source: { kind: 'fact', factId: 'ssoMfa', section: 'Hoe veilig is Zoom? › Manier van inloggen?' } });
    expect(items[1]).toEqual({ group: 'safety', code: 'toolTip', source: { kind: 'fact', factId: 'tipUseSecurityFeatures', section: 'Hoe veilig is Zoom? › Zoom in het nieuws' } });
    expect(items.slice(2)).toEqual(['strongPasswords', 'mfa', 'secureStorage'].map((id) => ({ group: 'safety', code: 'generalTip', source: { kind: 'generalTip', id, section: 'Samenvatting' } })));
  });

  it('leaves out login facts that ask nothing (the account you log in with, guest accounts)', () => {
    const facts = ofGroup(listFor('teams', answers()), 'safety').flatMap((i) => (i.source.kind === 'fact' ? [i.source.factId] : []));
    expect(facts).toEqual(['microsoftAccount', 'mfaViaMicrosoft', 'securityDependsOnSetup', 'tipPasswordMfa', 'tipSensitiveStorage']);
    expect(facts).not.toContain('guestAccount');
  });

  it.each(toolIds)('%s: every listed login fact is a login fact of its chapter, and each has a tip', (id) => {
    const login = toolText(id).facts.filter((f) => f.topic === 'login').map((f) => f.id);
    expect(accountFacts[id]?.length).toBeGreaterThan(0);
    for (const factId of accountFacts[id] ?? []) expect(login).toContain(factId);
    expect(codes(listFor(id, answers()))).toContain('toolTip');
  });
});

describe('since the report', () => {
  const e2e = answers({ budget: 'paid-ok', importance: { e2e: 'must' } });

  it('on current data, tells Teams users that end-to-end encryption is off by default and needs an administrator', () => {
    const items = ofGroup(listFor('teams', e2e, 'current'), 'since');
    expect(items).toContainEqual({ group: 'since', code: 'update', source: { kind: 'update', updateId: 'teamsE2eOneToOneCalls' } });
    expect(updateIds(items)).toEqual(['dataPrivacyFramework', 'teamsE2eMeetings', 'teamsE2eOneToOneCalls']);
  });

  it.each(toolIds)('%s: no change since the report on the report as published', (id) => {
    expect(ofGroup(listFor(id, e2e, 'report'), 'since')).toEqual([]);
  });

  it('leaves out changes about end-to-end encryption when it does not matter to the company', () => {
    expect(updateIds(listFor('teams', answers(), 'current'))).toEqual(['dataPrivacyFramework']);
    expect(updateIds(listFor('zoom', answers(), 'current'))).toEqual(['dataPrivacyFramework']);
    expect(updateIds(listFor('zoom', e2e, 'current'))).toEqual(['dataPrivacyFramework', 'zoomE2e']);
  });

  it('tells meet.jit.si users about its login, but not a company on its own server', () => {
    expect(updateIds(listFor('jitsi', answers({ hosting: 'cloud' }), 'current'))).toEqual(['jitsiMeetLoginRequired']);
    expect(updateIds(listFor('jitsi', answers({ hosting: 'self' }), 'current'))).toEqual([]);
  });

  it('leaves out changes that only inform (owners, reviews, rulings)', () => {
    const informs = ['salesforceAcquiresSlack', 'teamsDpiaGovernment', 'privacyShieldInvalidated', 'logmeinTakenPrivate'];
    const all = toolIds.flatMap((id) => updateIds(listFor(id, e2e, 'current')));
    for (const id of informs) expect(all).not.toContain(id);
  });

  it('ignores an update passed for another tool', () => {
    const a = answers({ importance: { e2e: 'must' } });
    const result = rank(currentCatalog, a).find((r) => r.toolId === 'zoom')!;
    const items = checklist({ tool: getTool(currentCatalog, 'zoom'), result, answers: a, text: toolText('zoom'), footnotes: currentCatalog.footnotes, updates: updatesFor('teams') });
    expect(updateIds(items)).toEqual(['dataPrivacyFramework']);
  });

  it('lists only real updates, each for a tool it concerns', () => {
    for (const id of Object.keys(actionUpdates)) expect(updates.map((u) => u.id)).toContain(id);
  });
});

describe('groups', () => {
  it('come in the fixed order, empty ones left out', () => {
    const items = listFor('webex', answers({ budget: 'paid-ok', importance: { dataInEU: 'must' } }), 'current');
    expect(byGroup(items).map((g) => g.group)).toEqual(['conditions', 'contract', 'safety', 'since']);
    expect(byGroup(listFor('signal', answers())).map((g) => g.group)).toEqual(['safety']);
    expect(byGroup(items).flatMap((g) => g.items)).toEqual(items);
  });
});

// ---- Properties ---------------------------------------------------------------------------------

const answersArb = anyAnswers(2000);
const dataArb = fc.constantFrom<'report' | 'current'>('report', 'current');
const toolArb = fc.constantFrom(...toolIds);

describe('checklist properties', () => {
  it('every item cites a source that exists, and no item comes from a criterion that does not matter', () => {
    fc.assert(
      fc.property(answersArb, dataArb, toolArb, (a, data, id) => {
        const catalog = data === 'report' ? reportCatalog : currentCatalog;
        const items = listFor(id, a, data);
        const result = rank(catalog, a).find((r) => r.toolId === id)!;
        const text = toolText(id);
        for (const item of items) {
          expect(checklistGroups).toContain(item.group);
          expect(checklistCodes).toContain(item.code);
          const { source } = item;
          if (source.kind === 'footnote') expect(catalog.footnotes.map((f) => f.id)).toContain(source.id);
          if (source.kind === 'fact') expect(text.facts.find((f) => f.id === source.factId)?.section).toBe(source.section);
          if (source.kind === 'update') expect(updatesFor(id).map((u) => u.id)).toContain(source.updateId);
          if (source.kind === 'row') expect(rowIds).toContain(source.row);
          // A condition names only criteria whose verdicts count, each on a condition.
          for (const c of String(item.params?.criteria ?? '').split(',').filter(Boolean)) {
            const v = result.verdicts.find((x) => x.criterion === c)!;
            expect(v.importance).not.toBe('ignore');
            expect(v.status).toBe('conditional');
            // It cites the footnote the verdict rests on, or the change that brought the condition.
            if (v.source?.kind === 'update') expect(source).toEqual({ kind: 'update', updateId: v.source.id });
            else expect(source.kind === 'footnote' && v.footnotes.includes(source.id)).toBe(true);
          }
          if (item.code === 'update' && item.source.kind === 'update') {
            const { criteria } = actionUpdates[item.source.updateId]!;
            expect(!criteria.length || criteria.some((c) => (a.importance[c] ?? 'ignore') !== 'ignore')).toBe(true);
          }
        }
        if (data === 'report') expect(ofGroup(items, 'since')).toEqual([]);
        // The same input gives the same list.
        expect(listFor(id, a, data)).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });

  it('every conditional verdict that counts is covered by a condition item', () => {
    fc.assert(
      fc.property(answersArb, dataArb, toolArb, (a, data, id) => {
        const catalog = data === 'report' ? reportCatalog : currentCatalog;
        const result = rank(catalog, a).find((r) => r.toolId === id)!;
        const items = ofGroup(listFor(id, a, data), 'conditions');
        const named = new Set(items.flatMap((i) => String(i.params?.criteria ?? '').split(',')));
        for (const v of result.verdicts) {
          if (v.status !== 'conditional' || v.importance === 'ignore') continue;
          if (v.criterion === 'participants') expect(codes(items)).toContain('largerPlan');
          else expect(named).toContain(v.criterion);
        }
      }),
      { numRuns: 300 },
    );
  });
});
