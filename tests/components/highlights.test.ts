import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { rank, verdictOrder, type Answers } from '../../src/scoring';
import { groupVerdicts, strongestVerdicts, watchPoints } from '../../src/components/highlights';
import { profiles } from '../fixtures/answers';

const resultOf = (id: string, a: Answers) => rank(reportCatalog, a).find((r) => r.toolId === id)!;

describe('strongest points', () => {
  it('picks met criteria the company weighs, must before nice', () => {
    const jitsi = resultOf('jitsi', { ...profiles.selfHoster, importance: { groupChat: 'nice', openSource: 'must', e2e: 'must' } });
    // e2e is only conditional for Jitsi (it depends on your own server), so it is no strong point.
    expect(strongestVerdicts(jitsi).map((v) => v.criterion)).toEqual(['openSource', 'groupChat']);
  });

  it('falls back on meeting size and price when nothing is weighed', () => {
    const zoom = resultOf('zoom', { ...profiles.selfHoster, hosting: 'either', importance: {} });
    expect(strongestVerdicts(zoom).map((v) => v.criterion)).toEqual(['participants', 'budget']);
  });

  it('never shows more than three', () => {
    const all = resultOf('jitsi', { ...profiles.selfHoster, importance: { groupChat: 'must', groupCalls: 'must', browser: 'must', openSource: 'nice' } });
    expect(strongestVerdicts(all)).toHaveLength(3);
  });
});

describe('points to watch', () => {
  it('lists weighed criteria that are not simply met', () => {
    const webex = resultOf('webex', profiles.secureLargeCompany);
    const watch = watchPoints(webex);
    expect(watch.length).toBeGreaterThan(0);
    for (const v of watch) {
      expect(v.status).not.toBe('met');
      expect(v.importance).not.toBe('ignore');
    }
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
