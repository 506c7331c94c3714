import { describe, expect, it } from 'vitest';
import nl from '../../src/catalog/examples/european-tools.nl.json';
import en from '../../src/catalog/examples/european-tools.en.json';
import { rowIds } from '../../src/catalog/types';
import { ownLimits, ownNotApplicableRows, type OwnCatalog, type OwnCell } from '../../src/catalog/own';
import { checkOwnCatalog } from '../../src/catalog/schema-own';

/** The built-in example set of an own catalog: five European tools, in Dutch and in English. */

const files = { nl: nl as unknown as OwnCatalog, en: en as unknown as OwnCatalog };
const toolIds = ['whereby', 'nextcloud-talk', 'bigbluebutton', 'wire', 'opentalk'];
const datePattern = /^\d{4}-\d{2}(-\d{2})?$/;
const countryPattern = /^[A-Z]{2}$/;

/** Every cell of a file, with its tool and row. */
const cellsOf = (catalog: OwnCatalog) =>
  catalog.tools.flatMap((tool) => rowIds.map((row) => ({ tool: tool.id, row, cell: tool.cells[row] as OwnCell })));

/** A file without its title and notes: what both languages must share. */
function withoutText(catalog: OwnCatalog): unknown {
  return {
    ...catalog,
    title: '',
    tools: catalog.tools.map((tool) => ({
      ...tool,
      cells: Object.fromEntries(Object.entries(tool.cells).map(([row, cell]) => {
        const rest: OwnCell = { ...cell };
        delete rest.note;
        return [row, rest];
      })),
    })),
  };
}

describe.each(Object.entries(files))('the example set (%s)', (_lang, catalog) => {
  it('passes the check at the door, as any file a consultant imports', () => {
    expect(checkOwnCatalog(structuredClone(catalog))).toEqual({ ok: true, catalog });
  });

  it('names the format, version, publisher and date', () => {
    expect(catalog.format).toBe('videobelwijzer-tools');
    expect(catalog.version).toBe(1);
    expect(catalog.publisher).toBe('Videobelwijzer');
    expect(catalog.date).toBe('2026-12');
    expect(catalog.changes).toEqual([]);
  });

  it('holds the five tools, each with all twenty rows and no others', () => {
    expect(catalog.tools.map((t) => t.id)).toEqual(toolIds);
    for (const tool of catalog.tools) expect(Object.keys(tool.cells).sort()).toEqual([...rowIds].sort());
  });

  it('cites a source of its own for every cell that is not unknown', () => {
    for (const { tool, row, cell } of cellsOf(catalog)) {
      if (cell.value !== 'unknown') expect(cell.source, `${tool}.${row}`).toBeDefined();
      if (cell.source !== undefined) expect(Object.keys(catalog.sources), `${tool}.${row}`).toContain(cell.source);
    }
  });

  it('keeps every note within the limit', () => {
    for (const { tool, row, cell } of cellsOf(catalog)) {
      if (cell.note !== undefined) expect(cell.note.length, `${tool}.${row}`).toBeLessThanOrEqual(ownLimits.note);
    }
  });

  it('holds only the values each row allows', () => {
    for (const { tool, row, cell } of cellsOf(catalog)) {
      const where = `${tool}.${row}`;
      const { value } = cell;
      if (value === 'n/a') expect(ownNotApplicableRows, where).toContain(row);
      if (row === 'maxParticipants') {
        expect(value === 'unknown' || (typeof value === 'number' && Number.isInteger(value) && value >= 2), where).toBe(true);
      } else if (row === 'controllerLocation') {
        expect(value === 'n/a' || value === 'unknown' || (typeof value === 'string' && countryPattern.test(value)), where).toBe(true);
      } else {
        expect([true, false, 'n/a', 'unknown'], where).toContain(value);
      }
    }
  });

  it('puts conditions only on a yes, a n/a or a number, and never on the free tier', () => {
    for (const { tool, row, cell } of cellsOf(catalog)) {
      if (!cell.conditions) continue;
      const where = `${tool}.${row}`;
      expect(cell.conditions.length, where).toBeGreaterThan(0);
      expect(row, where).not.toBe('freeTier');
      expect(cell.value === true || cell.value === 'n/a' || typeof cell.value === 'number', where).toBe(true);
      for (const c of cell.conditions) {
        if (typeof c === 'string') expect(['paidPlan', 'ownServer', 'browserOnly'], where).toContain(c);
        else expect(Number.isInteger(c.upToParticipants) && c.upToParticipants >= 2, where).toBe(true);
      }
    }
  });

  it('gives https addresses and dates in the file format', () => {
    for (const [key, source] of Object.entries(catalog.sources)) {
      expect(source.publisher.length, key).toBeGreaterThan(0);
      expect(source.title.length, key).toBeGreaterThan(0);
      if (source.url !== undefined) expect(source.url.startsWith('https://'), key).toBe(true);
      if (source.date !== undefined) expect(source.date, key).toMatch(datePattern);
    }
    for (const tool of catalog.tools) {
      if (tool.website !== undefined) expect(tool.website.startsWith('https://'), tool.id).toBe(true);
    }
    expect(catalog.date).toMatch(datePattern);
  });
});

describe('the example set in both languages', () => {
  it('has its own title in each language', () => {
    expect(files.nl.title).toBe('Voorbeeldset: vijf Europese tools');
    expect(files.en.title).toBe('Example set: five European tools');
  });

  it('says the same in both, apart from the title and the notes', () => {
    expect(withoutText(files.nl)).toEqual(withoutText(files.en));
  });

  it('has notes on the same cells in both', () => {
    const noted = (catalog: OwnCatalog) => cellsOf(catalog).filter(({ cell }) => cell.note !== undefined).map(({ tool, row }) => `${tool}.${row}`);
    expect(noted(files.nl)).toEqual(noted(files.en));
    expect(noted(files.nl).length).toBeGreaterThan(0);
  });
});
