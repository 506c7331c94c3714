import { describe, expect, it } from 'vitest';
import en from '../../locales/en/updates.json';
import nl from '../../locales/nl/updates.json';
import {
  applyUpdates, currentCatalog, latestUpdate, reportCatalog, rowIds, updateById, updates, updatesFor,
} from '../../src/catalog';
import type { Cell } from '../../src/catalog';
import { CatalogError, isUpdateDate, parseUpdates } from '../../src/catalog/schema';
import json from '../../src/catalog/updates.json';

/** The problems `parseUpdates` reports for a changed copy of the real file. */
function problems(change: (file: { updates: Record<string, unknown>[] }) => void): string[] {
  const file = structuredClone(json) as unknown as { updates: Record<string, unknown>[] };
  change(file);
  try {
    parseUpdates(file);
    return [];
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    return [...error.problems];
  }
}

const indexOf = (id: string) => json.updates.findIndex((u) => u.id === id);

describe('the updates file', () => {
  it('passes its schema', () => {
    expect(parseUpdates(json)).toHaveLength(json.updates.length);
    expect(updates.length).toBeGreaterThanOrEqual(20);
  });

  it('is oldest first, and latestUpdate is the newest date in it', () => {
    const dates = updates.map((u) => u.date);
    expect(dates).toEqual([...dates].sort());
    expect(latestUpdate).toBe(dates.at(-1));
  });

  it('cites every fact with a dated https source and a confidence; unconfirmed facts stay out', () => {
    for (const u of updates) {
      expect(u.source.url, u.id).toMatch(/^https:\/\//);
      expect(isUpdateDate(u.source.date), u.id).toBe(true);
      expect(['high', 'medium'], u.id).toContain(u.confidence);
    }
  });

  it('has a sentence for every update in both languages, and none for an unknown id', () => {
    const ids = updates.map((u) => u.id).sort();
    expect(Object.keys(nl.items).sort()).toEqual(ids);
    expect(Object.keys(en.items).sort()).toEqual(ids);
  });

  it('has a short form for every change that concerns several tools (the memo prints those once, in one sentence)', () => {
    const shared = updates.filter((u) => u.tools.length > 1).map((u) => u.id).sort();
    expect(shared.length).toBeGreaterThan(0);
    expect(Object.keys(nl.short).sort()).toEqual(shared);
    expect(Object.keys(en.short).sort()).toEqual(shared);
  });

  it.each([
    ['a date that does not exist', (f: { updates: Record<string, unknown>[] }) => { f.updates[1]!.date = '2021-02-30'; }, /^updates\[1\]\.date: expected a real date/],
    ['a month 13', (f: { updates: Record<string, unknown>[] }) => { f.updates[1]!.date = '2021-13'; }, /^updates\[1\]\.date: /],
    ['a missing source', (f: { updates: Record<string, unknown>[] }) => { delete f.updates[3]!.source; }, /^updates\[3\]\.source: /],
    ['a source without an address', (f: { updates: Record<string, unknown>[] }) => { delete (f.updates[3]!.source as Record<string, unknown>).url; }, /^updates\[3\]\.source\.url: /],
    ['a plain http address', (f: { updates: Record<string, unknown>[] }) => { (f.updates[3]!.source as Record<string, unknown>).url = 'http://example.org/'; }, /^updates\[3\]\.source\.url: expected an https address/],
    ['an unknown tool', (f: { updates: Record<string, unknown>[] }) => { f.updates[0]!.tools = ['teams', 'skype']; }, /^updates\[0\]\.tools\[1\]: expected a tool id/],
    ['an unknown row', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('zoomE2e')]!.row = 'teleport'; }, /^updates\[\d+\]\.row: expected a row id/],
    ['a cell update without a cell', (f: { updates: Record<string, unknown>[] }) => { delete f.updates[indexOf('zoomE2e')]!.cell; }, /^updates\[\d+\]\.cell: /],
    ['a cell that does not fit its row', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('signalGroupCalls40')]!.cell = { value: true }; }, /^updates\[\d+\]\.cell\.value: /],
    ['a cell update for two tools', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('zoomE2e')]!.tools = ['teams', 'zoom']; }, /^updates\[\d+\]\.tools: a cell update concerns exactly one tool/],
    ['an unknown kind', (f: { updates: Record<string, unknown>[] }) => { f.updates[0]!.kind = 'rumour'; }, /^updates\[0\]\.kind: expected kind "cell"/],
    ['an unknown confidence', (f: { updates: Record<string, unknown>[] }) => { f.updates[0]!.confidence = 'not confirmed'; }, /^updates\[0\]\.confidence: expected high or medium/],
    ['an id used twice', (f: { updates: Record<string, unknown>[] }) => { f.updates[1]!.id = f.updates[0]!.id; }, /^updates\[1\]\.id: /],
    ['updates out of date order', (f: { updates: Record<string, unknown>[] }) => { f.updates.reverse(); }, /expected the updates oldest first/],
  ])('rejects %s and names the path', (_, change, message) => {
    const found = problems(change);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => message.test(p)), found.join('\n')).toBe(true);
  });
});

describe('currentCatalog', () => {
  /** Every cell where the two catalogs differ, as "tool.row". */
  const differences = () =>
    reportCatalog.tools.flatMap((tool, i) =>
      rowIds.filter((row) => JSON.stringify(tool.cells[row]) !== JSON.stringify(currentCatalog.tools[i]!.cells[row])).map((row) => `${tool.id}.${row}`),
    );

  it('differs from the report in exactly the four changed cells', () => {
    expect(differences().sort()).toEqual(['google-meet.e2e', 'signal.maxParticipants', 'teams.e2e', 'zoom.e2e']);
  });

  it.each<[string, string, Cell, Cell]>([
    ['zoom', 'e2e', { value: 'planned', note: 'Zomer 2020' } as Cell, { value: true, updateId: 'zoomE2e' }],
    ['teams', 'e2e', { value: false }, { value: true, footnotes: [4], updateId: 'teamsE2eMeetings' }],
    ['google-meet', 'e2e', { value: false }, { value: true, footnotes: [4], updateId: 'googleMeetClientSideEncryption' }],
    ['signal', 'maxParticipants', { value: 2 }, { value: 40, updateId: 'signalGroupCalls40' }],
  ])('%s %s: the 2020 cell stays in the report, the new one names its update', (tool, row, before, after) => {
    const r = reportCatalog.tools.find((t) => t.id === tool)!.cells[row as keyof Tool['cells']];
    const c = currentCatalog.tools.find((t) => t.id === tool)!.cells[row as keyof Tool['cells']];
    expect(r).toMatchObject(before);
    expect(r).not.toHaveProperty('updateId');
    expect(c).toEqual(after);
    expect(updateById(after.updateId!)?.kind).toBe('cell');
  });

  it('keeps everything but the cells as in the report', () => {
    expect(currentCatalog.source).toBe(reportCatalog.source);
    expect(currentCatalog.footnotes).toBe(reportCatalog.footnotes);
    expect(currentCatalog.tools.map((t) => t.id)).toEqual(reportCatalog.tools.map((t) => t.id));
  });

  it('is made by a pure function that leaves the report alone', () => {
    const before = JSON.stringify(reportCatalog);
    const again = applyUpdates(reportCatalog, updates);
    expect(JSON.stringify(again)).toBe(JSON.stringify(currentCatalog));
    expect(JSON.stringify(reportCatalog)).toBe(before);
    expect(applyUpdates(reportCatalog, [])).toEqual(reportCatalog);
  });

  it('lets a later update of the same cell win', () => {
    const zoom = updates.find((u) => u.id === 'zoomE2e')!;
    const later = { ...zoom, id: 'zoomE2eWithdrawn', date: '2030-01-01', cell: { value: false } };
    expect(applyUpdates(reportCatalog, [zoom, later]).tools.find((t) => t.id === 'zoom')!.cells.e2e).toEqual({ value: false, updateId: 'zoomE2eWithdrawn' });
  });
});

describe('updatesFor', () => {
  it('lists a tool\'s updates newest first, shared notices included', () => {
    const signal = updatesFor('signal');
    expect(signal.map((u) => u.date)).toEqual([...signal.map((u) => u.date)].sort().reverse());
    expect(signal.map((u) => u.id)).toEqual(expect.arrayContaining(['signalGroupCalls40', 'privacyShieldInvalidated']));
    expect(updatesFor('jitsi').some((u) => u.id === 'privacyShieldInvalidated')).toBe(false);
  });

  it('records the facts the issue names', () => {
    expect(updateById('privacyShieldInvalidated')?.date).toBe('2020-07-16');
    expect(updateById('skypeForBusinessOnlineRetired')?.tools).toEqual(['skype-for-business']);
    expect(updateById('teamsE2eOneToOneCalls')).toMatchObject({ kind: 'notice', date: '2021-12-14', tools: ['teams'] });
    expect(updateById('skypeForBusinessServerEndOfSupport')?.kind).toBe('notice');
  });
});

type Tool = (typeof reportCatalog.tools)[number];
