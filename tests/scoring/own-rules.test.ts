import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentCatalog, reportCatalog, withOwn } from '../../src/catalog';
import type { Catalog, OwnCatalog, OwnCell } from '../../src/catalog';
import type { RowId } from '../../src/catalog/types';
import { rank } from '../../src/scoring';
import { anyAnswers, answers, eligibleIds, resultOf, verdictOf } from './helpers';
import { ownCatalog, ownTool } from '../fixtures/own';

/** Issue 22: the same rules judge an own catalog's cells, and every verdict on one cites it. */

const merged = (own: OwnCatalog, base: Catalog = reportCatalog) => withOwn(base, [{ catalog: own, via: 'saved' }]);
const withCells = (cells: Partial<Record<RowId, OwnCell>>) => merged(ownCatalog([ownTool('alpha', cells)]));
const own = (id: string) => ({ kind: 'own', id });

describe('an own tool\'s verdicts', () => {
  it('cite the file\'s source, never the report', () => {
    const catalog = withCells({ e2e: { value: true, source: 's2' } });
    expect(verdictOf('alpha', 'e2e', answers({ importance: { e2e: 'must' } }), catalog)).toMatchObject({ status: 'met', reason: 'supported', source: own('0/s2') });
    expect(verdictOf('alpha', 'groupChat', answers(), catalog).source).toEqual(own('0/s1'));
  });

  it('on any answers, on either data set: every verdict on an own tool that has a source cites the own catalog', () => {
    const catalogs = [merged(ownCatalog([ownTool('alpha'), ownTool('beta', { dpa: { value: 'unknown' } })])),
      merged(ownCatalog([ownTool('alpha')]), currentCatalog)];
    fc.assert(fc.property(anyAnswers(1200), fc.constantFrom(0, 1), (a, k) => {
      for (const r of rank(catalogs[k]!, a).filter((x) => x.toolId === 'alpha' || x.toolId === 'beta')) {
        for (const v of r.verdicts) if (v.source) expect(v.source.kind, `${r.toolId} ${v.criterion}`).toBe('own');
      }
    }), { numRuns: 100 });
  });

  it('judge "unknown" as unknown, which never meets a must', () => {
    const catalog = withCells({ dpa: { value: 'unknown' } });
    const v = verdictOf('alpha', 'dpa', answers({ importance: { dpa: 'must' } }), catalog);
    expect(v).toMatchObject({ status: 'unknown', reason: 'notFound', source: own('0/') });
    expect(eligibleIds(answers({ importance: { dpa: 'must' } }), catalog)).not.toContain('alpha');
    expect(eligibleIds(answers({ importance: { dpa: 'nice' } }), catalog)).toContain('alpha');
  });

  it('take an unknown meeting size as unknown, which never meets the size gate', () => {
    const catalog = withCells({ maxParticipants: { value: 'unknown' } });
    expect(verdictOf('alpha', 'participants', answers({ participants: 2 }), catalog)).toMatchObject({ status: 'unknown', reason: 'notFound' });
    expect(resultOf('alpha', answers({ participants: 2 }), catalog).eligible).toBe(false);
  });

  it('apply "paidPlan" on the meeting size as footnote 4: within the limit on a condition, unmet for free only', () => {
    const catalog = withCells({ maxParticipants: { value: 200, conditions: ['paidPlan'], source: 's2' } });
    expect(verdictOf('alpha', 'participants', answers({ participants: 50 }), catalog)).toMatchObject({ status: 'conditional', reason: 'paidPlanOnly', params: { max: 200 } });
    expect(verdictOf('alpha', 'participants', answers({ participants: 50, budget: 'free-only' }), catalog)).toMatchObject({ status: 'unmet', reason: 'paidPlanNotFree' });
    expect(verdictOf('alpha', 'participants', answers({ participants: 201 }), catalog)).toMatchObject({ status: 'unmet', reason: 'aboveLimit' });
  });

  it('apply "upToParticipants" on any ✔ row: above it unknown, at or below it met', () => {
    const catalog = withCells({ e2e: { value: true, conditions: [{ upToParticipants: 4 }], source: 's1' } });
    const must = { importance: { e2e: 'must' as const } };
    expect(verdictOf('alpha', 'e2e', answers({ ...must, participants: 4 }), catalog).status).toBe('met');
    expect(verdictOf('alpha', 'e2e', answers({ ...must, participants: 5 }), catalog)).toMatchObject({ status: 'unknown', reason: 'upToParticipants', params: { max: 4 } });
  });

  it('apply "ownServer" as footnote 3 and "browserOnly" as footnote 2', () => {
    const catalog = withCells({ dataInEU: { value: true, conditions: ['ownServer'], source: 's1' }, multiPlatform: { value: true, conditions: ['browserOnly'], source: 's1' } });
    expect(verdictOf('alpha', 'dataInEU', answers({ hosting: 'either' }), catalog)).toMatchObject({ status: 'conditional', reason: 'ownServerConfig' });
    expect(verdictOf('alpha', 'dataInEU', answers({ hosting: 'cloud' }), catalog)).toMatchObject({ status: 'unmet', reason: 'ownServerRequired' });
    expect(verdictOf('alpha', 'multiPlatform', answers(), catalog)).toMatchObject({ status: 'met', reason: 'browserOnly' });
  });

  it('judge n/a, a country and an unknown controller as the report\'s cells are judged', () => {
    expect(verdictOf('alpha', 'dpa', answers(), withCells({ dpa: { value: 'n/a', source: 's1' } }))).toMatchObject({ status: 'met', reason: 'notApplicable' });
    expect(verdictOf('alpha', 'euController', answers(), withCells({ controllerLocation: { value: 'CH', source: 's1' } }))).toMatchObject({ status: 'unmet', reason: 'controllerOutsideEU', params: { country: 'CH' } });
    // Norway is in the EEA: the GDPR applies there without a transfer.
    expect(verdictOf('alpha', 'euController', answers(), withCells({ controllerLocation: { value: 'NO', source: 's1' } }))).toMatchObject({ status: 'met', reason: 'controllerInEU' });
    expect(verdictOf('alpha', 'euController', answers(), withCells({ controllerLocation: { value: 'unknown' } }))).toMatchObject({ status: 'unknown', reason: 'notFound' });
  });

  it('count stored data as stored, and an unknown storage row as unknown', () => {
    expect(verdictOf('alpha', 'dataMinimisation', answers(), withCells({ storesMetadata: { value: true, source: 's2' } }))).toMatchObject({ status: 'unmet', reason: 'storesData', params: { kinds: 'storesMetadata' } });
    expect(verdictOf('alpha', 'dataMinimisation', answers(), withCells({ storesLocation: { value: 'unknown' } }))).toMatchObject({ status: 'unknown', reason: 'notFound', source: own('0/') });
    expect(verdictOf('alpha', 'dataMinimisation', answers(), withCells({}))).toMatchObject({ status: 'met', reason: 'storesNothing' });
  });

  it('judge an unknown price row, or third-party sharing, as unknown', () => {
    expect(verdictOf('alpha', 'budget', answers({ budget: 'free-only' }), withCells({ freeTier: { value: 'unknown' } }))).toMatchObject({ status: 'unknown', reason: 'notFound' });
    expect(verdictOf('alpha', 'noThirdPartySharing', answers(), withCells({ thirdPartySharing: { value: 'unknown' } }))).toMatchObject({ status: 'unknown', reason: 'notFound' });
  });
});

describe('an own change to a report tool', () => {
  it('is judged by the same rules and cites the file, not the report', () => {
    const catalog = merged(ownCatalog([], [{ tool: 'zoom', row: 'maxParticipants', cell: { value: 1000, conditions: ['paidPlan'], source: 's2' } }]));
    expect(verdictOf('zoom', 'participants', answers({ participants: 800 }), catalog)).toMatchObject({ status: 'conditional', reason: 'paidPlanOnly', source: own('0/s2') });
    expect(verdictOf('zoom', 'participants', answers({ participants: 800 }))).toMatchObject({ status: 'unmet' });
  });

  it('on GoToMeeting\'s free version: the file\'s cell no longer rests on the chapter\'s "temporary"', () => {
    const catalog = merged(ownCatalog([], [{ tool: 'gotomeeting', row: 'freeTier', cell: { value: true, source: 's1' } }]));
    expect(verdictOf('gotomeeting', 'budget', answers({ budget: 'free-only' }))).toMatchObject({ status: 'unknown', reason: 'freeTierTemporary' });
    expect(verdictOf('gotomeeting', 'budget', answers({ budget: 'free-only' }), catalog)).toMatchObject({ status: 'met', reason: 'freeTier', source: own('0/s1') });
  });
});

describe('"before you start" for an own tool', () => {
  it('lists the conditions and the agreement its own cells give, citing the own source, never the report\'s table', async () => {
    const { checklist } = await import('../../src/checklist');
    const catalog = withCells({ dataInEU: { value: true, conditions: ['paidPlan'], source: 's2' }, dpa: { value: true, source: 's1' } });
    const a = answers({ importance: { dataInEU: 'must' } });
    const tool = catalog.tools.find((t) => t.id === 'alpha')!;
    const items = checklist({ tool, result: resultOf('alpha', a, catalog), answers: a, text: { facts: [], notes: [] }, footnotes: catalog.footnotes, updates: [] });
    expect(items).toContainEqual({ group: 'conditions', code: 'paidPlan', params: { criteria: 'dataInEU' }, source: { kind: 'own', id: '0/s2' } });
    expect(items).toContainEqual({ group: 'contract', code: 'signDpa', source: { kind: 'own', id: '0/s1' } });
    expect(items.filter((i) => i.source.kind === 'row' || i.source.kind === 'footnote')).toEqual([]);
  });
});
