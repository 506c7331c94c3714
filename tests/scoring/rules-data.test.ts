import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { euCountries, rank } from '../../src/scoring';
import type { Budget, Hosting, VerdictStatus } from '../../src/scoring';
import { answers, catalogWith, variant, verdictOf } from './helpers';

const allTools = reportCatalog.tools.map((t) => t.id);
const others = (...except: string[]) => allTools.filter((id) => !except.includes(id));

describe('transit encryption (implied by end-to-end encryption)', () => {
  it.each<[string, Hosting, Budget, VerdictStatus, string, number[]]>([
    ['signal', 'either', 'paid-ok', 'met', 'impliedByE2e', []],
    ['gotomeeting', 'either', 'paid-ok', 'met', 'impliedByE2e', []],
    ['teams', 'either', 'paid-ok', 'met', 'supported', []],
    ['zoom', 'either', 'paid-ok', 'met', 'supported', []],
    ['jitsi', 'either', 'paid-ok', 'conditional', 'ownServerConfig', [3]],
    ['jitsi', 'cloud', 'paid-ok', 'unmet', 'ownServerRequired', [3]],
    ['webex', 'either', 'free-only', 'unknown', 'locationUncertainFreeOnly', [5]],
  ])('%s (hosting %s, %s) is %s (%s)', (tool, hosting, budget, status, reason, footnotes) => {
    expect(verdictOf(tool, 'transitEncryption', answers({ hosting, budget }))).toMatchObject({ status, reason, footnotes });
  });

  it.each([
    ['neither row ✔', false, false, 'unmet', 'notSupported'],
    ['transit planned', 'planned', false, 'unknown', 'planned'],
    ['transit cut off by the cloud, e2e plain ✔', true, true, 'met', 'impliedByE2e'],
  ] as const)('synthetic: %s', (_, transit, e2e, status, reason) => {
    const tool = variant('teams', (t) => {
      t.cells.transitEncryption = transit === true ? { value: true, footnotes: [3] } : { value: transit };
      t.cells.e2e = { value: e2e };
    }, 'x');
    expect(verdictOf('x', 'transitEncryption', answers({ hosting: 'cloud' }), catalogWith([tool]))).toMatchObject({ status, reason });
  });
});

describe('controller in the EU', () => {
  it.each(others('jitsi'))('%s: controller in the US, unmet', (tool) => {
    expect(verdictOf(tool, 'euController', answers())).toMatchObject({
      status: 'unmet', reason: 'controllerOutsideEU', params: { country: 'US' },
    });
  });
  it('jitsi: no controller (n.v.t.), met', () => {
    expect(verdictOf('jitsi', 'euController', answers())).toMatchObject({ status: 'met', reason: 'notApplicable' });
  });
  it.each([
    ['NL', 'met', 'controllerInEU'],
    ['NO', 'met', 'controllerInEU'],
    ['CH', 'unmet', 'controllerOutsideEU'],
    ['GB', 'unmet', 'controllerOutsideEU'],
  ])('synthetic controller in %s is %s', (country, status, reason) => {
    const tool = variant('teams', (t) => (t.cells.controllerLocation = { value: country }), 'x');
    expect(verdictOf('x', 'euController', answers(), catalogWith([tool]))).toMatchObject({ status, reason, params: { country } });
  });
  it('lists the 27 EU countries (Greece also as EL) and Iceland, Liechtenstein and Norway', () => {
    expect(euCountries.size).toBe(31);
  });
});

describe('data minimisation', () => {
  it.each(['jitsi', 'signal'])('%s stores nothing', (tool) => {
    expect(verdictOf(tool, 'dataMinimisation', answers())).toMatchObject({ status: 'met', reason: 'storesNothing' });
  });
  it.each(others('jitsi', 'signal'))('%s stores location, call data and metadata', (tool) => {
    expect(verdictOf(tool, 'dataMinimisation', answers())).toMatchObject({
      status: 'unmet', reason: 'storesData', params: { kinds: 'storesLocation,storesCallData,storesMetadata' },
    });
  });
  it('synthetic: only metadata, with a footnote on it', () => {
    const tool = variant('teams', (t) => {
      t.cells.storesLocation = { value: false };
      t.cells.storesCallData = { value: 'n/a' };
      t.cells.storesMetadata = { value: true, footnotes: [1] };
    }, 'x');
    expect(verdictOf('x', 'dataMinimisation', answers(), catalogWith([tool]))).toMatchObject({
      status: 'unmet', reason: 'storesData', params: { kinds: 'storesMetadata' }, footnotes: [1],
    });
  });
});

describe('criteria read off their own row', () => {
  it.each([
    ['teams', 'dpa', 'met', 'supported'],
    ['jitsi', 'dpa', 'met', 'notApplicable'],
    ['signal', 'dpa', 'unmet', 'notSupported'],
    ['teams', 'dataInEU', 'met', 'supported'],
    ['jitsi', 'dataInEU', 'met', 'notApplicable'],
    ['lifesize', 'dataInEU', 'unmet', 'notSupported'],
    ['gotomeeting', 'dataInEU', 'unmet', 'notSupported'],
    ['gotomeeting', 'e2e', 'met', 'supported'],
    ['teams', 'e2e', 'unmet', 'notSupported'],
    ['signal', 'openSource', 'met', 'supported'],
    ['teams', 'openSource', 'unmet', 'notSupported'],
    ['jitsi', 'joinWithoutAccount', 'met', 'supported'],
    ['slack', 'joinWithoutAccount', 'unmet', 'notSupported'],
    ['jitsi', 'browser', 'unmet', 'notSupported'],
    ['google-meet', 'browser', 'met', 'supported'],
    ['signal', 'groupChat', 'met', 'supported'],
    ['signal', 'oneToOneCalls', 'met', 'supported'],
    ['signal', 'groupCalls', 'met', 'supported'],
    ['lifesize', 'multiPlatform', 'met', 'supported'],
  ] as const)('%s %s is %s (%s)', (tool, criterion, status, reason) => {
    expect(verdictOf(tool, criterion, answers())).toMatchObject({ status, reason, footnotes: [] });
  });

  it('a footnote the catalog does not define is listed (in ascending order) but changes nothing', () => {
    const tool = variant('teams', (t) => (t.cells.browser = { value: true, footnotes: [6, 1] }), 'x');
    const catalog = { ...catalogWith([tool]), footnotes: reportCatalog.footnotes.filter((f) => f.id !== 6) };
    expect(verdictOf('x', 'browser', answers(), catalog)).toMatchObject({ status: 'met', reason: 'supported', footnotes: [1, 6] });
  });

  it.each([
    ['a footnote number above 6', [7], [7]],
    ['a footnote number above 20', [21, 1], [1, 21]],
  ])('a cell with %s is judged afresh and still lists it', (_, footnotes, expected) => {
    const tool = variant('teams', (t) => (t.cells.browser = { value: true, footnotes: footnotes as never }), 'x');
    expect(verdictOf('x', 'browser', answers(), catalogWith([tool]))).toMatchObject({ status: 'met', footnotes: expected });
  });

  it('verdicts are frozen and shared, and the catalog is never changed by scoring', () => {
    const before = structuredClone(reportCatalog);
    const v = verdictOf('jitsi', 'e2e', answers({ budget: 'free-only' }));
    expect(() => v.footnotes.push(99)).toThrow(TypeError);
    expect(() => Object.assign(v, { status: 'met' })).toThrow(TypeError);
    const [a, b] = rank(reportCatalog, answers());
    expect(a!.verdicts[0]).toBe(b!.verdicts[0]);
    expect(reportCatalog).toEqual(before);
  });
});
