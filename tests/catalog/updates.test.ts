import { describe, expect, it } from 'vitest';
import en from '../../locales/en/updates.json';
import nl from '../../locales/nl/updates.json';
import {
  applyUpdates, currentCatalog, latestUpdate, reportCatalog, rowIds, updateById, updates, updatesFor,
} from '../../src/catalog';
import type { Cell, Update } from '../../src/catalog';
import { CatalogError, isUpdateDate, parseUpdates } from '../../src/catalog/schema';
import { toolText } from '../../src/catalog/text';
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

  it('cites every fact with a source that names its publisher and its document, and a confidence; unconfirmed facts stay out', () => {
    for (const u of updates) {
      expect(u.source.publisher, u.id).not.toBe('');
      expect(u.source.title ?? u.source.document, u.id).toBeTruthy();
      if (u.source.url !== undefined) expect(u.source.url, u.id).toMatch(/^https:\/\//);
      if (u.source.date !== undefined) expect(isUpdateDate(u.source.date), u.id).toBe(true);
      expect(['high', 'medium'], u.id).toContain(u.confidence);
    }
  });

  it('links a page itself, never a homepage: where the page was not opened, it names the document', () => {
    for (const u of updates) {
      if (u.source.url !== undefined) expect(new URL(u.source.url).pathname, u.id).not.toMatch(/^\/?$/);
    }
    expect(updateById('privacyShieldInvalidated')!.source).toMatchObject({ document: expect.stringMatching(/^Press release No 91\/20/) });
    expect(updateById('privacyShieldInvalidated')!.source.url).toBeUndefined();
    expect(updateById('dataPrivacyFrameworkUpheld')!.source).toMatchObject({ document: expect.stringMatching(/^Press release No 106\/25/) });
    expect(updateById('zoomE2e')!.source).toMatchObject({ readVia: 'plegma.host', url: expect.stringMatching(/^https:\/\/plegma\.host\//) });
    expect(updateById('webexBerlinReview')!.source.url).toBeUndefined();
  });

  it('cites what the facts file gives: its source for the PCLOB (one secondary source, so medium), no invented Moody\'s title, no undated source dated', () => {
    expect(updateById('pclobQuorumLost')).toMatchObject({ confidence: 'medium', source: { publisher: 'Center for Democracy & Technology' } });
    expect(updateById('pclobQuorumLost')!.source.date).toBeUndefined();
    expect(updateById('logmeinTakenPrivate')!.source).toMatchObject({ document: 'rating note on LogMeIn', date: '2021-01-29' });
    expect(updateById('logmeinTakenPrivate')!.source.title).toBeUndefined();
    expect(updateById('skypeForBusinessOnlineRetired')!.source.date).toBeUndefined();
    expect(updateById('teamsE2eOneToOneCalls')!.source.date).toBeUndefined();
    expect(updateById('signalGroupCalls5')!.source.date).toBeUndefined();
  });

  it('points only at facts and notes its tools have, where it contradicts the report\'s text', () => {
    for (const u of updates) {
      const known = u.tools.flatMap((tool) => [...toolText(tool).facts, ...toolText(tool).notes].map((f) => f.id));
      for (const id of u.supersedes ?? []) expect(known, `${u.id} supersedes ${id}`).toContain(id);
    }
    expect(updateById('teamsE2eMeetings')!.supersedes).toContain('noE2e');
    expect(updateById('jitsiMeetLoginRequired')!.supersedes).toContain('noAccounts');
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
    ['a source with neither title nor document', (f: { updates: Record<string, unknown>[] }) => { delete (f.updates[3]!.source as Record<string, unknown>).title; }, /^updates\[3\]\.source: a source needs a title or names its document/],
    ['a plain http address', (f: { updates: Record<string, unknown>[] }) => { (f.updates[3]!.source as Record<string, unknown>).url = 'http://example.org/'; }, /^updates\[3\]\.source\.url: expected an https address/],
    ['an unknown tool', (f: { updates: Record<string, unknown>[] }) => { f.updates[0]!.tools = ['teams', 'skype']; }, /^updates\[0\]\.tools\[1\]: expected a tool id/],
    ['an unknown row', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('zoomE2e')]!.row = 'teleport'; }, /^updates\[\d+\]\.row: expected a row id/],
    ['a cell update without a cell', (f: { updates: Record<string, unknown>[] }) => { delete f.updates[indexOf('zoomE2e')]!.cell; }, /^updates\[\d+\]\.cell: /],
    ['a cell that does not fit its row', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('signalGroupCalls40')]!.cell = { value: true }; }, /^updates\[\d+\]\.cell\.value: /],
    ['a cell update for two tools', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('zoomE2e')]!.tools = ['teams', 'zoom']; }, /^updates\[\d+\]\.tools: a cell update concerns exactly one tool/],
    ['an unknown kind', (f: { updates: Record<string, unknown>[] }) => { f.updates[0]!.kind = 'rumour'; }, /^updates\[0\]\.kind: expected kind "cell"/],
    ['a condition update for two tools', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('jitsiMeetLoginRequired')]!.tools = ['jitsi', 'webex']; }, /^updates\[\d+\]\.tools: a condition update concerns exactly one tool/],
    ['an unknown condition', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('jitsiMeetLoginRequired')]!.condition = 'onTuesdays'; }, /^updates\[\d+\]\.condition: expected "paidPlan"/],
    ['a participant limit below 2', (f: { updates: Record<string, unknown>[] }) => { (f.updates[indexOf('zoomE2e')]!.cell as Record<string, unknown>).conditions = [{ upToParticipants: 1 }]; }, /^updates\[\d+\]\.cell\.conditions\[0\]\.upToParticipants: /],
    ['a condition on a ✘', (f: { updates: Record<string, unknown>[] }) => { f.updates[indexOf('zoomE2e')]!.cell = { value: false, conditions: ['paidPlan'] }; }, /^updates\[\d+\]\.cell\.conditions: only allowed on true/],
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

  it('differs from the report in exactly the four changed cells and the four that gained a condition', () => {
    expect(differences().sort()).toEqual([
      'google-meet.e2e', 'jitsi.controllerLocation', 'jitsi.dataInEU', 'jitsi.dpa', 'jitsi.thirdPartySharing',
      'signal.maxParticipants', 'teams.e2e', 'zoom.e2e',
    ]);
  });

  it.each<[string, string, Cell, Cell]>([
    ['zoom', 'e2e', { value: 'planned', note: 'Zomer 2020' } as Cell, { value: true, conditions: [{ upToParticipants: 200 }], updateId: 'zoomE2e' }],
    ['teams', 'e2e', { value: false }, { value: true, footnotes: [4], conditions: [{ upToParticipants: 200 }], updateId: 'teamsE2eMeetings' }],
    ['google-meet', 'e2e', { value: false }, { value: true, footnotes: [4], updateId: 'googleMeetClientSideEncryption' }],
    ['signal', 'maxParticipants', { value: 2 }, { value: 40, updateId: 'signalGroupCalls40' }],
    ['jitsi', 'dpa', { value: 'n/a' }, { value: 'n/a', conditions: ['selfHostedOnly'], updateId: 'jitsiMeetLoginRequired' }],
    ['jitsi', 'controllerLocation', { value: 'n/a' }, { value: 'n/a', conditions: ['selfHostedOnly'], updateId: 'jitsiMeetLoginRequired' }],
  ])('%s %s: the 2020 cell stays in the report, the new one names its update', (tool, row, before, after) => {
    const r = reportCatalog.tools.find((t) => t.id === tool)!.cells[row as keyof Tool['cells']];
    const c = currentCatalog.tools.find((t) => t.id === tool)!.cells[row as keyof Tool['cells']];
    expect(r).toMatchObject(before);
    expect(r).not.toHaveProperty('updateId');
    expect(c).toEqual(after);
    expect(['cell', 'condition']).toContain(updateById(after.updateId!)?.kind);
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

  it('adds a condition to the cells a condition update names, keeping their values, and leaves the report alone', () => {
    const condition = { ...updates.find((u) => u.id === 'jitsiMeetLoginRequired')!, id: 'x', rows: ['e2e'] } as Update;
    const jitsi = applyUpdates(reportCatalog, [condition]).tools.find((t) => t.id === 'jitsi')!;
    expect(jitsi.cells.e2e).toEqual({ value: true, footnotes: [3], conditions: ['selfHostedOnly'], updateId: 'x' });
    expect(jitsi.cells.dpa).toBe(reportCatalog.tools.find((t) => t.id === 'jitsi')!.cells.dpa);
    expect(reportCatalog.tools.find((t) => t.id === 'jitsi')!.cells.e2e).toEqual({ value: true, footnotes: [3] });
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
    expect(updateById('jitsiMeetLoginRequired')).toMatchObject({ kind: 'condition', date: '2023-08-24', tools: ['jitsi'], condition: 'selfHostedOnly' });
    expect(updateById('skypeForBusinessServerEndOfSupport')?.kind).toBe('notice');
  });
});

type Tool = (typeof reportCatalog.tools)[number];
