import { beforeEach, expect, it } from 'vitest';
import { applyLinkFromLocation } from '../../src/app/boot';
import { linkPart } from '../../src/share/link-part';
import { useStore } from '../../src/state/store';
import { resetStore } from '../render';
import { answerSensitivity } from '../../src/state/answer-sensitivity';

beforeEach(() => resetStore());

it.each([
  [{ pathname: '/results', hash: '#participants=5', search: '' }, '#participants=5'],
  [{ pathname: '/results', hash: '', search: '?participants=5' }, '?participants=5'],
  [{ pathname: '/results', hash: '#a', search: '?b' }, '#a'],
  [{ pathname: '/results', hash: '', search: '' }, ''],
  [{ pathname: '/about', hash: '#participants=5', search: '' }, ''],
])('finds the link part of %j', (loc, expected) => {
  expect(linkPart(loc)).toBe(expected);
});

it('applies a shared link and its language before the first render', () => {
  const lang = applyLinkFromLocation({ pathname: '/results', hash: '#participants=300&e2e=must&lang=en', search: '' });
  expect(lang).toBe('en');
  const s = useStore.getState();
  expect(s.lang).toBe('en');
  expect(s.answers.participants).toBe(300);
  expect(s.answers.importance).toEqual({ e2e: 'must' });
});

it('keeps the saved answers when a link has nothing valid, and lists what it ignored', () => {
  useStore.getState().setParticipants(25);
  const lang = applyLinkFromLocation({ pathname: '/results', hash: '', search: '?participants=lots&foo=bar' });
  expect(lang).toBe('nl');
  const s = useStore.getState();
  expect(s.answers.participants).toBe(25);
  expect(s.notices).toEqual([
    {
      kind: 'linkIgnored',
      ignored: [
        { param: 'participants', value: 'lots', problem: 'invalidValue' },
        { param: 'foo', value: 'bar', problem: 'unknownParam' },
      ],
      moreIgnored: 0,
      partial: false, // nothing in it could be read
    },
  ]);
});

it('uses the language chosen before when the page carries no link', () => {
  useStore.getState().setLang('en');
  expect(applyLinkFromLocation({ pathname: '/', hash: '', search: '' })).toBe('en');
});

it('a link with its importances and a sensitivity takes both as they are, raising nothing again', () => {
  applyLinkFromLocation({ pathname: '/results', hash: '#participants=30&e2e=nice&sensitivity=special&lang=nl', search: '' });
  const s = useStore.getState();
  expect(s.answers.importance).toEqual({ e2e: 'nice' }); // special would suggest four musts
  expect(s.sensitivity).toBe('special');
  expect(s.suggested).toEqual({});
});

it('a link with only a sensitivity and a language keeps the saved answers', () => {
  useStore.getState().setParticipants(25);
  useStore.getState().setImportance('openSource', 'must');
  const before = structuredClone(useStore.getState().answers);
  applyLinkFromLocation({ pathname: '/results', hash: '#sensitivity=confidential&lang=en', search: '' });
  const s = useStore.getState();
  expect(s.answers).toEqual(before);
  expect(s.sensitivity).toBe('confidential');
  expect(s.lang).toBe('en');
  expect(s.notices).toEqual([]);
});

it('a link with another sensitivity and the same answers drops the marks the saved one made', () => {
  answerSensitivity('confidential');
  const before = useStore.getState();
  expect(Object.keys(before.suggested).length).toBeGreaterThan(0);
  const importance = Object.entries(before.answers.importance).map(([k, v]) => `${k}=${v}`).join('&');
  applyLinkFromLocation({ pathname: '/results', hash: `#participants=${before.answers.participants}&${importance}&sensitivity=special`, search: '' });
  const s = useStore.getState();
  expect(s.answers).toEqual(before.answers);
  expect(s.sensitivity).toBe('special');
  expect(s.suggested).toEqual({});
});

it('a bad sensitivity or a choice that is no tool id gets the usual notice and changes nothing', () => {
  answerSensitivity('confidential');
  useStore.getState().setChoice('jitsi');
  // Any tool id may be chosen (an own tool's too); one that cannot be an id is refused.
  applyLinkFromLocation({ pathname: '/results', hash: '#sensitivity=top-secret&choice=Skype!&lang=nl', search: '' });
  const s = useStore.getState();
  expect([s.sensitivity, s.choice]).toEqual(['confidential', 'jitsi']);
  expect(s.notices).toEqual([{
    kind: 'linkIgnored',
    ignored: [
      { param: 'sensitivity', value: 'top-secret', problem: 'invalidValue' },
      { param: 'choice', value: 'Skype!', problem: 'invalidValue' },
    ],
    moreIgnored: 0,
    partial: false,
  }]);
});

it('a link with answers carries its own choice, or none', () => {
  useStore.getState().setChoice('jitsi');
  applyLinkFromLocation({ pathname: '/results', hash: '#participants=30&choice=signal', search: '' });
  expect(useStore.getState().choice).toBe('signal');
  applyLinkFromLocation({ pathname: '/results', hash: '#participants=40', search: '' });
  expect(useStore.getState().choice).toBeNull();
});
