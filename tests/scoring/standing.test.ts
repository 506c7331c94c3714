import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalog, reportCatalog } from '../../src/catalog';
import type { Catalog } from '../../src/catalog';
import { applyFirmnessChange, firmness, firmnessChanges, places, rank, tiebreak, topGroup, weighed } from '../../src/scoring';
import type { Answers } from '../../src/scoring';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';
import { anyAnswers, answers, catalogWith, variant } from './helpers';

const both = [['the report', reportCatalog], ['current data', currentCatalog]] as const satisfies readonly [string, Catalog][];
/** The example: group calls, guests without an account, a processing agreement and the browser, all musts. */
const mustFour: Answers = answers({ importance: { groupCalls: 'must', joinWithoutAccount: 'must', dpa: 'must', browser: 'must' } });
const unknownsOf = (r: ReturnType<typeof rank>[number]) => r.verdicts.filter((v) => weighed(v) && v.status === 'unknown').length;

describe('places: ties are ties', () => {
  it.each(both)('on %s, the issue\'s example ties four tools at 100: places 1, 1, 1, 1', (_, catalog) => {
    const ranked = rank(catalog, mustFour);
    expect(places(ranked).slice(0, 5)).toEqual([1, 1, 1, 1, null]);
    expect(topGroup(ranked).map((r) => r.toolId).sort()).toEqual(['gotomeeting', 'teams', 'webex', 'zoom']);
  });

  it('runs 1, 1, 1, 1, 5 after a tie of four, and gives a tool that does not fit no place', () => {
    expect(places(rank(reportCatalog, freeSmallOffice))).toEqual([1, 1, 1, 1, 5, 5, null, null, null, null]);
    expect(places(rank(reportCatalog, selfHoster))).toEqual([1, 2, null, null, null, null, null, null, null, null]);
  });

  it('shares a place exactly among tools with the same eligibility, score and number of unknowns', () => {
    fc.assert(fc.property(anyAnswers(1200), fc.constantFrom(reportCatalog, currentCatalog), (a, catalog) => {
      const ranked = rank(catalog, a);
      const at = places(ranked);
      ranked.forEach((r, i) => {
        if (!r.eligible) return expect(at[i]).toBeNull();
        const first = ranked.findIndex((x) => x.eligible && x.score === r.score && unknownsOf(x) === unknownsOf(r));
        expect(at[i]).toBe(first + 1);
      });
    }), { numRuns: 200 });
  });

  it('treats no score as equal to no score: with nothing weighed, every tool that fits shares the first place', () => {
    const ranked = rank(reportCatalog, answers());
    expect(places(ranked).filter((p) => p !== null)).toEqual(ranked.filter((r) => r.eligible).map(() => 1));
  });
});

describe('tiebreak: what sets tied tools apart', () => {
  it('lists the criteria not marked a must on which the tied tools differ, judged as if nice to have', () => {
    const items = tiebreak(reportCatalog, mustFour, ['webex', 'gotomeeting', 'teams', 'zoom']);
    expect(items.map((i) => i.criterion)).toEqual(['noThirdPartySharing', 'dataInEU', 'e2e', 'transitEncryption']);
    expect(items.find((i) => i.criterion === 'e2e')).toEqual({
      criterion: 'e2e', importance: 'ignore',
      groups: [{ mark: 'conditional', tools: ['webex'] }, { mark: 'met', tools: ['gotomeeting'] }, { mark: 'unmet', tools: ['teams'] }, { mark: 'unknown', tools: ['zoom'] }],
    });
    // Never a must: the four musts are met by all of them anyway.
    for (const item of items) expect(['groupCalls', 'joinWithoutAccount', 'dpa', 'browser']).not.toContain(item.criterion);
  });

  it('puts nice-to-haves first, and keeps their importance', () => {
    const a = answers({ importance: { ...mustFour.importance, e2e: 'nice' } });
    const top = topGroup(rank(reportCatalog, a)).map((r) => r.toolId);
    const items = tiebreak(reportCatalog, a, top.length > 1 ? top : ['webex', 'zoom']);
    expect(items[0]).toMatchObject({ criterion: 'e2e', importance: 'nice' });
  });

  it('counts unknown against met-nothing as a difference, and the same points as none', () => {
    const tools = [variant('teams', (t) => (t.cells.e2e = { value: 'planned', note: 'Zomer 2020' }), 'a', 'A'), variant('teams', () => undefined, 'b', 'B')];
    const items = tiebreak(catalogWith(tools), answers(), ['a', 'b']);
    expect(items.map((i) => i.criterion)).toEqual(['e2e']);
    expect(tiebreak(catalogWith(tools), answers(), ['b', 'b'])).toEqual([]);
  });

  it('is empty for tools that differ on nothing', () => {
    const twins = [variant('zoom', () => undefined, 'a', 'A'), variant('zoom', () => undefined, 'b', 'B')];
    expect(tiebreak(catalogWith(twins), answers(), ['a', 'b'])).toEqual([]);
  });
});

describe('firmness: how firm the top is', () => {
  it.each(both)('on %s, a tie is a tie', (_, catalog) => {
    expect(firmness(catalog, mustFour)).toEqual({ kind: 'tie', tools: topGroup(rank(catalog, mustFour)).map((r) => r.toolId) });
  });

  it('says when nothing fits', () => {
    expect(firmness(reportCatalog, answers({ participants: 5000, budget: 'free-only' }))).toEqual({ kind: 'none' });
  });

  it('gives a lone leader its lead over the next tool that fits, and the first change that would put another tool first', () => {
    const result = firmness(currentCatalog, selfHoster);
    expect(result).toMatchObject({ kind: 'lead', leader: 'signal', lead: 12 });
    if (result.kind !== 'lead') throw new Error('no lead');
    expect(result.change).not.toBeNull();
    expect(result.top.some((id) => id !== 'signal')).toBe(true);
  });

  it('says when no single change would move the top (Jitsi for a self-hoster, on the report)', () => {
    expect(firmness(reportCatalog, selfHoster)).toEqual({ kind: 'lead', leader: 'jitsi', lead: 38, change: null, top: ['jitsi'] });
  });

  it('has no lead in points when no other tool fits', () => {
    expect(firmness(reportCatalog, secureLargeCompany)).toMatchObject({ kind: 'lead', leader: 'webex', lead: null });
  });

  it('tries the changes in their order: importances one step up then down in the report\'s order, then budget, hosting and meeting size', () => {
    const changes = firmnessChanges(reportCatalog, answers({ participants: 10, budget: 'free-preferred', hosting: 'either', importance: { groupChat: 'nice' } }));
    expect(changes.slice(0, 3)).toEqual([
      { kind: 'importance', criterion: 'groupChat', from: 'nice', to: 'must' },
      { kind: 'importance', criterion: 'groupChat', from: 'nice', to: 'ignore' },
      { kind: 'importance', criterion: 'oneToOneCalls', from: 'ignore', to: 'nice' },
    ]);
    expect(changes.slice(-5)).toEqual([
      { kind: 'budget', from: 'free-preferred', to: 'free-only' },
      { kind: 'budget', from: 'free-preferred', to: 'paid-ok' },
      { kind: 'hosting', from: 'either', to: 'self' },
      { kind: 'hosting', from: 'either', to: 'cloud' },
      // Slack holds 15: the next limit at or above 10.
      { kind: 'participants', from: 10, to: 16 },
    ]);
  });

  it('returns the first change that works, and none before it would have', () => {
    fc.assert(fc.property(anyAnswers(1200), fc.constantFrom(reportCatalog, currentCatalog), (a, catalog) => {
      const result = firmness(catalog, a);
      if (result.kind !== 'lead') return;
      const changes = firmnessChanges(catalog, a);
      const moves = (i: number) => topGroup(rank(catalog, applyFirmnessChange(a, changes[i]!))).some((r) => r.toolId !== result.leader);
      const at = result.change ? changes.findIndex((c) => JSON.stringify(c) === JSON.stringify(result.change)) : changes.length;
      expect(at).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < at; i++) expect(moves(i)).toBe(false);
      if (result.change) expect(moves(at)).toBe(true);
    }), { numRuns: 60 });
  });
});
