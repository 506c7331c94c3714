import { describe, expect, it } from 'vitest';
import { getTool, reportCatalog, rowIds, toolIds } from '../../src/catalog';
import type { Cell, FootnoteId, RowId, ToolId } from '../../src/catalog';
import tsv from '../fixtures/report-table.tsv?raw';
import reportText from '../../src/catalog/report-2020.json?raw';

/** The report's table as printed: a header line, then 20 rows of marks (tests/fixtures/report-table.tsv). */
const [header = '', ...body] = tsv.trimEnd().split('\n');

/** The report's column headings, in order, and the tool each one is. */
const columns: [string, ToolId][] = [
  ['Teams', 'teams'], ['Lifesize', 'lifesize'], ['Google Meet', 'google-meet'], ['Zoom', 'zoom'], ['Jitsi', 'jitsi'],
  ['Cisco WebEx', 'webex'], ['Slack', 'slack'], ['GoTo-meeting', 'gotomeeting'], ['Signal', 'signal'],
  ['Skype for business', 'skype-for-business'],
];

/** The report's row labels, in order, and the row each one is. */
const labels: [string, RowId][] = [
  ['[Groeps]chat', 'groupChat'],
  ['1-op-1 gesprekken (audio/video)', 'oneToOneCalls'],
  ['Groepsgesprekken (audio/video)', 'groupCalls'],
  ['Zelf opzetten en beheren', 'selfHosting'],
  ['Deelname zonder account', 'joinWithoutAccount'],
  ['Gebruik in browser', 'browser'],
  ['Gebruik op verschillende platformen', 'multiPlatform'],
  ['Maximaal aantal deelnemers per gesprek', 'maxParticipants'],
  ['Locatie gegevens', 'storesLocation'],
  ['Gespreksgegevens', 'storesCallData'],
  ['Metadata (gegevens over de gesprekken)', 'storesMetadata'],
  ['Verwerkersovereenkomst mogelijk', 'dpa'],
  ['Verstrekking van gegevens aan derde partijen', 'thirdPartySharing'],
  ['Locatie verwerkings-verantwoordelijke', 'controllerLocation'],
  ['Gegevens blijven binnen Nederland/EU', 'dataInEU'],
  ['End-to-end-versleuteling (aanbieder kan niet bij inhoud)', 'e2e'],
  ['Versleuteling van verkeer onderweg (aanbieder kan wel bij inhoud, derden niet)', 'transitEncryption'],
  ['Iedereen kan de broncode controleren (open source)', 'openSource'],
  ['Abonnement', 'subscription'],
  ['Gratis versie/demo', 'freeTier'],
];

const superscripts: Record<string, FootnoteId> = { '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6 };

/** Reads one printed mark into a cell: ✔ ✘ n.v.t. VS "Zomer 2020" 250+ and superscript footnotes. */
function parseMark(mark: string): Cell {
  const footnotes = [...mark].flatMap((ch) => (ch in superscripts ? [superscripts[ch] as FootnoteId] : []));
  const bare = [...mark].filter((ch) => !(ch in superscripts)).join('').trim();
  const cell: Cell = { value: bare };
  if (bare === '✔') cell.value = true;
  else if (bare === '✘') cell.value = false;
  else if (bare === 'n.v.t.') cell.value = 'n/a';
  else if (bare === 'VS') cell.value = 'US';
  else if (bare === 'Zomer 2020') Object.assign(cell, { value: 'planned', note: 'Zomer 2020' });
  else if (/^\d+\+$/.test(bare)) Object.assign(cell, { value: Number(bare.slice(0, -1)), orMore: true });
  else if (/^\d+$/.test(bare)) cell.value = Number(bare);
  else throw new Error(`Unknown mark in the fixture: ${JSON.stringify(mark)}`);
  if (footnotes.length > 0) cell.footnotes = footnotes;
  return cell;
}

const printed = body.map((line) => {
  const [label = '', ...marks] = line.split('\t');
  return { label, marks };
});

describe('the report table fixture', () => {
  it('has the report\'s 10 columns, in order', () => {
    expect(header.split('\t').slice(1)).toEqual(columns.map(([name]) => name));
    expect(columns.map(([, id]) => id)).toEqual([...toolIds]);
  });

  it('has the report\'s 20 row labels, mapping 1:1 in order to the row ids', () => {
    expect(printed.map((row) => row.label)).toEqual(labels.map(([label]) => label));
    expect(labels.map(([, id]) => id)).toEqual([...rowIds]);
    // The file's own list of rows (checked against rowIds by the schema); the app's bundle leaves it out.
    expect((JSON.parse(reportText) as { rows: { id: string }[] }).rows.map((row) => row.id)).toEqual([...rowIds]);
  });

  it('has 10 marks on every row', () => {
    for (const row of printed) expect(row.marks).toHaveLength(10);
  });
});

const expected = printed.flatMap(({ marks }, r) =>
  columns.map(([, tool], c) => [tool, labels[r]?.[1] as RowId, parseMark(marks[c] ?? '')] as const));

describe('every cell of the catalog matches the printed table', () => {
  it('covers all 10 × 20 = 200 cells', () => {
    expect(expected).toHaveLength(200);
  });

  it.each(expected)('%s · %s', (tool, row, cell) => {
    expect(getTool(reportCatalog, tool).cells[row]).toEqual(cell);
  });
});

describe('parseMark', () => {
  it.each([
    ['✔', { value: true }],
    ['✘', { value: false }],
    ['n.v.t.', { value: 'n/a' }],
    ['VS', { value: 'US' }],
    ['Zomer 2020', { value: 'planned', note: 'Zomer 2020' }],
    ['250+', { value: 250, orMore: true }],
    ['1000', { value: 1000 }],
    ['✔ ⁴', { value: true, footnotes: [4] }],
  ])('reads %s', (mark, cell) => {
    expect(parseMark(mark)).toEqual(cell);
  });

  it('rejects an unknown mark', () => {
    expect(() => parseMark('?')).toThrow(/Unknown mark/);
  });
});
