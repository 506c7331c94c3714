import { describe, expect, it } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { applyChange, candidateChanges, defaultAnswers, relaxations } from '../../src/scoring';
import type { AnswerChange, Answers } from '../../src/scoring';
import { freeSmallOffice, secureLargeCompany, selfHoster } from '../fixtures/answers';
import { answers, catalogWith, eligibleIds, variant } from './helpers';

const must = (criterion: Extract<AnswerChange, { kind: 'importance' }>['criterion']): AnswerChange =>
  ({ kind: 'importance', criterion, from: 'must', to: 'nice' });
const budget: AnswerChange = { kind: 'budget', from: 'free-only', to: 'free-preferred' };
const discontinued: AnswerChange = { kind: 'includeDiscontinued', from: false, to: true };

describe('candidate changes', () => {
  it('lists every loosening in a fixed order', () => {
    const a = answers({ hosting: 'cloud', budget: 'free-only', importance: { e2e: 'must', groupChat: 'must', dpa: 'nice' } });
    expect(candidateChanges(a)).toEqual([
      must('groupChat'), must('e2e'), budget, { kind: 'hosting', from: 'cloud', to: 'either' }, discontinued,
    ]);
  });
  it('has nothing to loosen when everything is as loose as it gets', () => {
    expect(candidateChanges(answers({ includeDiscontinued: true }))).toEqual([]);
  });
});

describe('single relaxations', () => {
  it.each<[string, Answers, Array<[AnswerChange, string[]]>]>([
    // Free-preferred: Slack's free version without video and GoToMeeting's temporary one no longer block.
    ['free small office', freeSmallOffice, [[budget, ['slack', 'gotomeeting']]]],
    ['secure large company', secureLargeCompany, [[must('dataInEU'), ['gotomeeting']], [must('e2e'), ['zoom']]]],
    ['self-hoster', selfHoster, [
      [{ kind: 'hosting', from: 'self', to: 'either' }, ['gotomeeting', 'webex', 'google-meet', 'lifesize', 'slack', 'zoom']],
      [discontinued, ['skype-for-business']],
    ]],
    ['defaults', defaultAnswers, [[discontinued, ['skype-for-business']]]],
  ])('%s', (_, a, expected) => {
    const report = relaxations(reportCatalog, a);
    expect(report.single).toEqual(expected.map(([change, admits]) => ({ change, admits })));
    expect(report.smallest).toBeNull();
  });
});

describe('smallest set of changes when nothing is eligible', () => {
  it('two changes: 30 people, no data stored and a controller in the EU', () => {
    const a = answers({ participants: 30, importance: { dataMinimisation: 'must', euController: 'must' } });
    expect(eligibleIds(a)).toEqual([]);
    const report = relaxations(reportCatalog, a);
    expect(report.single).toEqual([]);
    expect(report.smallest).toEqual({
      changes: [must('dataMinimisation'), must('euController')],
      admits: ['webex', 'gotomeeting', 'google-meet', 'lifesize', 'teams', 'zoom'],
    });
    expect(eligibleIds(report.smallest!.changes.reduce(applyChange, a))).toEqual(report.smallest!.admits);
  });

  it('prefers the change that admits more tools (e2e: 3 tools over budget: 1)', () => {
    // GoToMeeting has end-to-end encryption, but its free version was temporary: under free-only it
    // is unknown, so loosening data in the EU admits nothing.
    const a = answers({ participants: 30, hosting: 'cloud', budget: 'free-only', importance: { e2e: 'must', dataInEU: 'must' } });
    const report = relaxations(reportCatalog, a);
    expect(report.single).toEqual([
      { change: must('e2e'), admits: ['google-meet', 'teams', 'zoom'] },
      { change: budget, admits: ['webex'] },
    ]);
    expect(report.smallest).toEqual({ changes: [must('e2e')], admits: ['google-meet', 'teams', 'zoom'] });
  });

  it('between equal counts, the earlier change in the list', () => {
    const tools = [
      variant('teams', (t) => (t.cells.browser = { value: false }), 'b'),
      variant('teams', (t) => (t.cells.groupChat = { value: false }), 'a'),
    ];
    const report = relaxations(catalogWith(tools), answers({ importance: { groupChat: 'must', browser: 'must' } }));
    expect(report.smallest).toEqual({ changes: [must('groupChat')], admits: ['a'] });
  });

  it('5000 people are not hopeless: GoToMeeting offers larger plans, once paying is allowed', () => {
    const report = relaxations(reportCatalog, answers({ participants: 5000, budget: 'free-only' }));
    expect(report.smallest).toEqual({ changes: [budget], admits: ['gotomeeting'] });
  });

  it('null when nothing helps (5000 people without GoToMeeting)', () => {
    const catalog = catalogWith(reportCatalog.tools.filter((t) => t.id !== 'gotomeeting'));
    const report = relaxations(catalog, answers({ participants: 5000, budget: 'free-only', importance: { e2e: 'must' } }));
    expect(report).toEqual({ single: [], smallest: null });
  });

  it('null when nothing can be loosened', () => {
    const catalog = catalogWith([variant('signal', () => undefined)]);
    expect(relaxations(catalog, answers({ participants: 3, includeDiscontinued: true }))).toEqual({ single: [], smallest: null });
  });

  it('combines a budget change with a must-have (Lifesize: 30 people, free only, no browser)', () => {
    const catalog = catalogWith([variant('lifesize', () => undefined)]);
    const a = answers({ participants: 30, budget: 'free-only', importance: { browser: 'must' } });
    expect(relaxations(catalog, a).smallest).toEqual({ changes: [must('browser'), budget], admits: ['lifesize'] });
  });
});
