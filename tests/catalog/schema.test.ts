import { describe, expect, it } from 'vitest';
import tableJson from '../../src/catalog/report-2020.json';
import { fullJson as json } from './full';
import { CatalogError, formatPath, isIsoDate, parseCatalog } from '../../src/catalog/schema';
import { reportCatalog } from '../../src/catalog';

// The file is edited freely in these tests, so it is typed loosely here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Parses a mutated copy of the real file and returns its problems ([] when it is valid). */
function problemsOf(mutate: (file: Json) => void): readonly string[] {
  const file: Json = structuredClone(json);
  mutate(file);
  try {
    parseCatalog(file);
    return [];
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
}

const CELL_VALUE = 'expected true, false, "n/a", "planned", a number or a country code';
const ORDER = (id: string) => `expected "${id}" (the report's 10 tools, each once, in its column order)`;

describe('parseCatalog', () => {
  it('accepts the real catalog and returns it unchanged', () => {
    expect(parseCatalog(structuredClone(json))).toEqual(json);
    // The app's catalog is the table's file as it is; the facts and notes load apart.
    expect(reportCatalog).toEqual(tableJson);
  });

  it.each<[string, (f: Json) => void, string[]]>([
    ['a bad e2e value on tools[3]', (f) => { f.tools[3].cells.e2e.value = 'maybe'; },
      [`tools[3].cells.e2e.value: ${CELL_VALUE}`]],
    ['a lower-case country code', (f) => { f.tools[0].cells.controllerLocation.value = 'us'; },
      [`tools[0].cells.controllerLocation.value: ${CELL_VALUE}`]],
    ['a value that does not fit its row', (f) => { f.tools[0].cells.e2e.value = 40; },
      ['tools[0].cells.e2e.value: expected true, false, "n/a" or "planned" on this row']],
    ['a country where a number belongs', (f) => { f.tools[0].cells.maxParticipants.value = 'NL'; },
      ['tools[0].cells.maxParticipants.value: expected a number of participants on this row']],
    ['a mark where a country belongs', (f) => { f.tools[0].cells.controllerLocation.value = true; },
      ['tools[0].cells.controllerLocation.value: expected a country code or "n/a" on this row']],
    ['a participant limit that is not whole', (f) => { f.tools[1].cells.maxParticipants.value = 2.5; },
      ['tools[1].cells.maxParticipants.value: expected a number of participants as a whole number']],
    ['a participant limit below 2', (f) => { f.tools[1].cells.maxParticipants.value = 1; },
      ['tools[1].cells.maxParticipants.value: expected a number of participants of 2 or more']],
    ['a missing cell', (f) => { delete f.tools[2].cells.e2e; },
      ['tools[2].cells.e2e: missing in the 20 cells of the report\'s rows']],
    ['an unknown cell', (f) => { f.tools[2].cells.video = { value: true }; },
      ['tools[2].cells.video: unknown field, not part of the 20 cells of the report\'s rows']],
    ['an unknown footnote 7', (f) => { f.tools[0].cells.thirdPartySharing.footnotes = [7]; },
      ['tools[0].cells.thirdPartySharing.footnotes[0]: expected a footnote number from 1 to 6']],
    ['a footnote that is not defined in footnotes', (f) => { f.footnotes.splice(3, 1); },
      ['tools[5].cells.dataInEU.footnotes[0]: footnote 4 is not defined in footnotes',
        'tools[6].cells.dataInEU.footnotes[0]: footnote 4 is not defined in footnotes']],
    ['footnotes out of order', (f) => { f.tools[0].cells.e2e.footnotes = [3, 1]; },
      ['tools[0].cells.e2e.footnotes: expected footnotes in ascending order, each once']],
    ['an empty footnote list', (f) => { f.tools[0].cells.e2e.footnotes = []; },
      ['tools[0].cells.e2e.footnotes: expected at least one footnote, or no list']],
    ['footnote definitions out of order', (f) => { f.footnotes[1].id = 1; },
      ['footnotes[1].id: expected footnotes in ascending order, each once',
        'tools[3].cells.multiPlatform.footnotes[0]: footnote 2 is not defined in footnotes']],
    ['an unknown footnote condition', (f) => { f.footnotes[0].condition = { type: 'sometimes' }; },
      ['footnotes[0].condition.type: expected a condition type: explanation, browserOnly, ownServer, paidPlan, freeLocationUncertain or noVideoInFreeTier']],
    ['tools in the wrong order', (f) => { [f.tools[0], f.tools[1]] = [f.tools[1], f.tools[0]]; },
      expect.arrayContaining([`tools[0].id: ${ORDER('teams')}`, `tools[1].id: ${ORDER('lifesize')}`])],
    ['a duplicate tool id', (f) => { f.tools[1].id = 'teams'; },
      [`tools[1].id: ${ORDER('lifesize')}`]],
    ['a missing tool', (f) => { f.tools.pop(); },
      ['tools[9]: expected a tool']],
    ['an extra tool', (f) => { f.tools.push(structuredClone(f.tools[0])); },
      ['tools[10]: expected no more than 10 tools']],
    ['a missing row', (f) => { f.rows.pop(); },
      ['rows[19]: expected a row']],
    ['an extra row', (f) => { f.rows.push({ id: 'video', group: 'features' }); },
      ['rows[20]: expected no more than 20 rows']],
    ['a cell that is no object', (f) => { f.tools[0].cells.e2e = true; },
      ['tools[0].cells.e2e: expected a cell']],
    ['a fact that is no object', (f) => { f.tools[0].facts[0] = 'login'; },
      ['tools[0].facts[0]: expected a fact']],
    ['footnotes and tools that are no lists', (f) => { f.footnotes = 'none'; f.tools = {}; },
      ['footnotes: expected a list of footnotes', 'tools: expected a list of the 10 tools']],
    ['a param that is neither text nor number', (f) => { f.tools[1].facts[2].params.days = true; },
      ['tools[1].facts[2].params.days: expected text or a number']],
    ['rows in the wrong order', (f) => { [f.rows[0], f.rows[1]] = [f.rows[1], f.rows[0]]; },
      ['rows[0].id: expected "groupChat" (the report\'s rows, in its order)',
        'rows[1].id: expected "oneToOneCalls" (the report\'s rows, in its order)']],
    ['a row in the wrong group', (f) => { f.rows[19].group = 'features'; },
      ['rows[19].group: expected "pricing"']],
    ['orMore on a boolean', (f) => { f.tools[0].cells.groupChat.orMore = true; },
      ['tools[0].cells.groupChat.orMore: only allowed on a number']],
    ['a planned cell without a note', (f) => { delete f.tools[3].cells.e2e.note; },
      ['tools[3].cells.e2e.value: a "planned" cell needs a note saying when']],
    ['a note on a cell that is not planned', (f) => { f.tools[0].cells.e2e.note = 'Zomer 2020'; },
      ['tools[0].cells.e2e.note: only allowed on a "planned" cell']],
    ['an unknown planned note', (f) => { f.tools[3].cells.e2e.note = 'Ooit'; },
      ['tools[3].cells.e2e.note: expected one of "Zomer 2020" (see plannedWhenKeys)']],
    ['a bad ISO date (end of support)', (f) => { f.tools[9].endOfSupport.date = '2021-02-30'; },
      ['tools[9].endOfSupport.date: expected a real date as YYYY-MM-DD']],
    ['a bad ISO date (fact param)', (f) => { f.tools[2].facts[9].params.date = '30-09-2020'; },
      ['tools[2].facts[9].params.date: expected a real date as YYYY-MM-DD']],
    ['a date in another param', (f) => { f.tools[2].facts[9].params.until = '2020-09-30'; },
      ['tools[2].facts[9].params.until: a date belongs in the param "date"']],
    ['a duplicate fact id', (f) => { f.tools[0].facts[1].id = f.tools[0].facts[0].id; },
      ['tools[0].facts[1].id: duplicate fact id "microsoftAccount"']],
    ['a duplicate note id', (f) => { f.tools[5].notes[1].id = f.tools[5].notes[0].id; },
      ['tools[5].notes[1].id: duplicate note id "e2eNotInPlans"']],
    ['a duplicate plan id', (f) => { f.tools[7].plans[1].id = 'professional'; },
      ['tools[7].plans[1].id: duplicate plan id "professional"']],
    ['a plan whose max is below its min', (f) => { f.tools[7].plans[1].maxParticipants = 100; },
      ['tools[7].plans[1].maxParticipants: expected maxParticipants >= minParticipants']],
    ['an unknown fact topic', (f) => { f.tools[0].facts[0].topic = 'gossip'; },
      ['tools[0].facts[0].topic: expected login, data, gdpr, plans, support or tip']],
    ['a fact id that is no camelCase key', (f) => { f.tools[0].facts[0].id = 'my.fact'; },
      ['tools[0].facts[0].id: expected a camelCase id (letters and digits)']],
    ['a section in another tool\'s chapter', (f) => { f.tools[3].facts[0].section = 'Hoe veilig is Slack? › Manier van inloggen?'; },
      ['tools[3].facts[0].section: expected "Hoe veilig is Zoom?" or "Hoe veilig is Zoom? › <a sub-heading of that chapter>"']],
    ['a section with an unknown sub-heading', (f) => { f.tools[3].notes[0].section = 'Hoe veilig is Zoom? › Prijzen'; },
      ['tools[3].notes[0].section: expected "Hoe veilig is Zoom?" or "Hoe veilig is Zoom? › <a sub-heading of that chapter>"']],
    ['a note without rows', (f) => { f.tools[3].notes[0].rows = []; },
      ['tools[3].notes[0].rows: expected at least one row']],
    ['a note naming a row twice', (f) => { f.tools[3].notes[0].rows = ['e2e', 'e2e']; },
      ['tools[3].notes[0].rows: expected each row once']],
    ['a note naming an unknown row', (f) => { f.tools[3].notes[0].rows = ['video']; },
      ['tools[3].notes[0].rows[0]: expected a row id of the report\'s table']],
    ['free-tier details on a tool without a free tier', (f) => { f.tools[1].cells.freeTier.value = false; },
      ['tools[1].freeTier: a free tier needs true on the table\'s freeTier row']],
    ['a bad free-tier date', (f) => { f.tools[7].freeTier.until = '2020-13-01'; },
      ['tools[7].freeTier.until: expected a real date as YYYY-MM-DD']],
    ['an unknown field on the source', (f) => { f.source.author = 'Someone'; },
      ['source.author: unknown field, not part of the source']],
    ['technical testing claimed', (f) => { f.source.disclaimer.technicalTesting = true; },
      ['source.disclaimer.technicalTesting: expected false: the report did no technical testing']],
    ['an empty tool name', (f) => { f.tools[0].name = ''; },
      ['tools[0].name: expected a name, not empty']],
  ])('rejects %s', (_, mutate, problems) => {
    expect(problemsOf(mutate)).toEqual(problems);
  });

  it('lists several errors at once, one line per wrong path', () => {
    const mutate = (f: Json) => {
      f.tools[3].cells.e2e.value = 'maybe';
      delete f.tools[2].cells.browser;
      f.tools[0].cells.groupChat.orMore = true;
      f.tools[0].facts[1].id = f.tools[0].facts[0].id;
      f.tools[9].endOfSupport.date = '2021-7-31';
      f.footnotes.splice(3, 1);
    };
    const expected = [
      'tools[0].cells.groupChat.orMore: only allowed on a number',
      'tools[0].facts[1].id: duplicate fact id "microsoftAccount"',
      'tools[2].cells.browser: missing in the 20 cells of the report\'s rows',
      `tools[3].cells.e2e.value: ${CELL_VALUE}`,
      'tools[5].cells.dataInEU.footnotes[0]: footnote 4 is not defined in footnotes',
      'tools[6].cells.dataInEU.footnotes[0]: footnote 4 is not defined in footnotes',
      'tools[9].endOfSupport.date: expected a real date as YYYY-MM-DD',
    ];
    expect([...problemsOf(mutate)].sort()).toEqual(expected);

    const file: Json = structuredClone(json);
    mutate(file);
    expect(() => parseCatalog(file)).toThrow(CatalogError);
    expect(() => parseCatalog(file)).toThrow(`The catalog is not valid (7 problems):\n`);
  });

  it.each([
    ['nothing', undefined, '(catalog): expected the catalog'],
    ['a string', 'catalog', '(catalog): expected the catalog'],
    ['an empty object', {}, 'source: missing in the catalog'],
  ])('rejects %s with a readable first line', (_, input, first) => {
    expect(() => parseCatalog(input)).toThrow(CatalogError);
    try { parseCatalog(input); } catch (error) {
      expect((error as CatalogError).problems[0]).toBe(first);
    }
  });

  it('names a single problem in the singular', () => {
    const file: Json = structuredClone(json);
    file.tools[0].name = '';
    expect(() => parseCatalog(file)).toThrow('The catalog is not valid (1 problem):\ntools[0].name: expected a name, not empty');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2021-07-31', true], ['2020-02-29', true], ['2000-02-29', true],
    ['2021-02-29', false], ['1900-02-29', false], ['2021-04-31', false], ['2021-13-01', false],
    ['2021-00-10', false], ['2021-01-00', false], ['2021-7-31', false], ['31-07-2021', false], ['', false],
  ])('%s is %s', (date, valid) => {
    expect(isIsoDate(date)).toBe(valid);
  });
});

describe('formatPath', () => {
  it.each([
    [undefined, '(catalog)'],
    [[], '(catalog)'],
    [[{ key: 'tools' }, { key: 3 }, { key: 'cells' }, { key: 'e2e' }], 'tools[3].cells.e2e'],
    [[{ key: 'footnotes' }, { key: 0 }, { key: 'id' }], 'footnotes[0].id'],
  ])('writes %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
