import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownLimits } from '../../src/catalog/own';
import { checkOwnCatalog, parseOwnCatalog, type OwnProblem } from '../../src/catalog/schema-own';
import { ownCatalog, ownTool } from '../fixtures/own';

/** Issue 22: an own catalog file is checked at the door, and refused whole with every problem at its place. */

const problems = (input: unknown): OwnProblem[] => {
  const r = checkOwnCatalog(input);
  return r.ok ? [] : r.problems;
};
/** The catalog with one change made to a copy of it. */
const edit = (change: (c: Record<string, unknown> & ReturnType<typeof ownCatalog>) => void) => {
  const c = structuredClone(ownCatalog([ownTool('alpha'), ownTool('wire', {}, 'Wire')])) as Record<string, unknown> & ReturnType<typeof ownCatalog>;
  change(c);
  return c;
};

describe('an own catalog file', () => {
  it('passes when it keeps every rule, and comes back as it went in (changes default to none)', () => {
    const good = ownCatalog([ownTool('alpha', { e2e: { value: true, conditions: [{ upToParticipants: 4 }], source: 's2', note: 'Kleine kamers.' }, dpa: { value: 'unknown' } })],
      [{ tool: 'zoom', row: 'maxParticipants', cell: { value: 1000, conditions: ['paidPlan'], source: 's2' } }]);
    expect(checkOwnCatalog(good)).toEqual({ ok: true, catalog: good });
    const withoutChanges: Partial<typeof good> = { ...good };
    delete withoutChanges.changes;
    expect(checkOwnCatalog(withoutChanges)).toEqual({ ok: true, catalog: { ...withoutChanges, changes: [] } });
    expect(parseOwnCatalog(JSON.stringify(good))).toEqual({ ok: true, catalog: good });
  });

  it('names the tool, its row and what is wrong: "Tool 2 (Wire), row end-to-end encryption: a source is missing"', () => {
    const found = problems(edit((c) => { delete c.tools[1]!.cells.e2e.source; }));
    expect(found).toEqual([{ code: 'sourceMissing', at: { tool: { index: 1, name: 'Wire' }, row: 'e2e', field: 'source' } }]);
  });

  it.each<[string, (c: ReturnType<typeof edit>) => void, OwnProblem]>([
    ['a source that is not listed', (c) => { c.tools[0]!.cells.e2e.source = 'zz'; }, { code: 'sourceNotListed', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e', field: 'source' }, params: { source: 'zz' } }],
    ['"n/a" outside the four rows', (c) => { c.tools[0]!.cells.e2e.value = 'n/a'; }, { code: 'notApplicableNotOnRow', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e' } }],
    ['a number on a mark row', (c) => { c.tools[0]!.cells.e2e.value = 12; }, { code: 'valueNotOnRow', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e' } }],
    ['a mark on the size row', (c) => { c.tools[0]!.cells.maxParticipants.value = true; }, { code: 'valueNotOnRow', at: { tool: { index: 0, name: 'Alpha' }, row: 'maxParticipants' } }],
    ['a condition on the price row', (c) => { c.tools[0]!.cells.freeTier.conditions = ['paidPlan']; }, { code: 'conditionOnFreeTier', at: { tool: { index: 0, name: 'Alpha' }, row: 'freeTier', field: 'conditions' } }],
    ['a condition on a ✘', (c) => { c.tools[0]!.cells.e2e = { value: false, conditions: ['ownServer'], source: 's1' }; }, { code: 'conditionNotAllowed', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e', field: 'conditions' } }],
    ['a condition twice', (c) => { c.tools[0]!.cells.e2e.conditions = ['paidPlan', 'paidPlan']; }, { code: 'conditionRepeated', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e', field: 'conditions' } }],
    ['a report tool\'s id', (c) => { c.tools[0]!.id = 'zoom'; }, { code: 'reportToolId', at: { tool: { index: 0, name: 'Alpha' }, field: 'id' }, params: { id: 'zoom' } }],
    ['an id twice', (c) => { c.tools[1]!.id = 'alpha'; }, { code: 'duplicateId', at: { tool: { index: 1, name: 'Wire' }, field: 'id' }, params: { id: 'alpha' } }],
    ['an id with capitals', (c) => { c.tools[0]!.id = 'Alpha'; }, { code: 'badId', at: { tool: { index: 0, name: 'Alpha' }, field: 'id' } }],
    ['a website that is not https', (c) => { c.tools[0]!.website = 'http://alpha.example'; }, { code: 'notHttps', at: { tool: { index: 0, name: 'Alpha' }, field: 'website' } }],
    ['a javascript: address', (c) => { c.sources.s1!.url = 'javascript:alert(1)'; }, { code: 'notHttps', at: { source: 's1', field: 'url' } }],
    ['a date that does not exist', (c) => { c.date = '2026-02-30'; }, { code: 'badDate', at: { field: 'date' } }],
    ['a note over 200 characters', (c) => { c.tools[0]!.cells.e2e.note = 'x'.repeat(ownLimits.note + 1); }, { code: 'tooLong', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e', field: 'note' } }],
    ['a missing row', (c) => { delete (c.tools[0]!.cells as Partial<typeof c.tools[0]['cells']>).openSource; }, { code: 'missing', at: { tool: { index: 0, name: 'Alpha' }, row: 'openSource' } }],
    ['an unknown field', (c) => { (c.tools[0] as unknown as Record<string, unknown>).price = 3; }, { code: 'unknownField', at: { tool: { index: 0, name: 'Alpha' }, field: 'price' } }],
    ['a size below 2', (c) => { c.tools[0]!.cells.maxParticipants.value = 1; }, { code: 'wrongType', at: { tool: { index: 0, name: 'Alpha' }, row: 'maxParticipants' } }],
    ['a change to a tool the report does not have', (c) => { c.changes = [{ tool: 'whereby' as 'zoom', row: 'e2e', cell: { value: true, source: 's1' } }]; }, { code: 'notReportTool', at: { change: { index: 0 }, row: 'e2e', field: 'tool' }, params: { id: 'whereby' } }],
    ['the same cell changed twice', (c) => { c.changes = [0, 1].map(() => ({ tool: 'zoom' as const, row: 'e2e' as const, cell: { value: true, source: 's1' } })); }, { code: 'duplicateChange', at: { change: { index: 1 }, row: 'e2e' } }],
    ['too many tools', (c) => { c.tools = Array.from({ length: ownLimits.tools + 1 }, (_, i) => ownTool(`t${i}`)); }, { code: 'tooMany', at: { field: 'tools' } }],
  ])('refuses %s, at its place', (_, change, expected) => {
    expect(problems(edit(change))).toContainEqual(expected);
  });

  it('refuses what is not an own catalog, a newer version, bad JSON and a file over 512 KB, before parsing it', () => {
    expect(parseOwnCatalog('{ "format": "something else" }')).toEqual({ ok: false, problems: [{ code: 'notOwnCatalog', at: {} }] });
    expect(parseOwnCatalog('[1, 2]')).toEqual({ ok: false, problems: [{ code: 'notOwnCatalog', at: {} }] });
    expect(parseOwnCatalog('{ "format": ')).toEqual({ ok: false, problems: [{ code: 'notJson', at: {} }] });
    expect(checkOwnCatalog({ ...ownCatalog(), version: 2 })).toEqual({ ok: false, problems: [{ code: 'newerVersion', at: { field: 'version' }, params: { version: 2 } }] });
    expect(parseOwnCatalog(' '.repeat(ownLimits.bytes + 1))).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
    // Counted in UTF-8 bytes, not characters: 200,000 "é" are 400,000 bytes, under the cap; 300,000 are over it.
    expect(parseOwnCatalog(`"${'é'.repeat(200_000)}"`)).toMatchObject({ ok: false, problems: [{ code: 'notOwnCatalog' }] });
    expect(parseOwnCatalog(`"${'é'.repeat(300_000)}"`)).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
  });

  it('names the rules between fields too when the shape is broken elsewhere, so one round of corrections fixes all', () => {
    const found = problems(edit((c) => { c.tools[1]!.provider = ''; delete c.tools[1]!.cells.e2e.source; c.tools[0]!.cells.e2e.value = 1; }));
    expect(found).toContainEqual({ code: 'empty', at: { tool: { index: 1, name: 'Wire' }, field: 'provider' } });
    expect(found).toContainEqual({ code: 'sourceMissing', at: { tool: { index: 1, name: 'Wire' }, row: 'e2e', field: 'source' } });
    // One message per place: the shape's "not a value this place allows", not also "does not fit this row".
    expect(found.filter((p) => p.at.tool?.index === 0 && p.at.row === 'e2e')).toEqual([{ code: 'wrongType', at: { tool: { index: 0, name: 'Alpha' }, row: 'e2e' } }]);
  });

  it('lists at most 50 problems, each once', () => {
    const c = edit((x) => { for (const t of x.tools) for (const cell of Object.values(t.cells)) delete cell.source; });
    const found = problems(c);
    expect(found).toHaveLength(40);
    expect(new Set(found.map((p) => JSON.stringify(p))).size).toBe(40);
    const many = edit((x) => { x.tools = Array.from({ length: 10 }, (_, i) => ownTool(`t${i}`)); for (const t of x.tools) for (const cell of Object.values(t.cells)) delete cell.source; });
    expect(problems(many)).toHaveLength(50);
  });
});

describe('hostile input', () => {
  /** Every answer is a clear refusal or a catalog that keeps the rules; never an exception or a hang. */
  const clear = (r: ReturnType<typeof checkOwnCatalog>) => {
    if (r.ok) expect(checkOwnCatalog(structuredClone(r.catalog))).toEqual(r);
    else expect(r.problems.length).toBeGreaterThan(0);
  };

  it('ends random JSON in a refusal', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      const r = checkOwnCatalog(json);
      expect(r.ok).toBe(false);
      clear(r);
    }), { numRuns: 300 });
  });

  it('ends any text in a refusal, never an exception', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => clear(parseOwnCatalog(s))), { numRuns: 300 });
  });

  it('ends a valid file with one value swapped for anything in a refusal or a catalog that keeps the rules', () => {
    const base = ownCatalog([ownTool('alpha'), ownTool('beta')], [{ tool: 'zoom', row: 'e2e', cell: { value: true, source: 's1' } }]);
    // Every path of the file, so a mutation can land anywhere.
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
      else if (typeof x === 'object' && x !== null) for (const [k, y] of Object.entries(x)) walk(y, [...path, k]);
    };
    walk(base, []);
    fc.assert(fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.jsonValue(), fc.boolean(), (path, value, remove) => {
      const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      if (remove) delete parent[last];
      else parent[last] = value;
      clear(checkOwnCatalog(copy));
      clear(parseOwnCatalog(JSON.stringify(copy)));
    }), { numRuns: 400 });
  });
});

describe('the saved copy\'s guard', () => {
  it('reads a valid catalog as it is', async () => {
    const { readOwnCatalog } = await import('../../src/catalog/own-guard');
    const good = ownCatalog([ownTool('alpha', { e2e: { value: true, conditions: [{ upToParticipants: 4 }], source: 's2', note: 'Klein.' }, dpa: { value: 'unknown' } })],
      [{ tool: 'zoom', row: 'e2e', cell: { value: false, source: 's1' } }]);
    expect(readOwnCatalog(structuredClone(good))).toEqual({ catalog: good, dropped: 0 });
  });

  it('drops what it cannot trust, tool by tool, and counts it', async () => {
    const { readOwnCatalog } = await import('../../src/catalog/own-guard');
    const bad = ownTool('beta', { e2e: { value: 'n/a', source: 's1' } });
    const noSource = ownTool('gamma', { dpa: { value: true } });
    const c = ownCatalog([ownTool('alpha'), bad, noSource, ownTool('alpha'), ownTool('zoom')],
      [{ tool: 'whereby' as 'zoom', row: 'e2e', cell: { value: true, source: 's1' } }, { tool: 'zoom', row: 'e2e', cell: { value: true, source: 's9' } }]);
    const read = readOwnCatalog(c);
    expect(read?.catalog.tools.map((t) => t.id)).toEqual(['alpha']);
    expect(read?.catalog.changes).toEqual([]);
    expect(read?.dropped).toBe(6);
  });

  it('agrees with the check at the door: whatever it keeps, the door lets in', async () => {
    const { readOwnCatalog } = await import('../../src/catalog/own-guard');
    const base = ownCatalog([ownTool('alpha'), ownTool('beta')], [{ tool: 'zoom', row: 'e2e', cell: { value: true, source: 's1' } }]);
    fc.assert(fc.property(fc.constantFrom('alpha', 'beta'), fc.constantFrom(...(['e2e', 'dpa', 'maxParticipants', 'freeTier', 'controllerLocation'] as const)), fc.jsonValue(), (id, row, value) => {
      const copy = structuredClone(base);
      (copy.tools.find((t) => t.id === id)!.cells[row] as { value: unknown }).value = value;
      const read = readOwnCatalog(copy);
      expect(read).not.toBeNull();
      expect(checkOwnCatalog(read!.catalog).ok).toBe(true);
    }), { numRuns: 300 });
  });

  it('returns null for what is not a saved own catalog', async () => {
    const { readOwnCatalog } = await import('../../src/catalog/own-guard');
    for (const x of [null, 1, 'x', [], {}, { ...ownCatalog(), version: 2 }, { ...ownCatalog(), format: 'other' }, { ...ownCatalog(), title: 3 }]) expect(readOwnCatalog(x)).toBeNull();
  });
});
