import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { rank, verdictOrder, type Answers } from '../../src/scoring';
import { strongestVerdicts, watchPoints } from '../../src/components/highlights';
import { groupVerdicts } from '../../src/components/verdict-grouping';
import { profiles } from '../fixtures/answers';

const resultOf = (id: string, a: Answers) => rank(reportCatalog, a).find((r) => r.toolId === id)!;

const fitting = (a: Answers) => rank(reportCatalog, a).filter((r) => r.eligible);

describe('strongest points', () => {
  it('picks met criteria the company weighs where another fitting tool does worse, must before nice', () => {
    const a = { ...profiles.selfHoster, importance: { groupChat: 'nice', openSource: 'must', e2e: 'must' } } as const;
    // Alone it fits: its met weighed points. e2e is only conditional for Jitsi (it depends on your own server).
    expect(strongestVerdicts(resultOf('jitsi', a), fitting(a)).map((v) => v.criterion)).toEqual(['openSource', 'groupChat']);
  });

  it('leaves out what every fitting tool meets: the summary names a must-have they all meet once', () => {
    const a: Answers = { ...profiles.selfHoster, hosting: 'either', importance: { groupCalls: 'must', e2e: 'nice' } };
    const all = fitting(a);
    for (const r of all) expect(strongestVerdicts(r, all).map((v) => v.criterion)).not.toContain('groupCalls');
    // GoToMeeting meets end-to-end encryption plainly, where others do not: that sets it apart.
    expect(strongestVerdicts(resultOf('gotomeeting', a), all).map((v) => v.criterion)).toEqual(['e2e']);
    // Teams has none: nothing sets it apart, and the card says so.
    expect(strongestVerdicts(resultOf('teams', a), all)).toEqual([]);
  });

  it('never shows more than three', () => {
    const a = { ...profiles.selfHoster, importance: { groupChat: 'must', groupCalls: 'must', browser: 'must', openSource: 'nice' } } as const;
    expect(strongestVerdicts(resultOf('jitsi', a), []).length).toBeLessThanOrEqual(3);
    const many = { ...profiles.selfHoster, hosting: 'either', importance: { e2e: 'nice', openSource: 'nice', noThirdPartySharing: 'nice', dataMinimisation: 'nice', joinWithoutAccount: 'nice' } } as const;
    for (const r of fitting(many)) expect(strongestVerdicts(r, fitting(many)).length).toBeLessThanOrEqual(3);
  });
});

describe('points to watch', () => {
  it('lists every weighed criterion that is not simply met, with no limit', () => {
    const webex = resultOf('webex', profiles.secureLargeCompany);
    const watch = watchPoints(webex);
    expect(watch.length).toBeGreaterThan(0);
    for (const v of watch) {
      expect(v.status).not.toBe('met');
      expect(v.importance).not.toBe('ignore');
    }
    const many: Answers = { ...profiles.selfHoster, importance: { e2e: 'nice', dataInEU: 'nice', euController: 'nice', noThirdPartySharing: 'nice', openSource: 'nice' } };
    const teams = resultOf('teams', many);
    expect(watchPoints(teams)).toEqual(teams.verdicts.filter((v) => v.status !== 'met' && v.importance !== 'ignore').sort((a, b) => (a.importance === b.importance ? 0 : a.importance === 'must' ? -1 : 1)));
    expect(watchPoints(teams).length).toBeGreaterThan(2);
  });
});

describe('groupVerdicts', () => {
  it('groups in the report’s order and keeps every verdict', () => {
    const zoom = resultOf('zoom', profiles.freeSmallOffice);
    const groups = groupVerdicts(zoom.verdicts);
    expect(groups.map((g) => g.group)).toEqual(['features', 'storage', 'dataFlow', 'security', 'pricing', 'availability']);
    expect(groups.flatMap((g) => g.verdicts.map((v) => v.criterion))).toEqual([...verdictOrder]);
  });
});
