import { describe, expect, it } from 'vitest';
import { copyOf, idFor, ownFileName } from '../../src/own-tools/own-file';
import { ownTool } from '../fixtures/own';

describe('own files and ids', () => {
  it('names an export from the list\'s title and date', () => {
    expect(ownFileName({ title: 'Europese alternatieven', date: '2026-12-01' })).toBe('europese-alternatieven-2026-12-01.json');
    expect(ownFileName({ title: 'Café Überall – ß', date: '2026-12' })).toBe('cafe-uberall-2026-12.json');
    expect(ownFileName({ title: '???', date: '2026-12' })).toBe('eigen-tools-2026-12.json');
  });

  it('makes an id from a name that neither the list nor the report uses', () => {
    expect(idFor('Jitsi as a Service', [])).toBe('jitsi-as-a-service');
    expect(idFor('Jitsi as a Service', ['jitsi-as-a-service'])).toBe('jitsi-as-a-service-2');
    // The report's own ids are never taken, whatever the name.
    expect(idFor('Zoom', [])).toBe('zoom-2');
    expect(idFor('!!!', [])).toBe('tool');
  });

  it('copies a tool under the next free id, its cells a copy of their own', () => {
    const wire = ownTool('wire');
    const copy = copyOf(wire, ['wire', 'wire-2'], 'Wire (kopie)');
    expect([copy.id, copy.name]).toEqual(['wire-3', 'Wire (kopie)']);
    expect(copy.cells).toEqual(wire.cells);
    expect(copy.cells).not.toBe(wire.cells);
  });
});
