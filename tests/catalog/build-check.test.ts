// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import json from '../../src/catalog/report-2020.json';
import textJson from '../../src/catalog/report-2020-text.json';
import updatesJson from '../../src/catalog/updates.json';
import { checkCatalog } from '../../vite.config';

/** Runs the build's catalog check on a file, as `vite build` does, and returns what it reports. */
function check(content: unknown, prose: unknown = textJson, changes: unknown = updatesJson): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  const report = join(dir, 'report.json');
  const text = join(dir, 'text.json');
  const updates = join(dir, 'updates.json');
  writeFileSync(report, JSON.stringify(content));
  writeFileSync(text, JSON.stringify(prose));
  writeFileSync(updates, JSON.stringify(changes));
  const plugin = checkCatalog({ report: pathToFileURL(report), text: pathToFileURL(text), updates: pathToFileURL(updates) });
  const context = { error: (message: string) => { throw new Error(message); } };
  try {
    (plugin.buildStart as (this: typeof context) => void).call(context);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the build checks the catalog', () => {
  it('passes the real file', () => {
    expect(check(json)).toBeNull();
  });

  it('fails on a bad file and names the wrong path', () => {
    const bad = structuredClone(json) as { tools: { cells: { e2e: { value: unknown } } }[] };
    bad.tools[3]!.cells.e2e.value = 'maybe';
    expect(check(bad)).toMatch(/report\.json with .*text\.json: The catalog is not valid .*\ntools\[3\]\.cells\.e2e\.value: /s);
  });

  it('fails on a bad text file and names the wrong path', () => {
    const bad = structuredClone(textJson) as { tools: { facts: { topic: string }[] }[] };
    bad.tools[0]!.facts[0]!.topic = 'gossip';
    expect(check(json, bad)).toMatch(/tools\[0\]\.facts\[0\]\.topic: /);
  });

  it('fails on a bad updates file and names the wrong path', () => {
    const bad = structuredClone(updatesJson) as { updates: { date: string }[] };
    bad.updates[2]!.date = '2021-02-30';
    expect(check(json, textJson, bad)).toMatch(/updates\.json: The updates is not valid .*\nupdates\[2\]\.date: /s);
  });

  it('fails when an update cites a footnote the report does not have', () => {
    const bad = structuredClone(updatesJson) as { updates: { id: string; cell?: { footnotes?: number[] } }[] };
    const meet = bad.updates.find((u) => u.id === 'googleMeetClientSideEncryption')!;
    meet.cell!.footnotes = [9];
    expect(check(json, textJson, bad)).toMatch(/updates\.json: .*\nupdates\[\d+\]\.cell\.footnotes\[0\]: expected a footnote number/s);
  });
});
