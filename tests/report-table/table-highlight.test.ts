import { describe, expect, it } from 'vitest';
import { rowIds } from '../../src/catalog';
import { criterionIds, defaultAnswers, type Answers } from '../../src/scoring';
import { relevantRows } from '../../src/report-table/table-highlight';
import { criterionRows } from '../../src/scoring/criterion-rows';

const answers = (over: Partial<Answers>): Answers => ({ ...defaultAnswers, ...over });
const entries = (a: Answers) => Object.fromEntries(relevantRows(a));

describe('relevantRows', () => {
  it('always marks the meeting size, and nothing else by default', () => {
    expect(entries(answers({ hosting: 'either', budget: 'paid-ok', importance: {} }))).toEqual({ maxParticipants: 'must' });
  });

  it.each([
    ['groupChat', ['groupChat']],
    ['multiPlatform', ['multiPlatform']],
    ['dataMinimisation', ['storesLocation', 'storesCallData', 'storesMetadata']],
    ['dpa', ['dpa']],
    ['noThirdPartySharing', ['thirdPartySharing']],
    ['euController', ['controllerLocation']],
    ['dataInEU', ['dataInEU']],
    ['e2e', ['e2e']],
    // Transit is judged on its own row and on e2e (end-to-end implies it), as in scoring.
    ['transitEncryption', ['transitEncryption', 'e2e']],
    ['openSource', ['openSource']],
  ] as const)('%s marks %j with its importance', (criterion, rows) => {
    for (const level of ['must', 'nice'] as const) {
      const got = entries(answers({ importance: { [criterion]: level } }));
      expect(got).toEqual({ maxParticipants: 'must', ...Object.fromEntries(rows.map((r) => [r, level])) });
    }
  });

  it('ignores criteria that do not matter', () => {
    expect(entries(answers({ importance: { e2e: 'ignore', dpa: 'ignore' } }))).toEqual({ maxParticipants: 'must' });
  });

  it.each([
    ['self', 'paid-ok', { selfHosting: 'must' }],
    ['cloud', 'paid-ok', {}],
    ['either', 'free-only', { freeTier: 'must' }],
    ['either', 'free-preferred', { freeTier: 'nice' }],
  ] as const)('hosting %s and budget %s mark %j', (hosting, budget, extra) => {
    expect(entries(answers({ hosting, budget, importance: {} }))).toEqual({ maxParticipants: 'must', ...extra });
  });

  it('maps every criterion to rows of the report', () => {
    for (const c of criterionIds) {
      expect(criterionRows[c].length).toBeGreaterThan(0);
      for (const row of criterionRows[c]) expect(rowIds).toContain(row);
    }
  });
});
