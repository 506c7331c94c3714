import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { rank } from '../../src/scoring';
import type { Answers } from '../../src/scoring';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';
import { answers, catalogWith, eligibleIds, order, resultOf, variant } from './helpers';

describe('score: must 2, nice 1; met full, conditional half; gates earn nothing', () => {
  it.each<[string, string, Answers, number]>([
    // hosting must 2 met + e2e nice ✔³ conditional 0.5 + openSource nice ✔³ met 1 = 3.5 of 4 = 87.5
    ['jitsi', 'self-hoster', selfHoster, 88],
    // hosting 2 of 4
    ['teams', 'self-hoster', selfHoster, 50],
    // e2e ✔ 1 of 4
    ['gotomeeting', 'self-hoster', selfHoster, 25],
    // e2e ✔⁵ conditional 0.5 of 4 = 12.5, rounded up
    ['webex', 'self-hoster', selfHoster, 13],
    // hosting 2 + e2e 1 + openSource 1 = 4 of 4 (though not eligible)
    ['signal', 'self-hoster', selfHoster, 100],
    // e2e must conditional 1 + dataInEU must conditional 1 = 2 of 4
    ['webex', 'secure', secureLargeCompany, 50],
    // e2e conditional 1 + dataInEU n.v.t. 2 = 3 of 4
    ['jitsi', 'secure', secureLargeCompany, 75],
    // e2e planned 0 + dataInEU 2 = 2 of 4
    ['zoom', 'secure', secureLargeCompany, 50],
    // budget must 2 + groupCalls must 2 + browser nice ✘ 0 = 4 of 5
    ['lifesize', 'free office', freeSmallOffice, 80],
    // budget must met (a free version exists, footnote 6) 2 + groupCalls 0 (no video for free) + browser 1 = 3 of 5
    ['slack', 'free office', freeSmallOffice, 60],
    // budget ✘ 0 + groupCalls 2 + browser 1 = 3 of 5
    ['skype-for-business', 'free office', freeSmallOffice, 60],
  ])('%s for the %s profile scores %i', (tool, _, a, score) => {
    expect(resultOf(tool, a).score).toBe(score);
  });

  it.each<[string, Answers, number]>([
    // groupChat must 2 + browser nice ✘ 0 + dpa nice ✔ 1 = 3 of 4
    ['lifesize', answers({ importance: { groupChat: 'must', browser: 'nice', dpa: 'nice' } }), 75],
    // dpa n.v.t. counts as met: 2 + 0 + 1 = 3 of 4
    ['jitsi', answers({ importance: { groupChat: 'must', browser: 'nice', dpa: 'nice' } }), 75],
    ['signal', answers({ importance: { groupChat: 'must', browser: 'nice', dpa: 'nice' } }), 50],
    // 2 of 3 = 66.7
    ['teams', answers({ importance: { groupChat: 'nice', browser: 'nice', e2e: 'nice' } }), 67],
    // 1 of 3 = 33.3
    ['lifesize', answers({ importance: { groupChat: 'nice', browser: 'nice', e2e: 'nice' } }), 33],
    // free-preferred is a nice-to-have on the free tier: 1 of 1, 0 of 1
    ['teams', answers({ budget: 'free-preferred' }), 100],
    ['skype-for-business', answers({ budget: 'free-preferred' }), 0],
    ['slack', answers({ budget: 'free-preferred' }), 0],
    // free-only is a must: 2 of 2; a free version the report calls temporary is unknown: 0 of 2
    ['teams', answers({ budget: 'free-only' }), 100],
    ['gotomeeting', answers({ budget: 'free-only' }), 0],
    // hosting self is a must: 2 of 2, 0 of 2
    ['teams', answers({ hosting: 'self' }), 100],
    ['zoom', answers({ hosting: 'self' }), 0],
  ])('%s scores %i', (tool, a, score) => {
    expect(resultOf(tool, a).score).toBe(score);
  });

  it.each<[string, Answers]>([
    ['defaults', answers()],
    ['all ignored explicitly', answers({ importance: { e2e: 'ignore', dpa: 'ignore' } })],
    ['self-hosting off, paying fine, 5000 people', answers({ hosting: 'cloud', participants: 5000 })],
  ])('score is null when the company cares about nothing (%s)', (_, a) => {
    for (const r of rank(reportCatalog, a)) expect(r.score).toBeNull();
  });
});

describe('order', () => {
  it('eligible first, even above a higher score (Signal 100 after Teams 50 for the self-hoster)', () => {
    expect(order(selfHoster).slice(0, 3)).toEqual(['jitsi', 'teams', 'signal']);
  });

  it('then fewer unknowns: Zoom (e2e planned) last among the 0s', () => {
    expect(order(selfHoster).slice(-4)).toEqual(['google-meet', 'lifesize', 'slack', 'zoom']);
  });

  it('with no score, by display name in code-unit order', () => {
    expect(order(answers())).toEqual([
      'webex', 'gotomeeting', 'google-meet', 'jitsi', 'lifesize', 'teams', 'slack', 'zoom', 'signal', 'skype-for-business',
    ]);
  });

  it('names compare by code unit, not locale: "Beta" < "alpha" < "Älpha"', () => {
    const tools = [
      variant('teams', () => undefined, 't1', 'alpha'),
      variant('teams', () => undefined, 't2', 'Älpha'),
      variant('teams', () => undefined, 't3', 'Beta'),
    ];
    expect(order(answers(), catalogWith(tools))).toEqual(['t3', 't1', 't2']);
  });

  it('then by id; identical tools keep catalog order', () => {
    const tools = [
      variant('teams', () => undefined, 'b', 'Same'),
      variant('teams', () => undefined, 'a', 'Same'),
      variant('teams', () => undefined, 'a', 'Same'),
    ];
    const ranked = rank(catalogWith(tools), answers());
    expect(ranked.map((r) => r.toolId)).toEqual(['a', 'a', 'b']);
    // Equal verdict lists are one frozen array; the results themselves are separate objects.
    expect(ranked[0]!.verdicts).toBe(ranked[1]!.verdicts);
    expect(Object.isFrozen(ranked[0]!.verdicts)).toBe(true);
    expect(ranked[0]).not.toBe(ranked[1]);
  });

  it('an empty catalog ranks to nothing', () => {
    expect(rank(catalogWith([]), answers())).toEqual([]);
  });
});

describe('blockers', () => {
  it.each<[string, Answers, string[]]>([
    ['teams', secureLargeCompany, ['participants:aboveLimit', 'e2e:notSupported']],
    ['skype-for-business', secureLargeCompany, ['e2e:notSupported', 'availability:discontinued']],
    ['lifesize', secureLargeCompany, ['dataInEU:notSupported', 'e2e:notSupported']],
    ['zoom', secureLargeCompany, ['e2e:planned']],
    // Footnote 6 blocks once per reason it matters: the calls (unknown: audio may remain) and the
    // meeting size, not the price as well.
    ['slack', freeSmallOffice, ['groupCalls:noVideoInFreeTierUnknown', 'participants:noVideoInFreeTier']],
    ['skype-for-business', freeSmallOffice, ['budget:noFreeTier', 'availability:discontinued']],
    ['zoom', selfHoster, ['hosting:notSelfHostable']],
    ['webex', secureLargeCompany, []],
    ['jitsi', selfHoster, []],
  ])('%s: %j', (tool, a, expected) => {
    const r = resultOf(tool, a);
    expect(r.blockers.map((b) => `${b.criterion}:${b.reason}`)).toEqual(expected);
    expect(r.eligible).toBe(expected.length === 0);
    expect(r.blockers.every((b) => b.importance === 'must')).toBe(true);
  });

  it('blockers are the verdicts themselves', () => {
    const r = resultOf('zoom', secureLargeCompany);
    expect(r.verdicts).toContain(r.blockers[0]);
  });

  it('the default answers admit every tool that fits 10 people and is supported', () => {
    expect(eligibleIds(answers())).toHaveLength(8);
  });
});
