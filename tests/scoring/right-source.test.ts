import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalog, reportCatalog, updateById } from '../../src/catalog';
import type { Catalog } from '../../src/catalog';
import { rank, verdictRows } from '../../src/scoring';
import type { Budget, Hosting, ReasonCode, VerdictCriterion, VerdictStatus } from '../../src/scoring';
import { anyAnswers, answers, resultOf, verdictOf } from './helpers';

/**
 * Issue 21: every verdict cites the right source, and the rules say no more than their source,
 * on both data sets.
 */
const both = [['the report', reportCatalog], ['current data', currentCatalog]] as const satisfies readonly [string, Catalog][];
const table = { kind: 'report', part: 'table' };
const text = (section: string) => ({ kind: 'report', part: 'text', section });
const update = (id: string) => ({ kind: 'update', id });

/** Reasons that rest on the answers alone: they cite nothing. */
const answersOnly: readonly ReasonCode[] = ['hostingOpen', 'hostingCloud', 'paidOk', 'available'];

describe('the source of a verdict', () => {
  it.each(both)('on %s, a verdict cites nothing exactly when it rests only on the answers', (_, catalog) => {
    fc.assert(fc.property(anyAnswers(1200), (a) => {
      for (const r of rank(catalog, a)) {
        for (const v of r.verdicts) expect(v.source === undefined, `${r.toolId} ${v.criterion} ${v.reason}`).toBe(answersOnly.includes(v.reason));
      }
    }), { numRuns: 150 });
  });

  it('on the report, no verdict cites a change', () => {
    fc.assert(fc.property(anyAnswers(1200), (a) => {
      for (const r of rank(reportCatalog, a)) for (const v of r.verdicts) expect(v.source?.kind).not.toBe('update');
    }), { numRuns: 150 });
  });

  it('on current data, no verdict on a changed cell cites the report: it cites the change that made the cell', () => {
    fc.assert(fc.property(anyAnswers(1200), (a) => {
      for (const r of rank(currentCatalog, a)) {
        const tool = currentCatalog.tools.find((t) => t.id === r.toolId)!;
        for (const v of r.verdicts) {
          const own = verdictRows[v.criterion][0];
          const changed = own !== undefined ? tool.cells[own].updateId : undefined;
          if (changed === undefined || answersOnly.includes(v.reason)) continue;
          expect(v.source, `${r.toolId} ${v.criterion}`).toEqual(update(changed));
        }
      }
    }), { numRuns: 150 });
  });

  it.each([
    ['zoom', 'e2e', 'zoomE2e'],
    ['teams', 'e2e', 'teamsE2eMeetings'],
    ['google-meet', 'e2e', 'googleMeetClientSideEncryption'],
  ])('%s %s on current data cites %s, keeping the change\'s footnotes', (tool, criterion, id) => {
    const v = verdictOf(tool, criterion as VerdictCriterion, answers({ importance: { e2e: 'must' } }), currentCatalog);
    expect(v.source).toEqual(update(id));
    expect(updateById(id)?.kind).toBe('cell');
    expect(verdictOf(tool, criterion as VerdictCriterion, answers({ importance: { e2e: 'must' } }), reportCatalog).source).toEqual(table);
  });

  it('keeps footnote 4 on the changed cells of Teams and Google Meet, as the change gave it', () => {
    for (const tool of ['teams', 'google-meet']) {
      expect(verdictOf(tool, 'e2e', answers(), currentCatalog)).toMatchObject({ footnotes: [4], source: { kind: 'update' } });
    }
  });

  it.each([
    ['skype-for-business', 'availability', answers(), 'Hoe veilig is Skype for Business? › Wat belooft het?'],
    ['lifesize', 'participants', answers({ participants: 30, budget: 'free-only' }), 'Hoe veilig is Lifesize? › Is de gratis versie voor mij?'],
    ['google-meet', 'participants', answers({ participants: 50, budget: 'free-only' }), 'Hoe veilig is Google Meet? › Ik heb een aanbod gekregen, maar voor wat?'],
    ['gotomeeting', 'budget', answers({ budget: 'free-only' }), 'Hoe veilig is GoToMeeting? › Welke versie moet ik nemen?'],
  ])('%s %s cites the section of its chapter it comes from', (tool, criterion, a, section) => {
    for (const [, catalog] of both) expect(verdictOf(tool, criterion as VerdictCriterion, a, catalog).source).toEqual(text(section));
  });
});

describe('a. a temporary free version does not meet "free only"', () => {
  it.each<[string, Catalog, Budget, VerdictStatus, string]>([
    ...both.flatMap(([name, catalog]) => [
      [name, catalog, 'free-only', 'unknown', 'freeTierTemporary'],
      [name, catalog, 'free-preferred', 'unknown', 'freeTierTemporary'],
      [name, catalog, 'paid-ok', 'met', 'paidOk'],
    ] as [string, Catalog, Budget, VerdictStatus, string][]),
  ])('on %s, GoToMeeting under %s: the price is %s (%s)', (_, catalog, budget, status, reason) => {
    expect(verdictOf('gotomeeting', 'budget', answers({ budget }), catalog)).toMatchObject({ status, reason });
  });

  it.each(both)('on %s, GoToMeeting no longer fits free-only (it ranked first at 100), and under free-preferred earns nothing and counts an unknown', (_, catalog) => {
    expect(resultOf('gotomeeting', answers({ budget: 'free-only' }), catalog)).toMatchObject({ eligible: false, score: 0 });
    const teams = resultOf('teams', answers({ budget: 'free-preferred' }), catalog);
    const gotomeeting = resultOf('gotomeeting', answers({ budget: 'free-preferred' }), catalog);
    expect([teams.score, gotomeeting.score]).toEqual([100, 0]);
    expect(gotomeeting.eligible).toBe(true);
  });
});

describe('b. footnote 6 takes away video, not calls', () => {
  it.each(both)('on %s, Slack under free-only: calls unknown, meeting size unmet, price met, still not eligible', (_, catalog) => {
    const a = answers({ budget: 'free-only' });
    for (const criterion of ['oneToOneCalls', 'groupCalls'] as const) {
      expect(verdictOf('slack', criterion, a, catalog)).toMatchObject({ status: 'unknown', reason: 'noVideoInFreeTierUnknown', footnotes: [6], source: table });
    }
    expect(verdictOf('slack', 'participants', a, catalog)).toMatchObject({ status: 'unmet', reason: 'noVideoInFreeTier' });
    expect(verdictOf('slack', 'budget', a, catalog)).toMatchObject({ status: 'met', reason: 'freeTierNoVideo' });
    expect(resultOf('slack', a, catalog).eligible).toBe(false);
  });
});

describe('c. a limit that comes with a change', () => {
  const e2eMust = (participants: number, budget: Budget = 'paid-ok') => answers({ participants, budget, importance: { e2e: 'must' } });

  it.each<[string, number, Budget, VerdictStatus, string]>([
    ['zoom', 200, 'paid-ok', 'met', 'supported'],
    ['zoom', 201, 'paid-ok', 'unknown', 'upToParticipants'],
    ['zoom', 500, 'free-only', 'unknown', 'upToParticipants'],
    ['teams', 200, 'paid-ok', 'conditional', 'paidPlanOnly'],
    ['teams', 201, 'paid-ok', 'unknown', 'upToParticipants'],
    // The limit only turns met or conditional into unknown: Teams under free-only stays unmet at any size.
    ['teams', 10, 'free-only', 'unmet', 'paidPlanNotFree'],
    ['teams', 240, 'free-only', 'unmet', 'paidPlanNotFree'],
    // Google Meet's change gives no limit.
    ['google-meet', 250, 'paid-ok', 'conditional', 'paidPlanOnly'],
  ])('on current data, %s end-to-end encryption for %i people under %s is %s (%s)', (tool, participants, budget, status, reason) => {
    const v = verdictOf(tool, 'e2e', e2eMust(participants, budget), currentCatalog);
    expect(v).toMatchObject({ status, reason, source: { kind: 'update' } });
    if (reason === 'upToParticipants') expect(v.params).toEqual({ max: 200 });
  });

  it('keeps Zoom out of a meeting of 500 with end-to-end encryption a must (it scored 100 before)', () => {
    expect(resultOf('zoom', e2eMust(500), currentCatalog)).toMatchObject({ eligible: false });
    expect(resultOf('zoom', e2eMust(200), currentCatalog)).toMatchObject({ eligible: true, score: 100 });
  });

  it('applies to current data only: the report has no limit on these cells', () => {
    expect(verdictOf('zoom', 'e2e', e2eMust(500), reportCatalog)).toMatchObject({ status: 'unknown', reason: 'planned' });
    expect(verdictOf('teams', 'e2e', e2eMust(500), reportCatalog)).toMatchObject({ status: 'unmet', reason: 'notSupported' });
  });
});

describe('d. Jitsi\'s n.v.t. on current data', () => {
  const rows = ['dpa', 'noThirdPartySharing', 'euController', 'dataInEU'] as const;

  it.each<[Hosting, VerdictStatus, string]>([
    ['self', 'met', 'notApplicable'],
    ['either', 'conditional', 'selfHostedOnly'],
    ['cloud', 'unknown', 'hostedServiceUnknown'],
  ])('with hosting %s, its four n.v.t. verdicts are %s (%s), citing the login change', (hosting, status, reason) => {
    for (const criterion of rows) {
      expect(verdictOf('jitsi', criterion, answers({ hosting }), currentCatalog), criterion)
        .toMatchObject({ status, reason, source: update('jitsiMeetLoginRequired') });
    }
  });

  it.each<Hosting>(['self', 'either', 'cloud'])('keeps the report\'s n.v.t. on the report\'s data (hosting %s)', (hosting) => {
    for (const criterion of rows) {
      expect(verdictOf('jitsi', criterion, answers({ hosting }), reportCatalog)).toMatchObject({ status: 'met', reason: 'notApplicable', source: table });
    }
  });

  it('changes no other Jitsi verdict', () => {
    fc.assert(fc.property(anyAnswers(30), (a) => {
      const was = resultOf('jitsi', a, reportCatalog).verdicts;
      const now = resultOf('jitsi', a, currentCatalog).verdicts;
      now.forEach((v, i) => {
        if ((rows as readonly string[]).includes(v.criterion)) return;
        expect(v).toEqual(was[i]);
      });
    }), { numRuns: 100 });
  });

  it('keeps a company that must not run servers and needs a processing agreement away from the hosted service', () => {
    const a = answers({ hosting: 'cloud', importance: { dpa: 'must' } });
    expect(resultOf('jitsi', a, reportCatalog).eligible).toBe(true);
    expect(resultOf('jitsi', a, currentCatalog).eligible).toBe(false);
  });
});

describe('f. transit ✘ for tools that encrypt end to end', () => {
  it.each(both.flatMap(([name, catalog]) => ['gotomeeting', 'signal'].map((tool) => [name, catalog, tool] as const)))(
    'on %s, %s keeps met, as our reading of the end-to-end row',
    (_, catalog, tool) => {
      expect(verdictOf(tool, 'transitEncryption', answers(), catalog)).toMatchObject({ status: 'met', reason: 'impliedByE2e', source: table });
    },
  );
});

describe('g. meeting size on free only', () => {
  it.each(both.flatMap(([name, catalog]) => (['zoom', 'teams', 'webex'] as const).map((tool) => [name, catalog, tool] as const)))(
    'on %s, %s under free-only: met, and the free version may allow fewer',
    (_, catalog, tool) => {
      expect(verdictOf(tool, 'participants', answers({ budget: 'free-only' }), catalog)).toMatchObject({ status: 'met', reason: 'withinLimitFreeUnstated' });
      expect(verdictOf(tool, 'participants', answers({ budget: 'paid-ok' }), catalog)).toMatchObject({ status: 'met', reason: 'withinLimit' });
    },
  );

  it.each([
    ['jitsi', 'withinLimit'], // free only: its one limit is the free one
    ['signal', 'withinLimit'],
    ['lifesize', 'withinLimit'], // the chapter gives the free version's limit
    ['google-meet', 'withinFreeLimitInferred'],
  ])('not for %s, whose free limit is known (%s)', (tool, reason) => {
    expect(verdictOf(tool, 'participants', answers({ participants: 2, budget: 'free-only' }))).toMatchObject({ reason });
  });
});
