import { describe, expect, it } from 'vitest';
import { currentCatalog, getTool, isOwnToolId, reportCatalog, withOwn } from '../../src/catalog';
import type { Catalog } from '../../src/catalog';
import { ownCatalog, ownTool } from '../fixtures/own';

/** Issue 22: an own catalog is merged beside the report, purely, and never changes either input. */

const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const value of Object.values(x)) deepFreeze(value);
  }
  return x;
};

describe('withOwn', () => {
  it('gives the base catalog itself back when there is no own catalog, so its ranking is prepared once', () => {
    expect(withOwn(reportCatalog, [])).toBe(reportCatalog);
  });

  it('adds the own tools after the report\'s ten, each citing its catalog and source', () => {
    const merged = withOwn(reportCatalog, [{ catalog: ownCatalog([ownTool('alpha'), ownTool('beta')]), via: 'saved' }]);
    expect(merged.tools.map((t) => t.id)).toEqual([...reportCatalog.tools.map((t) => t.id), 'alpha', 'beta']);
    const alpha = getTool(merged, 'alpha')!;
    expect(alpha.own).toEqual({ catalog: 0, by: 'Adviesbureau Voorbeeld', via: 'saved', provider: 'Alpha GmbH', website: 'https://alpha.example' });
    expect(alpha.cells.e2e).toEqual({ value: true, ownSource: '0/s1' });
    expect(merged.own?.catalogs).toEqual([{ title: 'Eigen lijst', publisher: 'Adviesbureau Voorbeeld', date: '2026-12-01', via: 'saved' }]);
    expect(merged.own?.sources['0/s1']).toEqual({ catalog: 0, publisher: 'Alpha GmbH', title: 'Security overview', date: '2026-03-31', url: 'https://alpha.example/security' });
    // An unknown without a source cites the catalog itself.
    expect(merged.own?.sources['0/']).toEqual({ catalog: 0 });
  });

  it('keeps conditions and notes, and cites the catalog for an unknown without a source', () => {
    const tool = ownTool('alpha', {
      e2e: { value: true, conditions: [{ upToParticipants: 4 }], source: 's2', note: 'Alleen in kleine kamers.' },
      dpa: { value: 'unknown' },
    });
    const merged = withOwn(reportCatalog, [{ catalog: ownCatalog([tool]), via: 'saved' }]);
    const alpha = getTool(merged, 'alpha')!;
    expect(alpha.cells.e2e).toEqual({ value: true, conditions: [{ upToParticipants: 4 }], ownSource: '0/s2', remark: 'Alleen in kleine kamers.' });
    expect(alpha.cells.dpa).toEqual({ value: 'unknown', ownSource: '0/' });
  });

  it('puts a change in place of the base\'s cell, and leaves the base and the file as they were', () => {
    const own = deepFreeze(ownCatalog([], [{ tool: 'zoom', row: 'maxParticipants', cell: { value: 1000, conditions: ['paidPlan'], source: 's2' } }]));
    const base: Catalog = currentCatalog;
    const before = JSON.stringify(base);
    const merged = withOwn(base, [{ catalog: own, via: 'saved' }]);
    expect(getTool(merged, 'zoom').cells.maxParticipants).toEqual({ value: 1000, conditions: ['paidPlan'], ownSource: '0/s2' });
    expect(JSON.stringify(base)).toBe(before);
    // Tools no change touches stay the same objects.
    expect(getTool(merged, 'teams')).toBe(getTool(base, 'teams'));
    // The change replaces a cell a dated change made: the dated one's id goes with it.
    const zoomE2e = withOwn(base, [{ catalog: ownCatalog([], [{ tool: 'zoom', row: 'e2e', cell: { value: false, source: 's1' } }]), via: 'saved' }]);
    expect(getTool(zoomE2e, 'zoom').cells.e2e).toEqual({ value: false, ownSource: '0/s1' });
  });

  it('lets a later catalog win where two name the same tool or cell: a link\'s version over the saved one', () => {
    const saved = ownCatalog([ownTool('alpha', {}, 'Alpha (saved)')], [{ tool: 'zoom', row: 'e2e', cell: { value: false, source: 's1' } }]);
    const link = ownCatalog([ownTool('alpha', {}, 'Alpha (link)')], [{ tool: 'zoom', row: 'e2e', cell: { value: true, source: 's2' } }], 'Gedeeld');
    const merged = withOwn(reportCatalog, [{ catalog: saved, via: 'saved' }, { catalog: link, via: 'link' }]);
    expect(merged.tools.filter((t) => t.id === 'alpha').map((t) => t.name)).toEqual(['Alpha (link)']);
    expect(getTool(merged, 'alpha')!.own?.catalog).toBe(1);
    expect(getTool(merged, 'zoom').cells.e2e).toEqual({ value: true, ownSource: '1/s2' });
    expect(merged.own?.catalogs.map((c) => c.via)).toEqual(['saved', 'link']);
  });

  it('leaves out an own tool that takes a report tool\'s id', () => {
    const merged = withOwn(reportCatalog, [{ catalog: ownCatalog([ownTool('zoom', {}, 'Fake Zoom')]), via: 'link' }]);
    expect(merged.tools.filter((t) => t.id === 'zoom').map((t) => t.name)).toEqual(['Zoom']);
    expect(merged.tools).toHaveLength(10);
  });
});

describe('isOwnToolId', () => {
  it.each([
    ['whereby', true], ['nextcloud-talk', true], ['a', true], ['x'.repeat(40), true],
    ['x'.repeat(41), false], ['', false], ['Whereby', false], ['wire_2', false], ['zoom', false], ['google-meet', false],
  ])('%s → %s', (id, ok) => expect(isOwnToolId(id)).toBe(ok));
});
