import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellChanges, currentCatalog, reportCatalog } from '../../src/catalog';
import { rank } from '../../src/scoring';
import { places } from '../../src/scoring/standing';
import type { Catalog, DataSet } from '../../src/catalog/types';
import type { Answers } from '../../src/scoring/types';
import { clientFile, clientFileName, clientFileText, maxClientFileBytes, type ClientFileInput } from '../../src/share/client-file';
import { parseClientFile } from '../../src/share/client-schema';
import { anyAnswers } from '../scoring/helpers';
import { ownCatalog, ownTool } from '../fixtures/own';
import { secureLargeCompany, selfHoster } from '../fixtures/answers';

const catalogs: Record<DataSet, Catalog> = { report: reportCatalog, current: currentCatalog };

/** The input the results page gives: the ranking of the answers on the chosen data. */
function input(answers: Answers, over: Partial<ClientFileInput['state']> = {}, ownTools = [] as ClientFileInput['ownTools']): ClientFileInput {
  const state = { answers, sensitivity: null, dataSet: 'report' as DataSet, choice: null, client: { name: 'Huisartsenpraktijk Jansen', notes: 'Vertrouwelijk.' }, ...over };
  const results = rank(catalogs[state.dataSet], answers);
  const at = places(results);
  return {
    state, lang: 'nl', about: 'Vastlegging.', appVersion: '0.1.0', exportedAt: '2026-12-07T10:00:00.000Z', latestChange: '2025-10-31',
    changes: cellChanges, results, top: results.filter((_, i) => at[i] === 1), ownTools,
  };
}

describe('the client\'s file', () => {
  it('holds the answers, the client, the top group and its verdicts as codes, and what the advice rests on', () => {
    const file = clientFile(input(secureLargeCompany));
    const top = rank(reportCatalog, secureLargeCompany).filter((r) => r.eligible).slice(0, 1);
    expect(file).toMatchObject({
      format: 'videobelwijzer-client', version: 1, app: { name: 'Videobelwijzer', version: '0.1.0' }, exportedAt: '2026-12-07T10:00:00.000Z',
      client: { name: 'Huisartsenpraktijk Jansen', notes: 'Vertrouwelijk.' }, answers: secureLargeCompany, dataSet: { id: 'report', date: '2020' },
      basis: { report: { publisher: 'Grant Thornton', year: 2020 }, changes: [] },
    });
    expect(file.ranking.topGroup[0]).toBe(top[0]!.toolId);
    expect(file.ranking.verdictsOf).toEqual(file.ranking.topGroup);
    const codes = file.ranking.verdicts[file.ranking.topGroup[0]!]!;
    expect(codes.length).toBe(top[0]!.verdicts.length);
    for (const code of codes) expect(code).toMatchObject({ criterion: expect.any(String), status: expect.any(String), reason: expect.any(String) });
    expect(codes.some((c) => c.source === 'report:table')).toBe(true);
  });

  it('gives the marked tool\'s verdicts when one is marked, and lists each change with its date on current data', () => {
    const file = clientFile(input(selfHoster, { choice: 'jitsi', dataSet: 'current' }));
    expect(file.ranking.verdictsOf).toEqual(['jitsi']);
    expect(file.dataSet).toEqual({ id: 'current', date: '2025-10-31' });
    expect(file.basis.changes).toHaveLength(cellChanges.length);
    for (const change of file.basis.changes) expect(change.date).toMatch(/^\d{4}-\d\d/);
  });

  it('is named from the client and the day', () => {
    expect(clientFileName('Huisartsenpraktijk Jansen', '2026-12-07T10:00:00.000Z')).toBe('videobelwijzer-huisartsenpraktijk-jansen-2026-12-07.json');
    expect(clientFileName('Café Über & Co', '2026-12-07T10:00:00.000Z')).toBe('videobelwijzer-cafe-uber-co-2026-12-07.json');
    expect(clientFileName('', '2026-12-07T10:00:00.000Z')).toBe('videobelwijzer-2026-12-07.json');
  });

  it('reads back what it wrote, for any answers, with the own tools it used', () => {
    const own = ownCatalog([ownTool('wire')]);
    fc.assert(
      fc.property(anyAnswers(1000), fc.constantFrom<DataSet>('report', 'current'), (answers, dataSet) => {
        const parsed = parseClientFile(clientFileText(clientFile(input(answers, { dataSet, sensitivity: 'special' }, [own]))));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toMatchObject({ lang: 'nl', dataSet, sensitivity: 'special', choice: null, client: { name: 'Huisartsenpraktijk Jansen' }, exportedAt: '2026-12-07T10:00:00.000Z' });
        expect(parsed.value.answers).toEqual({ ...answers, importance: Object.fromEntries(Object.entries(answers.importance).filter(([, l]) => l !== 'ignore')) });
        expect(parsed.value.ownTools).toEqual([own]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a client\'s file at the door', () => {
  const good = clientFile(input(secureLargeCompany));
  const text = (value: unknown) => JSON.stringify(value);

  it.each([
    ['too large', 'x'.repeat(maxClientFileBytes + 1), 'tooLarge'],
    ['not JSON', '{"format": ', 'notJson'],
    ['another format', text({ format: 'videobelwijzer-tools', version: 1 }), 'notClientFile'],
    ['a newer version', text({ ...good, version: 2 }), 'newerVersion'],
  ])('refuses a file that is %s', (_name, input, problem) => {
    expect(parseClientFile(input)).toEqual({ ok: false, problem });
  });

  it('refuses a bad value and says where it is', () => {
    expect(parseClientFile(text({ ...good, answers: { ...good.answers, participants: 0 } }))).toEqual({ ok: false, problem: 'invalid', at: 'answers.participants' });
    expect(parseClientFile(text({ ...good, client: { name: 'x'.repeat(101), notes: '' } }))).toEqual({ ok: false, problem: 'invalid', at: 'client.name' });
    expect(parseClientFile(text({ ...good, choice: '<script>' }))).toEqual({ ok: false, problem: 'invalid', at: 'choice' });
  });

  it('refuses own tools that do not pass their own check', () => {
    expect(parseClientFile(text({ ...good, ownTools: [{ format: 'videobelwijzer-tools' }] }))).toEqual({ ok: false, problem: 'ownTools', at: 'ownTools.0' });
  });
});
